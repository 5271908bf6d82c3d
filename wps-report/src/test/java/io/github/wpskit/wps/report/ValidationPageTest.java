package io.github.wpskit.wps.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.validation.Location;
import io.github.wpskit.wps.validation.Origin;
import io.github.wpskit.wps.validation.RuleId;
import io.github.wpskit.wps.validation.Severity;
import io.github.wpskit.wps.validation.SkippedRule;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class ValidationPageTest {
  private static final String SCRIPT = "<script>alert('x')</script>";

  private static ValidationIssue issue(String rule, Severity severity, String object, String msg) {
    return ValidationIssue.of(RuleId.parse(rule), severity, Location.root().field("women"), object,
        msg, "UGPS 2018-2028");
  }

  private static ValidationReport sample() {
    return ValidationReport.of(List.of(
        issue("WPS-PAR-001", Severity.WARNING, "UNMISS RWA military-contingents 2024-06-30",
            "The share of women is below the target"),
        issue("WPS-PAR-001", Severity.WARNING, "UNMISS KEN military-contingents 2024-06-30",
            "The share of women is below the target").withOrigin(Origin.of("june.ndjson", 14212)),
        issue("WPS-PAR-003", Severity.ERROR, "XYZ" + SCRIPT, "Unknown mission " + SCRIPT),
        issue("WPS-PAR-002", Severity.INFO, "MINUSMA SEN troops", "Liquidation \"guard\" & co")),
        List.of(SkippedRule.of(RuleId.parse("WPS-PAR-001"), "MINUSCA", "no target for 2024")));
  }

  @Test
  void countsShownAreTheReportsCounts() throws Exception {
    ValidationReport v = sample();
    Document page = PageChecks.check(HtmlReport.builder().validation(v).build().toHtml());

    Elements severityRows = page.select("#table-severity tbody tr");
    assertThat(severityRows.eachText()).containsExactly(
        "ERROR 1", "WARNING 2", "INFO 1", "Rules skipped (data absent) 1");
    assertThat(page.select("#table-rules tbody tr").eachText()).containsExactly(
        "WPS-PAR-003 ERROR " + RuleCatalogueTitles.of("WPS-PAR-003") + " 1",
        "WPS-PAR-001 WARNING " + RuleCatalogueTitles.of("WPS-PAR-001") + " 2",
        "WPS-PAR-002 INFO " + RuleCatalogueTitles.of("WPS-PAR-002") + " 1");
    // The bars say the same as the table.
    assertThat(page.select("#chart-severity text.value").eachText()).containsExactly("1", "2", "1");
    assertThat(page.select("#chart-rules text.value").eachText()).containsExactly("1", "2", "1");
    assertThat(page.select("#table-skipped tbody tr").eachText())
        .containsExactly("WPS-PAR-001 1 MINUSCA: no target for 2024");
    assertThat(page.select("header dl").text()).contains("INVALID \u2014 errors 1, warnings 2,"
        + " info 1, rules skipped 1", "wps " + v.libraryVersion(), "version " + v.catalogueVersion());
  }

  @Test
  void findingsAreGroupedByObjectInTheReportsOrder() throws Exception {
    ValidationReport v = sample();
    Document page = PageChecks.check(HtmlReport.builder().validation(v).build().toHtml());
    Elements groups = page.select("#table-findings tbody.object");
    List<String> objects = new ArrayList<>();
    for (Element g : groups) {
      objects.add(g.selectFirst("th").text());
      assertThat(g.select("tr")).hasSizeGreaterThan(1);
    }
    assertThat(objects).containsExactly(
        "MINUSMA SEN troops", "UNMISS KEN military-contingents 2024-06-30",
        "UNMISS RWA military-contingents 2024-06-30", "XYZ" + SCRIPT);
    assertThat(groups.get(1).select("tr").get(1).select("td").last().text())
        .isEqualTo("june.ndjson:14212");
    Element first = groups.get(0).select("tr").get(1);
    assertThat(first.select("td").eachText()).containsExactly("INFO", "WPS-PAR-002", "$.women",
        "Liquidation \"guard\" & co Source: UGPS 2018-2028", "\u2014");
  }

  @Test
  void textFromTheDataIsEscaped() throws Exception {
    String html = HtmlReport.builder()
        .title("Batch " + SCRIPT)
        .inputs(ReportInputs.of(List.of("dir/<script>x.ndjson"), 4, 0))
        .validation(sample())
        .build().toHtml();
    Document page = PageChecks.check(html);
    assertThat(html).doesNotContain("<script");
    assertThat(page.select("script")).isEmpty();
    assertThat(page.title()).isEqualTo("Batch " + SCRIPT);
    assertThat(page.select("h1").text()).isEqualTo("Batch " + SCRIPT);
    assertThat(page.select("header code").text()).isEqualTo("dir/<script>x.ndjson");
    assertThat(page.select("#table-findings").text()).contains("Unknown mission " + SCRIPT);
  }

  @Test
  void charactersXmlForbidsDoNotBreakTheCharts() throws Exception {
    // A control character in a rule-set label would make the SVG ill-formed XML if written raw.
    StringBuilder sb = new StringBuilder();
    Markup m = new Markup(sb);
    BarChart.write(m, "c", "Title \u0001 <b>", "Desc \uFFFE & more",
        List.of(new BarChart.Bar("a\u0000b <i>", 3, Palette.BLUE)));
    org.w3c.dom.Document svg = PageChecks.parseXml(sb.toString());
    assertThat(svg.getElementsByTagNameNS(Charts.SVG_NAMESPACE, "title").item(0).getTextContent())
        .isEqualTo("Title   <b>");
  }

  @Test
  void anEmptyReportSaysSoAndStillHasSizedCharts() throws Exception {
    Document page = PageChecks.check(HtmlReport.builder().build().toHtml());
    assertThat(page.select("#findings p").text()).isEqualTo("No findings.");
    assertThat(page.select("#summary h3 + p").text()).isEqualTo("No rule found anything.");
    assertThat(page.select("header dl").text()).contains("Files read none (objects given in memory)",
        "Documents read 0", "Rows refused none", "VALID");
  }

  @Test
  void theFindingsTableListsAtMostMaxFindingsAndSaysHowManyAreLeftOut() throws Exception {
    ValidationReport v = sample();
    Document page = PageChecks.check(
        HtmlReport.builder().validation(v).maxFindings(3).build().toHtml());
    assertThat(page.select("#table-findings tbody tr:not(:first-child)")).hasSize(3);
    assertThat(page.select("#findings-cut").text()).isEqualTo("The first 3 of 4 findings, in the"
        + " report's order; the summary above counts all of them. The JSON report of the same"
        + " batch lists every one.");
    assertThat(page.select("#table-severity tbody tr").first().text()).isEqualTo("ERROR 1");
  }

  @Test
  void renderWritesTheSamePageAndReportsWriterFailures() throws Exception {
    HtmlReport report = HtmlReport.builder().validation(sample()).build();
    StringWriter out = new StringWriter();
    report.render(out);
    assertThat(out.toString()).isEqualTo(report.toHtml());
    Writer broken = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> report.render(broken)).isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }

  @Test
  void badBuilderValuesAreRefusedWithTheirName() {
    assertThatThrownBy(() -> HtmlReport.builder().title(" "))
        .hasMessage("HtmlReport.title must not be blank");
    assertThatThrownBy(() -> HtmlReport.builder().maxFindings(-1))
        .hasMessage("HtmlReport.maxFindings must not be negative: -1");
    assertThatThrownBy(() -> ReportInputs.of(List.of(), -2, 0))
        .hasMessage("ReportInputs.documents must not be negative: -2");
    assertThatThrownBy(() -> ReportInputs.of(List.of(), 0, -1))
        .hasMessage("ReportInputs.refused must not be negative: -1");
  }
}
