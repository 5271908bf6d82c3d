package io.github.wpskit.wps.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.csv.DeploymentReader;
import io.github.wpskit.wps.csv.DeploymentRow;
import io.github.wpskit.wps.csv.DpoCsv;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityTargets;
import io.github.wpskit.wps.validation.Origin;
import io.github.wpskit.wps.validation.SkippedRule;
import io.github.wpskit.wps.validation.ValidationContext;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import io.github.wpskit.wps.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report of DPO's real monthly figures in the project's shared data
 * ({@code shared/data/dpo/monthly-by-mission_2023-01_2024-06.csv}, beside the repository), made
 * once per test run and written to {@code target/report-dpo.html}: the file read with wps-csv, each
 * record validated with its file and line against the standard catalog, and analysed against the
 * shipped targets, whose parity the validator then judges as a batch.
 */
final class RealFigures {
  static final String MONTHLY = "monthly-by-mission_2023-01_2024-06.csv";
  static final Path PAGE = Path.of("target", "report-dpo.html");
  private static Result result;

  /** What the tests check the page against. */
  record Result(List<Deployment> deployments, long refused, ValidationReport validation,
      ParityAnalysis parity, String html) {}

  private RealFigures() {}

  /** The shared data folder, if this checkout has one beside it. */
  static Optional<Path> folder() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path dpo = p.resolve("shared/data/dpo");
      if (Files.isRegularFile(dpo.resolve(MONTHLY))) {
        return Optional.of(dpo);
      }
    }
    return Optional.empty();
  }

  /** The report, or the test is skipped (saying why) when the shared data is not beside the repo. */
  static synchronized Result get() throws IOException {
    if (result == null) {
      Optional<Path> folder = folder();
      assumeTrue(folder.isPresent(),
          "the shared real figures (shared/data/dpo/" + MONTHLY + ") are not beside this checkout");
      ReferenceCatalog catalog = ReferenceCatalog.standard();
      Validator validator = Validator.of(ValidationContext.of(catalog));
      List<Deployment> deployments = new ArrayList<>();
      List<ValidationIssue> issues = new ArrayList<>();
      List<SkippedRule> skipped = new ArrayList<>();
      long refused;
      String name = "shared/data/dpo/" + MONTHLY;
      try (DeploymentReader reader = DpoCsv.read(folder.get().resolve(MONTHLY))) {
        while (reader.hasNext()) {
          DeploymentRow row = reader.next();
          deployments.add(row.deployment());
          ValidationReport one = validator.validate(row.deployment(), Origin.of(name, row.line()));
          issues.addAll(one.issues());
          skipped.addAll(one.skipped());
        }
        refused = reader.summary().refusedRows();
      }
      ParityAnalysis parity = ParityAnalysis.of(deployments, ParityTargets.ugps());
      // WPS-PAR-001 judges the batch (per country, group and month), not a record alone.
      ValidationReport batch = validator.validateParity(parity);
      issues.addAll(batch.issues());
      skipped.addAll(batch.skipped());
      ValidationReport validation = ValidationReport.of(issues, skipped);
      HtmlReport report = HtmlReport.builder()
          .title("DPO uniformed personnel, January 2023 to June 2024")
          .inputs(ReportInputs.of(List.of(name), deployments.size(), refused))
          .validation(validation)
          .parity(parity)
          .catalog(catalog)
          .build();
      Files.createDirectories(PAGE.getParent());
      report.render(PAGE);
      result = new Result(deployments, refused, validation, parity, Files.readString(PAGE));
    }
    return result;
  }
}
