package io.github.wpskit.wps.cli;

import io.github.wpskit.wps.json.Decoded;
import io.github.wpskit.wps.json.DocumentKind;
import io.github.wpskit.wps.json.NdjsonOptions;
import io.github.wpskit.wps.json.NdjsonReader;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.json.WpsJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the files named on the command line: JSON documents of any kind, or NDJSON (one document per
 * line) for names ending in {@code .ndjson} or {@code .jsonl}. The kind of each document is read from
 * the document itself.
 *
 * <p>Nothing here throws for bad input: every file that cannot be read, and every document that cannot
 * be decoded, becomes one line in {@link Result#errors()} naming the file, the line and column, the
 * JSON path and the problem, such as
 * {@code bad.json:9:1: MALFORMED_JSON at $: Unexpected end of input}. In NDJSON every bad line is
 * reported (up to {@value #MAX_ERRORS_PER_FILE} per file), not only the first.
 */
final class InputFiles {
  /** The most bad lines reported for one NDJSON file; the rest are counted. */
  static final int MAX_ERRORS_PER_FILE = 20;

  /** How wps-json starts the message for content after the end of a document. */
  private static final String CONTENT_AFTER_DOCUMENT = "Unexpected content after the end of";

  private static final Logger LOG = LoggerFactory.getLogger(InputFiles.class);

  /** One decoded document and where it came from. */
  static final class Document {
    final Path file;
    /** The line of an NDJSON document, or 0 for a JSON file. */
    final long line;
    final Object value;

    Document(Path file, long line, Object value) {
      this.file = file;
      this.line = line;
      this.value = value;
    }

    /** The document's kind, such as {@code mandate}. */
    String kind() {
      return DocumentKind.ofType(value.getClass()).map(DocumentKind::id).orElse("?");
    }
  }

  /** What was read: the documents, the warnings of a lenient read, and the errors. */
  static final class Result {
    final List<Document> documents = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    /**
     * Returns the errors, one line each.
     *
     * @return the errors, empty when every file was read
     */
    List<String> errors() {
      return Collections.unmodifiableList(errors);
    }
  }

  private InputFiles() {}

  /**
   * Reads files.
   *
   * @param files the files, in order
   * @param lenient whether unknown fields are kept (with a warning) instead of failing
   * @return what was read
   */
  static Result read(List<Path> files, boolean lenient) {
    Result result = new Result();
    for (Path file : files) {
      int before = result.documents.size();
      int errorsBefore = result.errors.size();
      readFile(file, lenient, result);
      if (result.errors.size() == errorsBefore && result.documents.size() == before) {
        result.errors.add(file + ": no document in the file (it is empty"
            + (isNdjson(file) ? " or has only blank lines)" : ")"));
      }
      LOG.debug("{}: {} documents", file, result.documents.size() - before);
    }
    return result;
  }

  static boolean isNdjson(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString()
        .toLowerCase(Locale.ROOT);
    return name.endsWith(".ndjson") || name.endsWith(".jsonl");
  }

  private static void readFile(Path file, boolean lenient, Result result) {
    if (Files.isDirectory(file)) {
      result.errors.add(file + ": is a directory, not a file");
      return;
    }
    if (!Files.exists(file)) {
      result.errors.add(file + ": file not found");
      return;
    }
    try {
      if (isNdjson(file)) {
        readNdjson(file, lenient, result);
      } else {
        readJson(file, lenient, result);
      }
    } catch (NoSuchFileException e) {
      result.errors.add(file + ": file not found");
    } catch (AccessDeniedException e) {
      result.errors.add(file + ": permission denied");
    } catch (IOException | UncheckedIOException e) {
      IOException io = e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause()
          : (IOException) e;
      result.errors.add(file + ": cannot be read: " + io.getMessage());
    } catch (WpsJsonException e) {
      String line = describe(file, e);
      if (e.detail() != null && e.detail().startsWith(CONTENT_AFTER_DOCUMENT)) {
        // The usual cause is a file of several documents; say how to hand them over.
        line += " (a .json file holds one document; name a file of one document per line"
            + " .ndjson or .jsonl)";
      }
      result.errors.add(line);
    }
  }


  private static void readJson(Path file, boolean lenient, Result result) throws IOException {
    // Streamed, never read whole: the decoder's document-length and string limits then stop a
    // huge file early, in bounded memory, instead of the file first filling the heap.
    try (InputStream in = Files.newInputStream(file)) {
      if (lenient) {
        Decoded<Object> decoded = WpsJson.lenient().decode(in, Object.class);
        for (String w : decoded.warnings()) {
          result.warnings.add(file + ": " + w);
        }
        result.documents.add(new Document(file, 0, decoded.value()));
      } else {
        result.documents.add(new Document(file, 0, WpsJson.strict().readDocument(in)));
      }
    }
  }

  private static void readNdjson(Path file, boolean lenient, Result result) throws IOException {
    NdjsonOptions options = NdjsonOptions.defaults().withContinueOnError(true)
        .withMaxCollectedErrors(MAX_ERRORS_PER_FILE);
    try (InputStream in = Files.newInputStream(file)) {
      if (lenient) {
        try (NdjsonReader<Decoded<Object>> reader =
            WpsJson.lenient().ndjsonReader(in, Object.class, options)) {
          while (reader.hasNext()) {
            Decoded<Object> d = reader.next();
            for (String w : d.warnings()) {
              result.warnings.add(file + ":" + reader.lineNumber() + ": " + w);
            }
            result.documents.add(new Document(file, reader.lineNumber(), d.value()));
          }
          collectErrors(file, reader, result);
        }
      } else {
        try (NdjsonReader<Object> reader = WpsJson.strict().ndjsonReader(in, Object.class, options)) {
          while (reader.hasNext()) {
            Object value = reader.next();
            result.documents.add(new Document(file, reader.lineNumber(), value));
          }
          collectErrors(file, reader, result);
        }
      }
    }
  }

  private static void collectErrors(Path file, NdjsonReader<?> reader, Result result) {
    for (WpsJsonException e : reader.errors()) {
      result.errors.add(describe(file, e));
    }
    long more = reader.errorCount() - reader.errors().size();
    if (more > 0) {
      result.errors.add(file + ": and " + more + " more bad lines");
    }
  }

  /**
   * Describes a decoding failure on one line: {@code FILE:LINE:COLUMN: PROBLEM at PATH: DETAIL}, the
   * line and column left out where unknown.
   *
   * @param file the file
   * @param e the failure
   * @return the line of text
   */
  static String describe(Path file, WpsJsonException e) {
    StringBuilder sb = new StringBuilder().append(file);
    if (e.line() > 0) {
      sb.append(':').append(e.line());
      if (e.column() > 0) {
        sb.append(':').append(e.column());
      }
    }
    String detail = e.detail() == null ? "" : e.detail().replace('\n', ' ');
    return sb.append(": ").append(e.problem()).append(" at ").append(e.path()).append(": ")
        .append(detail).toString();
  }
}
