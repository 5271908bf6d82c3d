package io.github.wpskit.wps.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.validation.Severity;
import io.github.wpskit.wps.validation.ValidationIssue;
import java.nio.file.Files;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class RealFiguresPageTest {
  @Test
  void theReportOfTheRealFiguresIsUnderTwoMegabytesAndShowsTheirCounts() throws Exception {
    RealFigures.Result r = RealFigures.get();
    assertThat(r.deployments()).hasSize(16_351);
    assertThat(Files.size(RealFigures.PAGE)).isLessThan(2_000_000);
    Document page = PageChecks.check(r.html());
    assertThat(r.refused()).isZero();
    assertThat(page.select("header dl").text()).contains("Documents read 16,351", "Rows refused none");
    // Every finding names the file and line of its record.
    assertThat(page.select("#table-findings tbody tr:not(:first-child) td:nth-of-type(5)")
        .eachText()).isNotEmpty().allMatch(t -> t.matches("shared/data/dpo/monthly-by-mission_"
            + "2023-01_2024-06\\.csv:\\d+"));
    ValidationIssue first = r.validation().issues().get(0);
    assertThat(page.select("#table-findings tbody tr:nth-child(2) td:nth-of-type(5)").first()
        .text()).isEqualTo(first.origin().orElseThrow().toString());
    assertThat(page.select("#table-severity tbody tr").eachText()).containsExactly(
        "ERROR " + Format.count(r.validation().count(Severity.ERROR)),
        "WARNING " + Format.count(r.validation().count(Severity.WARNING)),
        "INFO " + Format.count(r.validation().count(Severity.INFO)),
        "Rules skipped (data absent) " + Format.count(r.validation().skipped().size()));
  }
}
