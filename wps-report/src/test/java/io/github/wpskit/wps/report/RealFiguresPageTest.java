package io.github.wpskit.wps.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.parity.ParityRow;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import io.github.wpskit.wps.validation.Severity;
import io.github.wpskit.wps.validation.ValidationIssue;
import java.time.YearMonth;
import java.util.List;
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
    // The batch's parity is judged too: no target is confirmed for 2023 or 2024, so WPS-PAR-001
    // is skipped once per target group and year (4 groups in the file, 2 years), not per record.
    assertThat(r.validation().skipped())
        .filteredOn(s -> s.ruleId().toString().equals("WPS-PAR-001")).hasSize(8);
  }

  @Test
  void theTrendTablesShowTheAnalysisAndTheFiguresDpoPrintsForJune2024() throws Exception {
    RealFigures.Result r = RealFigures.get();
    Document page = PageChecks.check(r.html());
    assertThat(r.parity().months()).hasSize(17);
    for (ParityTargetGroup group : ParityTargetGroup.values()) {
      List<String> shown = page.select("#table-trend-" + ParityTrendSection.slug(group)
          + " tbody tr").eachText();
      if (group == ParityTargetGroup.JUSTICE_AND_CORRECTIONS) {
        // DPO's monthly table has no justice and corrections personnel: no section for them.
        assertThat(shown).isEmpty();
        assertThat(r.parity().overall()).noneMatch(row -> row.group() == group);
        continue;
      }
      // DPO's figures for September 2023 are missing: a gap, said in words.
      assertThat(shown).contains("September 2023 no figures");
      shown.remove("September 2023 no figures");
      int i = 0;
      for (ParityRow row : r.parity().overall()) {
        if (row.group() == group) {
          assertThat(shown.get(i++)).isEqualTo(Format.month(row.month()) + " "
              + Format.count(row.women()) + " " + Format.count(row.total()) + " "
              + Format.percent(row.share()) + " none known for " + row.month().getYear() + " "
              + Format.NONE);
        }
      }
      assertThat(shown).hasSize(i);
    }
    // The data README's sums for June 2024 (staff officers and experts on mission together).
    assertThat(page.select("#table-trend-military-contingents tbody tr").last().text())
        .startsWith("June 2024 4,094 52,744 7.8%");
    assertThat(page.select("#table-trend-military-observers-and-staff-officers tbody tr").last()
        .text()).startsWith("June 2024 671 2,806 23.9%");
    assertThat(page.select("#table-trend-formed-police-units tbody tr").last().text())
        .startsWith("June 2024 760 4,452 17.1%");
    assertThat(page.select("#table-trend-individual-police-officers tbody tr").last().text())
        .startsWith("June 2024 557 1,786 31.2%");
    // No target is known for 2023 or 2024 in what the library ships: none is drawn.
    assertThat(page.select("path.target")).isEmpty();
    assertThat(page.select("#colours-h").text()).isEqualTo("Colour list, June 2024");
    long countries = r.parity().byCountry().stream()
        .filter(row -> row.month().equals(YearMonth.of(2024, 6))).count();
    assertThat(page.select("#colours tbody tr")).hasSize((int) countries);
  }
}
