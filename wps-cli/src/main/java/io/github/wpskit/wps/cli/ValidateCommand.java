package io.github.wpskit.wps.cli;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wps validate}: reads JSON, NDJSON and CSV inputs of any kind and validates all their
 * documents together, against the reference catalog, so that documents can refer to each other (a
 * staffing table to the mandate in force, a report to its commitments). See {@link BatchValidation}
 * for how a batch is streamed and {@link BatchReport} for what is printed.
 *
 * <p>Everything readable is validated and reported, and what could not be read is listed in the
 * same report (rule {@code WPS-SYS-003}, with file, line and column). With {@code --format json},
 * standard output is always exactly one {@code validation-report} document of the wps JSON format
 * (docs/json-format.md; {@code wps schema validation-report} prints its schema).
 *
 * <p>Exit code: 2 when anything could not be read (even if the rest has errors: the report is then
 * incomplete, which matters more), else 1 when an ERROR was found, else 0.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    versionProvider = WpsCommand.Version.class,
    description = {"Validate JSON and NDJSON files of any document kind, together.",
        "FILE may be a directory (every .json, .ndjson and .jsonl file below it) or - for"
            + " standard input (its format told from its content).",
        "Exit codes: 0 no ERROR, 1 an ERROR was found, 2 something could not be read (2 wins over"
            + " 1; the report still covers everything that could be read)."})
final class ValidateCommand implements Callable<Integer> {
  /** The issues printed one by one in the text report unless --max-issues says otherwise. */
  static final int DEFAULT_MAX_ISSUES = 50;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand
  WpsCommand parent;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format: text for people, json for machines (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--lenient",
      description = "Keep unknown fields (with a warning) instead of refusing the document.")
  boolean lenient;

  @Option(names = "--max-issues", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_ISSUES,
      description = "Issues listed one by one in the text report, after the summary (default:"
          + " ${DEFAULT-VALUE}); the JSON report lists them all.")
  int maxIssues;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "The files, directories or - (standard input) to validate.")
  List<String> files;

  @Override
  public Integer call() {
    if (maxIssues < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Invalid value for option '--max-issues': " + maxIssues + " (must not be negative)");
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean json = format == OutputFormat.json;
    try (Inputs inputs = Inputs.expand(files, parent.stdin());
        BatchReport report = new BatchReport(maxIssues, json)) {
      new BatchValidation(new DocumentReader(lenient), report).run(inputs.list());
      if (json) {
        report.writeNotes(spec.commandLine().getErr());
        report.writeJson(out, ReferenceCatalog.standard().knowledgeHorizon());
      } else {
        report.writeText(out, ReferenceCatalog.standard().dataAsOf());
      }
      out.flush();
      return report.hasUnreadable() ? ExitCodes.UNUSABLE_INPUT
          : report.hasErrors() ? ExitCodes.DATA_ERRORS : ExitCodes.OK;
    }
  }
}
