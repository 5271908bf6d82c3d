package io.github.wpskit.wps.cli;

import io.github.wpskit.wps.ParseException;
import io.github.wpskit.wps.csv.CsvFinding;
import io.github.wpskit.wps.csv.CsvFormatException;
import io.github.wpskit.wps.csv.CsvReadOptions;
import io.github.wpskit.wps.csv.CsvReadSummary;
import io.github.wpskit.wps.csv.DeploymentReader;
import io.github.wpskit.wps.csv.DeploymentRow;
import io.github.wpskit.wps.csv.DpoCsv;
import io.github.wpskit.wps.json.Decoded;
import io.github.wpskit.wps.json.NdjsonOptions;
import io.github.wpskit.wps.json.NdjsonReader;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.json.WpsJsonException;
import io.github.wpskit.wps.validation.Location;
import io.github.wpskit.wps.validation.Origin;
import io.github.wpskit.wps.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * Reads the documents of one input, one at a time, and hands each to a {@link Listener} with its
 * {@link Origin}: JSON files (one document, the file as origin), NDJSON (one document per line, the
 * line as origin) and DPO's CSV tables through wps-csv (one deployment per row, the row's line as
 * origin; docs/csv.md). Nothing is kept: memory does not grow with the file.
 *
 * <p>Nothing here throws for bad input: a file that cannot be read, and every document that cannot
 * be decoded, is handed to {@link Listener#unreadable} with its file, line and column, and reading
 * goes on with the next line. Of one file's bad lines the first {@value #MAX_LISTED_PER_FILE} are
 * listed one by one, and the rest counted in one more entry.
 */
final class DocumentReader {
  /** The most bad lines listed one by one for a file; the rest are counted. */
  static final int MAX_LISTED_PER_FILE = 100;

  /** How wps-json starts the message for content after the end of a document. */
  private static final String CONTENT_AFTER_DOCUMENT = "Unexpected content after the end of";

  /** Receives what is read. */
  interface Listener {
    /**
     * Receives a document.
     *
     * @param value the decoded document
     * @param origin where it was read
     */
    void document(Object value, Origin origin);

    /**
     * Receives a document or file that cannot be read.
     *
     * @param origin where reading failed
     * @param location the path in the document, {@code $} when not known
     * @param problem the kind of decoding failure, such as {@code MALFORMED_JSON}, or null for a
     *     file that cannot be used at all
     * @param detail what is wrong
     */
    void unreadable(Origin origin, Location location, String problem, String detail);

    /**
     * Receives a warning of a lenient read (an unknown field kept).
     *
     * @param origin the document
     * @param warning the warning
     */
    void warning(Origin origin, String warning);

    /**
     * Receives a deployment read from a CSV row, with what the row said beyond the deployment (its
     * country name, its row key). By default, the deployment as any other document.
     *
     * @param row the row
     * @param origin its file and line
     */
    default void row(DeploymentRow row, Origin origin) {
      document(row.deployment(), origin);
    }

    /**
     * Receives a repair or warning of the CSV reader (its refusals come as
     * {@link #unreadable}). By default, nothing.
     *
     * @param finding the finding
     */
    default void csvFinding(CsvFinding finding) {}

    /**
     * Receives the CSV reader's counts once a file is read. By default, nothing.
     *
     * @param summary the counts
     */
    default void csvSummary(CsvReadSummary summary) {}
  }

  private final boolean lenient;

  /**
   * Creates a reader.
   *
   * @param lenient whether unknown fields are kept (with a warning) instead of refusing the document
   */
  DocumentReader(boolean lenient) {
    this.lenient = lenient;
  }

  /**
   * Reads one input.
   *
   * @param input the input
   * @param listener receives the documents and problems
   * @return the number of documents read
   */
  long read(Inputs.Input input, Listener listener) {
    String name = input.name;
    // An origin's file is text without surrounding white space; such a name is shown quoted.
    Origin file = Origin.of(name.isBlank() || !name.equals(name.strip()) ? "\"" + name + "\"" : name);
    if (input.problem != null) {
      listener.unreadable(file, Location.root(), null, input.problem);
      return 0;
    }
    Counting watching = new Counting(listener);
    InputFormat format = null;
    try {
      format = InputFormat.detect(input.path, input.name);
      switch (format) {
        case NDJSON:
          readNdjson(input, file, watching);
          break;
        case CSV:
          readCsv(input, file, watching);
          break;
        default:
          readJson(input, file, watching);
      }
    } catch (NoSuchFileException e) {
      watching.unreadable(file, Location.root(), null, "file not found");
    } catch (AccessDeniedException e) {
      watching.unreadable(file, Location.root(), null, "permission denied");
    } catch (IOException | UncheckedIOException e) {
      Throwable io = e instanceof UncheckedIOException ? e.getCause() : e;
      watching.unreadable(file, Location.root(), "UNREADABLE_FILE",
          "cannot be read: " + io.getMessage());
    } catch (WpsJsonException e) {
      String detail = e.detail() == null ? "" : e.detail();
      if (detail.startsWith(CONTENT_AFTER_DOCUMENT)) {
        // The usual cause is a file of several pretty-printed documents; say how to hand them over.
        detail += " (a .json file holds one document; write one document per line, as NDJSON)";
      }
      unreadable(file, e, detail, watching);
    }
    if (watching.documents == 0 && !watching.failed) {
      watching.unreadable(file, Location.root(), null, format == InputFormat.CSV
          ? "no data row in the file (it has only its header, blank lines or empty cells)"
          : "no document in the file (it is empty"
              + (format == InputFormat.JSON ? ")" : " or has only blank lines)"));
    }
    return watching.documents;
  }

  /** Passes everything on, counting the documents and noting a failure. */
  private static final class Counting implements Listener {
    private final Listener next;
    long documents;
    boolean failed;

    Counting(Listener next) {
      this.next = next;
    }

    @Override
    public void document(Object value, Origin origin) {
      documents++;
      next.document(value, origin);
    }

    @Override
    public void unreadable(Origin origin, Location location, String problem, String detail) {
      failed = true;
      next.unreadable(origin, location, problem, detail);
    }

    @Override
    public void warning(Origin origin, String warning) {
      next.warning(origin, warning);
    }

    @Override
    public void row(DeploymentRow row, Origin origin) {
      documents++;
      next.row(row, origin);
    }

    @Override
    public void csvFinding(CsvFinding finding) {
      next.csvFinding(finding);
    }

    @Override
    public void csvSummary(CsvReadSummary summary) {
      next.csvSummary(summary);
    }
  }

  private void readJson(Inputs.Input input, Origin file, Listener listener) throws IOException {
    // Streamed, never read whole: the decoder's document-length and string limits then stop a
    // huge file early, in bounded memory, instead of the file first filling the heap.
    try (InputStream in = Files.newInputStream(input.path)) {
      if (lenient) {
        Decoded<Object> decoded = WpsJson.lenient().decode(in, Object.class);
        for (String w : decoded.warnings()) {
          listener.warning(file, w);
        }
        listener.document(decoded.value(), file);
      } else {
        listener.document(WpsJson.strict().readDocument(in), file);
      }
    }
  }

  private void readNdjson(Inputs.Input input, Origin file, Listener listener) throws IOException {
    NdjsonOptions options = NdjsonOptions.defaults().withContinueOnError(true)
        .withMaxCollectedErrors(MAX_LISTED_PER_FILE);
    try (InputStream in = Files.newInputStream(input.path)) {
      if (lenient) {
        try (NdjsonReader<Decoded<Object>> reader =
            WpsJson.lenient().ndjsonReader(in, Object.class, options)) {
          while (reader.hasNext()) {
            Decoded<Object> d = reader.next();
            Origin line = file.withLine(reader.lineNumber());
            for (String w : d.warnings()) {
              listener.warning(line, w);
            }
            listener.document(d.value(), line);
          }
          reportErrors(file, reader, listener);
        }
      } else {
        try (NdjsonReader<Object> reader = WpsJson.strict().ndjsonReader(in, Object.class, options)) {
          while (reader.hasNext()) {
            Object value = reader.next();
            listener.document(value, file.withLine(reader.lineNumber()));
          }
          reportErrors(file, reader, listener);
        }
      }
    }
  }

  private void readCsv(Inputs.Input input, Origin file, Listener listener) throws IOException {
    // Findings are streamed, never collected: memory stays bounded whatever the file holds.
    CsvReadOptions options = CsvReadOptions.defaults().withMaxCollectedFindings(0)
        .withFindingListener(f -> csvFinding(file, f, listener));
    try (InputStream in = Files.newInputStream(input.path);
        DeploymentReader reader = DpoCsv.read(in, file.file(), options)) {
      while (reader.hasNext()) {
        DeploymentRow row = reader.next();
        listener.row(row, file.withLine(row.line()));
      }
      listener.csvSummary(reader.summary());
    } catch (CsvFormatException e) {
      // The file as a whole (its header, DPO's pre-2010 layout) or a quote never closed.
      String prefix = e.source() + ":" + e.line() + ": ";
      String reason = e.getMessage().startsWith(prefix)
          ? e.getMessage().substring(prefix.length()) : e.getMessage();
      listener.unreadable(file.withLine(Math.max(0, e.line())), Location.root(), null, reason);
    }
  }

  /** A refused row is a document that cannot be read; repairs and warnings go on as findings. */
  private static void csvFinding(Origin file, CsvFinding f, Listener listener) {
    if (f.severity() == Severity.ERROR) {
      listener.unreadable(file.withLine(f.line()), Location.root(), null, f.code().code()
          + f.column().map(c -> " [" + c + "]").orElse("") + ": " + f.message());
    } else {
      listener.csvFinding(f);
    }
  }

  private static void reportErrors(Origin file, NdjsonReader<?> reader, Listener listener) {
    for (WpsJsonException e : reader.errors()) {
      unreadable(file, e, e.detail() == null ? "" : e.detail(), listener);
    }
    long more = reader.errorCount() - reader.errors().size();
    if (more > 0) {
      listener.unreadable(file, Location.root(), null, more + " more bad line"
          + (more == 1 ? "" : "s") + " after the first " + reader.errors().size() + " listed");
    }
  }

  private static void unreadable(Origin file, WpsJsonException e, String detail, Listener listener) {
    Origin at = Origin.of(file.file(), Math.max(0, e.line()),
        e.line() > 0 ? (int) Math.max(0, Math.min(Integer.MAX_VALUE, e.column())) : 0);
    Location location;
    try {
      location = Location.parse(e.path());
    } catch (ParseException | NullPointerException notOurSyntax) {
      // A path through a field name no model type has (lenient input, a typo with odd
      // characters): keep it in the text instead.
      location = Location.root();
      detail = "at " + e.path() + ": " + detail;
    }
    listener.unreadable(at, location, e.problem().toString(),
        detail.isBlank() ? e.problem().toString() : detail.strip());
  }
}
