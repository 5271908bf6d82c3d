package io.github.wpskit.wps.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.validation.ValidationContext;
import io.github.wpskit.wps.validation.ValidationReport;
import io.github.wpskit.wps.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The report of DPO's real monthly figures, made once per test run and written to
 * {@code target/report-dpo.html}: the figures validated against the standard catalog.
 */
final class RealFigures {
  static final Path PAGE = Path.of("target", "report-dpo.html");
  private static Result result;

  /** What the tests check the page against. */
  record Result(List<Deployment> deployments, ValidationReport validation, String html) {}

  private RealFigures() {}

  /** The report, or the test is skipped (saying why) when the shared data is not beside the repo. */
  static synchronized Result get() throws IOException {
    if (result == null) {
      Optional<Path> folder = DpoFigures.folder();
      assumeTrue(folder.isPresent(), "the shared real figures (shared/data/dpo/"
          + DpoFigures.MONTHLY + ") are not beside this checkout");
      List<Deployment> deployments = DpoFigures.read(folder.get());
      ReferenceCatalog catalog = ReferenceCatalog.standard();
      ValidationReport validation =
          Validator.of(ValidationContext.of(catalog)).validateAll(deployments);
      HtmlReport report = HtmlReport.builder()
          .title("DPO uniformed personnel, January 2023 to June 2024")
          .inputs(ReportInputs.of(List.of("shared/data/dpo/" + DpoFigures.MONTHLY),
              deployments.size(), 0))
          .validation(validation)
          .catalog(catalog)
          .build();
      Files.createDirectories(PAGE.getParent());
      report.render(PAGE);
      result = new Result(deployments, validation, Files.readString(PAGE));
    }
    return result;
  }
}
