package io.github.wpskit.wps.cli;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTargets;
import io.github.wpskit.wps.validation.ValidationContext;
import io.github.wpskit.wps.validation.ValidationReport;
import io.github.wpskit.wps.validation.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wps validate}: reads JSON and NDJSON files of any kind and validates all their documents
 * together, against the reference catalog, so that documents can refer to each other (a staffing
 * table to the mandate in force, a report to its commitments).
 *
 * <p>Parity-targets documents are not judged: they supply the targets that deployment figures are
 * measured against, on top of the shipped UGPS targets. If any file cannot be read or any document
 * cannot be decoded, every such problem is printed on one line each and nothing is validated (exit 2).
 *
 * <p>With {@code --format json}, standard output is one {@code validation-report} document of the wps
 * JSON format (docs/json-format.md; {@code wps schema validation-report} prints its schema), so a
 * machine can read it with any JSON library or with {@code WpsJson}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    versionProvider = WpsCommand.Version.class,
    description = {"Validate JSON and NDJSON (.ndjson, .jsonl) files of any document kind.",
        "Exit codes: 0 no ERROR, 1 an ERROR was found, 2 a file cannot be read or parsed."})
final class ValidateCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format: text for people, json for machines (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--lenient",
      description = "Keep unknown fields (with a warning) instead of refusing the document.")
  boolean lenient;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to validate.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputFiles.Result read = InputFiles.read(files, lenient);
    if (!read.errors().isEmpty()) {
      read.errors().forEach(e -> err.println("wps: " + e));
      err.flush();
      return ExitCodes.UNUSABLE_INPUT;
    }
    ParityTargets targets = ParityTargets.ugps();
    List<Object> subjects = new ArrayList<>();
    Map<String, Integer> perFile = new LinkedHashMap<>();
    for (Path f : files) {
      perFile.put(f.toString(), 0);
    }
    for (InputFiles.Document d : read.documents) {
      perFile.merge(d.file.toString(), 1, Integer::sum);
      if (d.value instanceof ParityTargets) {
        for (ParityTarget t : ((ParityTargets) d.value).targets()) {
          targets = targets.withTarget(t);
        }
      } else {
        subjects.add(d.value);
      }
    }
    ValidationContext context = ValidationContext.builder()
        .addCatalog(ReferenceCatalog.standard()).parityTargets(targets).build();
    ValidationReport report = subjects.isEmpty() ? ValidationReport.empty()
        : Validator.of(context).validateAll(subjects);
    if (format == OutputFormat.json) {
      // Standard output carries exactly one validation-report document of the wps JSON format;
      // what was read, and any lenient-read warnings, go to standard error.
      for (Map.Entry<String, Integer> f : perFile.entrySet()) {
        err.printf("wps: read %s: %d document%s%n", f.getKey(), f.getValue(),
            f.getValue() == 1 ? "" : "s");
      }
      read.warnings.forEach(w -> err.println("wps: warning: " + w));
      err.flush();
      out.println(WpsJson.strict().encodePretty(report));
    } else {
      for (Map.Entry<String, Integer> f : perFile.entrySet()) {
        out.printf("Read %s: %d document%s%n", f.getKey(), f.getValue(),
            f.getValue() == 1 ? "" : "s");
      }
      read.warnings.forEach(w -> out.println("Warning: " + w));
      out.println();
      out.print(report.toText());
    }
    out.flush();
    return report.isValid() ? ExitCodes.OK : ExitCodes.DATA_ERRORS;
  }
}
