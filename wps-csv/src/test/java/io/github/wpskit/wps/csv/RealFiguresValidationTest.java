package io.github.wpskit.wps.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.validation.Severity;
import io.github.wpskit.wps.validation.ValidationContext;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import io.github.wpskit.wps.validation.Validator;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * DPO's real monthly figures (January 2023 to June 2024) against the standard catalog: no ERROR
 * comes from a gap in the reference data. Every mission of the figures is known (no
 * {@code WPS-PAR-003}), and MINUSMA's figures during its withdrawal and liquidation are not
 * "after closure" ({@code WPS-PAR-002}). The counts by rule are printed for the record.
 */
class RealFiguresValidationTest {

  private static List<Deployment> deployments() throws IOException {
    List<Deployment> all = new ArrayList<>();
    for (DeploymentRow row : RealFilesTest.read(RealFilesTest.MONTHLY).rows()) {
      all.add(row.deployment());
    }
    return all;
  }

  @Test
  void noErrorComesFromAGapInTheReferenceData() throws IOException {
    List<Deployment> figures = deployments();
    assertThat(figures).hasSize(16_351);
    ValidationContext context = ValidationContext.of(ReferenceCatalog.standard()).toBuilder()
        .clock(Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC))
        .build();
    ValidationReport report = Validator.of(context).validateAll(figures);

    Map<String, Integer> counts = new TreeMap<>();
    for (ValidationIssue i : report.issues()) {
      counts.merge(i.ruleId() + " " + i.severity(), 1, Integer::sum);
    }
    Map<String, Integer> skipped = new TreeMap<>();
    report.skipped().forEach(s -> skipped.merge(s.ruleId().toString(), 1, Integer::sum));
    System.out.println("Real DPO figures 2023-01..2024-06, " + figures.size()
        + " records: issues by rule " + counts + "; skipped by rule " + skipped);

    assertThat(report.issues()).filteredOn(i -> i.ruleId().toString().equals("WPS-PAR-003"))
        .isEmpty();
    assertThat(report.issues()).filteredOn(i -> i.ruleId().toString().equals("WPS-PAR-002"))
        .isEmpty();
    assertThat(report.issues()).filteredOn(i -> i.severity() == Severity.ERROR).isEmpty();
    // MINUSMA's figures run to its liquidation; they are there and judged, not refused.
    assertThat(figures).filteredOn(d -> d.mission().value().equals("MINUSMA")
        && d.reportingDate().isAfter(LocalDate.of(2023, 12, 31))).isNotEmpty();
    // The political missions' dates are not confirmed: WPS-PAR-002 and -004 say so by skipping.
    TreeSet<String> skippedMissions = new TreeSet<>();
    report.skipped().stream().filter(s -> s.ruleId().toString().equals("WPS-PAR-002"))
        .forEach(s -> skippedMissions.add(s.objectId().split(" ")[0]));
    assertThat(skippedMissions).containsExactly("BINUH", "UNAMA", "UNAMI", "UNITAMS", "UNOWAS",
        "UNSMIL", "UNSOM", "UNSOS", "UNVMC");
  }
}
