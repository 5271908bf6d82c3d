package io.github.wpskit.wps.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.wpskit.wps.examples.ParityByMission;
import io.github.wpskit.wps.json.DocumentKind;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTargets;
import io.github.wpskit.wps.validation.Location;
import io.github.wpskit.wps.validation.Origin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wps parity}: the female share of deployments against the gender parity target in force, by
 * mission and personnel category, on the latest reporting date of each (summed over contributing
 * countries). Files hold deployment documents, and optionally parity-targets documents that add to or
 * replace the shipped UGPS targets. A share below its target is a finding, not a failure: the exit
 * code is 0 unless a file cannot be read (2).
 */
@Command(name = "parity", mixinStandardHelpOptions = true,
    versionProvider = WpsCommand.Version.class,
    description = {"Print the female share of deployments against the gender parity targets,",
        "by mission and personnel category."})
final class ParityCommand implements Callable<Integer> {
  private static final JsonFactory FACTORY = new JsonFactory();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format: text for people, json for machines (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @CommandLine.ParentCommand
  WpsCommand parent;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Files of deployment (and parity-targets) documents: JSON, NDJSON or CSV; a"
          + " directory, or - for standard input.")
  List<String> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> errors = new ArrayList<>();
    List<Deployment> figures = new ArrayList<>();
    ParityTargets[] targets = {ParityTargets.ugps()};
    DocumentReader.Listener listener = new DocumentReader.Listener() {
      @Override
      public void document(Object value, Origin origin) {
        if (value instanceof Deployment) {
          figures.add((Deployment) value);
        } else if (value instanceof ParityTargets) {
          for (ParityTarget t : ((ParityTargets) value).targets()) {
            targets[0] = targets[0].withTarget(t);
          }
        } else {
          errors.add(origin + ": a " + DocumentKind.ofType(value.getClass())
              .map(DocumentKind::id).orElse(value.getClass().getSimpleName())
              + " document, but parity reads deployment and parity-targets documents only");
        }
      }

      @Override
      public void unreadable(Origin origin, Location location, String problem, String detail) {
        errors.add(origin + ": " + (problem == null ? "" : problem + " at " + location + ": ")
            + detail);
      }

      @Override
      public void warning(Origin origin, String warning) {
        // strict reading: there are none
      }
    };
    try (Inputs inputs = Inputs.expand(files, parent.stdin())) {
      DocumentReader reader = new DocumentReader(false);
      for (Inputs.Input input : inputs.list()) {
        reader.read(input, listener);
      }
    }
    if (!errors.isEmpty()) {
      errors.forEach(e -> err.println("wps: " + OneLine.of(e)));
      err.flush();
      return ExitCodes.UNUSABLE_INPUT;
    }
    List<ParityByMission.Row> rows = ParityByMission.summarise(figures, targets[0]);
    if (format == OutputFormat.json) {
      writeJson(out, rows, figures.size());
    } else {
      out.printf("Female share against the targets in force: %d records%n", figures.size());
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
      ParityByMission.print(rows, stream);
      out.print(buffer.toString(StandardCharsets.UTF_8));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void writeJson(PrintWriter out, List<ParityByMission.Row> rows, int records) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("records", records);
      g.writeArrayFieldStart("rows");
      for (ParityByMission.Row r : rows) {
        g.writeStartObject();
        g.writeStringField("mission", r.mission().toString());
        g.writeStringField("category", r.group().name().toLowerCase().replace('_', '-'));
        g.writeStringField("reportingDate", r.reportingDate().toString());
        g.writeNumberField("women", r.women());
        g.writeNumberField("men", r.men());
        if (Double.isNaN(r.femalePercentage())) {
          g.writeNullField("femalePercentage");
        } else {
          g.writeNumberField("femalePercentage",
              Math.round(r.femalePercentage() * 100.0) / 100.0);
        }
        if (r.target().isPresent()) {
          g.writeObjectFieldStart("target");
          g.writeNumberField("year", r.target().get().year().getValue());
          g.writeNumberField("percentage", r.target().get().percentage());
          g.writeEndObject();
        } else {
          g.writeNullField("target");
        }
        g.writeStringField("status", r.status());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
