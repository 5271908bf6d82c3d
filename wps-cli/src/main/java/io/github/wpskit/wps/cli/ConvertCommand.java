package io.github.wpskit.wps.cli;

import io.github.wpskit.wps.csv.CsvLayout;
import io.github.wpskit.wps.csv.DeploymentCsvWriter;
import io.github.wpskit.wps.csv.DeploymentRow;
import io.github.wpskit.wps.csv.DpoCsv;
import io.github.wpskit.wps.json.DocumentKind;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.validation.Location;
import io.github.wpskit.wps.validation.Origin;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wps convert}: reads deployments from JSON, NDJSON or any of DPO's CSV layouts and writes
 * them as NDJSON deployment documents or in a CSV layout, streaming (one row in memory at a time). A
 * row read from CSV keeps its country name and row key when written to CSV again.
 *
 * <p>What cannot be read, and documents of another kind, are named on standard error one line each
 * and left out; the exit code is then 2 (the output is incomplete), else 0.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    versionProvider = WpsCommand.Version.class,
    description = {"Convert deployment figures between NDJSON and DPO's CSV layouts.",
        "Exit codes: 0 every record converted, 2 something could not be read or written (named"
            + " on standard error)."})
final class ConvertCommand implements Callable<Integer> {

  /** The output formats. */
  enum Target {
    /** NDJSON deployment documents of the wps JSON format. */
    ndjson(null),
    /** DPO's open-data file on HDX. */
    hdx(CsvLayout.HDX),
    /** The Peace and Security Data Hub's DPO-UCHISTORICAL. */
    datahub(CsvLayout.DATA_HUB),
    /** DPO's monthly table by mission, country and personnel type. */
    monthly(CsvLayout.MONTHLY_TABLE);

    final CsvLayout layout;

    Target(CsvLayout layout) {
      this.layout = layout;
    }
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand
  WpsCommand parent;

  @Option(names = "--to", required = true, paramLabel = "ndjson|hdx|datahub|monthly",
      description = "What to write: ndjson (deployment documents), hdx, datahub or monthly (DPO's"
          + " CSV layouts).")
  Target target;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write (default: standard output).")
  Path output;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Files of deployments: JSON, NDJSON or CSV; a directory, or - for standard"
          + " input.")
  List<String> files;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    long[] counts = new long[2]; // written, refused
    try (Inputs inputs = Inputs.expand(files, parent.stdin());
        Writer out = output == null ? new Uncloseable(spec.commandLine().getOut())
            : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        Sink sink = target.layout == null ? new NdjsonSink(out) : new CsvSink(out, target.layout)) {
      DocumentReader.Listener listener = new DocumentReader.Listener() {
        @Override
        public void document(Object value, Origin origin) {
          if (value instanceof Deployment) {
            write(() -> sink.write((Deployment) value), origin);
          } else {
            refuse(origin + ": a " + DocumentKind.ofType(value.getClass()).map(DocumentKind::id)
                .orElse(value.getClass().getSimpleName()) + " document, but convert reads"
                + " deployments only");
          }
        }

        @Override
        public void row(DeploymentRow row, Origin origin) {
          write(() -> sink.write(row), origin);
        }

        @Override
        public void unreadable(Origin origin, Location location, String problem, String detail) {
          refuse(origin + ": " + (problem == null ? "" : problem + " at " + location + ": ")
              + detail);
        }

        @Override
        public void warning(Origin origin, String warning) {
          // strict reading: there are none
        }

        private void write(IoAction action, Origin origin) {
          try {
            action.run();
            counts[0]++;
          } catch (io.github.wpskit.wps.InvalidValueException e) {
            refuse(origin + ": cannot be written as " + target + ": " + e.getMessage());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        private void refuse(String line) {
          counts[1]++;
          err.println("wps: " + OneLine.of(line));
        }
      };
      DocumentReader reader = new DocumentReader(false);
      for (Inputs.Input input : inputs.list()) {
        reader.read(input, listener);
      }
    }
    err.printf(Locale.ROOT, "wps: %,d deployment%s written as %s%s%n", counts[0],
        counts[0] == 1 ? "" : "s", target, counts[1] == 0 ? "" : String.format(Locale.ROOT,
            "; %,d left out (above)", counts[1]));
    err.flush();
    return counts[1] == 0 ? ExitCodes.OK : ExitCodes.UNUSABLE_INPUT;
  }

  /** One write that may fail with an I/O error. */
  private interface IoAction {
    void run() throws IOException;
  }

  /** Where deployments go. */
  private interface Sink extends AutoCloseable {
    void write(Deployment d) throws IOException;

    void write(DeploymentRow row) throws IOException;

    @Override
    void close() throws IOException;
  }

  /** Deployment documents, one per line, each as {@code WpsJson} encodes it. */
  private static final class NdjsonSink implements Sink {
    private final Writer out;
    private final WpsJson json = WpsJson.strict();

    NdjsonSink(Writer out) {
      this.out = out;
    }

    @Override
    public void write(Deployment d) throws IOException {
      out.write(json.encodeToString(d));
      out.write('\n');
    }

    @Override
    public void write(DeploymentRow row) throws IOException {
      write(row.deployment());
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  /** A DPO CSV layout. */
  private static final class CsvSink implements Sink {
    private final DeploymentCsvWriter writer;

    CsvSink(Writer out, CsvLayout layout) throws IOException {
      writer = DpoCsv.writer(out, layout);
    }

    @Override
    public void write(Deployment d) throws IOException {
      writer.write(d);
    }

    @Override
    public void write(DeploymentRow row) throws IOException {
      writer.write(row);
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }

  /** Standard output, flushed but never closed by the writers. */
  private static final class Uncloseable extends FilterWriter {
    Uncloseable(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
