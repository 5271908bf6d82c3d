package io.github.wpskit.wps.cli;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityTally;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTargets;
import io.github.wpskit.wps.report.HtmlReport;
import io.github.wpskit.wps.report.ReportInputs;
import io.github.wpskit.wps.validation.Location;
import io.github.wpskit.wps.validation.Origin;
import io.github.wpskit.wps.validation.RuleId;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wps report --html OUT.html FILE...}: validates the inputs exactly as
 * {@code wps validate --format json} does, analyses the deployment records among them for gender
 * parity as DPO measures it, and writes both as one self-contained HTML page (wps-report's
 * {@link HtmlReport}). Parity-targets documents among the inputs add to or replace the shipped
 * targets, as for {@code wps validate}.
 *
 * <p>Exit codes are those of {@code wps validate}: 2 when anything could not be read, else 1 when
 * an ERROR was found, else 0; the page is written in every case.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    versionProvider = WpsCommand.Version.class,
    description = {"Validate the inputs and analyse their deployment figures for gender parity, and"
        + " write both as one self-contained HTML page (no script, nothing fetched when viewed).",
        "Exit codes as for validate: 0 no ERROR, 1 an ERROR was found, 2 something could not be"
            + " read; the page is written in every case."})
final class ReportCommand implements Callable<Integer> {
  private static final RuleId UNREADABLE = RuleId.parse("WPS-SYS-003");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand
  WpsCommand parent;

  @Option(names = "--html", required = true, paramLabel = "OUT.html",
      description = "The HTML file to write (replaced if it exists).")
  Path html;

  @Option(names = "--title", paramLabel = "TEXT", defaultValue = "wps report",
      description = "The page's title (default: ${DEFAULT-VALUE}).")
  String title;

  @Option(names = "--max-findings", paramLabel = "N",
      defaultValue = "" + HtmlReport.DEFAULT_MAX_FINDINGS,
      description = "Findings listed one by one (default: ${DEFAULT-VALUE}); the summary counts"
          + " all of them.")
  int maxFindings;

  @Option(names = "--lenient",
      description = "Keep unknown fields (with a warning) instead of refusing the document.")
  boolean lenient;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "The files, directories or - (standard input) to report on.")
  List<String> files;

  @Override
  public Integer call() throws IOException {
    if (maxFindings < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Invalid value for option '--max-findings': " + maxFindings + " (must not be negative)");
    }
    if (title.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Invalid value for option '--title': it must not be blank");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Inputs inputs = Inputs.expand(files, parent.stdin())) {
      ValidationReport validation = validate(inputs);
      List<String> names = new ArrayList<>();
      // Tallied as read, not kept: the analysis needs counts per month, group and country or
      // mission, so a million records cost no more memory than a thousand.
      ParityTally tally = ParityTally.create();
      long[] deployments = {0};
      ParityTargets[] targets = {ParityTargets.ugps()};
      DocumentReader reader = new DocumentReader(lenient);
      long documents = 0;
      for (Inputs.Input input : inputs.list()) {
        names.add(input.name);
        documents += reader.read(input, new DocumentReader.Listener() {
          @Override
          public void document(Object value, Origin origin) {
            if (value instanceof Deployment) {
              tally.add((Deployment) value);
              deployments[0]++;
            } else if (value instanceof ParityTargets) {
              for (ParityTarget t : ((ParityTargets) value).targets()) {
                targets[0] = targets[0].withTarget(t);
              }
            }
          }

          @Override
          public void unreadable(Origin origin, Location location, String problem, String detail) {
            // Already in the validation report, as WPS-SYS-003.
          }

          @Override
          public void warning(Origin origin, String warning) {
            // The validation pass reported it.
          }
        });
      }
      long refused = 0;
      for (ValidationIssue issue : validation.issues()) {
        if (issue.ruleId().equals(UNREADABLE)) {
          refused++;
        }
      }
      HtmlReport.Builder page = HtmlReport.builder()
          .title(title)
          .inputs(ReportInputs.of(names, documents, refused))
          .validation(validation)
          .catalog(ReferenceCatalog.standard())
          .maxFindings(maxFindings);
      if (deployments[0] > 0) {
        page.parity(tally.toAnalysis(targets[0]));
      }
      page.build().render(html);
      out.printf(Locale.ROOT, "Wrote %s (%,d bytes): %,d documents, %,d deployment records,"
              + " errors %,d, warnings %,d, info %,d, unreadable %,d%n",
          html, Files.size(html), documents, deployments[0], validation.errorCount(),
          validation.warningCount(), validation.infoCount(), refused);
      out.flush();
      return refused > 0 ? ExitCodes.UNUSABLE_INPUT
          : validation.errorCount() > 0 ? ExitCodes.DATA_ERRORS : ExitCodes.OK;
    }
  }

  /**
   * Validates as {@code wps validate --format json} does, through its JSON report (kept in a
   * temporary file, so the findings of a large batch are not held twice), read back as a report.
   */
  private ValidationReport validate(Inputs inputs) throws IOException {
    Path json = Files.createTempFile("wps-report-", ".json");
    try {
      try (BatchReport report = new BatchReport(0, true);
          Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
        new BatchValidation(new DocumentReader(lenient), report).run(inputs.list());
        report.writeJson(w, ReferenceCatalog.standard().knowledgeHorizon());
      }
      try (InputStream in = Files.newInputStream(json)) {
        return WpsJson.strict().decode(in, ValidationReport.class);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      Files.deleteIfExists(json);
    }
  }
}
