package io.github.wpskit.wps.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.PersonnelType;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityRow;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import io.github.wpskit.wps.parity.ParityTargets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ParityPageTest {
  private static final LocalDate MAY = LocalDate.of(2024, 5, 31);
  private static final LocalDate JUNE = LocalDate.of(2024, 6, 30);
  /** A target for troops in 2024, supplied by the user (the library ships none for 2024). */
  private static final ParityTargets TARGETS = ParityTargets.builder()
      .addTargets(ParityTarget.of(ParityTargetGroup.MILITARY_CONTINGENTS, Year.of(2024), 10))
      .build();

  private static Deployment d(LocalDate date, String mission, String country, PersonnelType type,
      int women, int men) {
    return Deployment.builder().reportingDate(date).mission(MissionAcronym.parse(mission))
        .contributingCountry(CountryCode.parse(country)).personnelType(type)
        .women(women).men(men).build();
  }

  static List<Deployment> figures() {
    PersonnelType troops = PersonnelType.MILITARY_CONTINGENTS;
    return List.of(
        d(MAY, "UNMISS", "RWA", troops, 8, 92),
        d(MAY, "UNMISS", "KEN", troops, 0, 50),
        d(MAY, "MINUSCA", "RWA", troops, 5, 45),
        d(MAY, "MINUSCA", "NPL", troops, 1, 1999),
        d(JUNE, "UNMISS", "RWA", troops, 10, 90),
        d(JUNE, "UNMISS", "KEN", troops, 0, 50),
        d(JUNE, "MINUSCA", "RWA", troops, 5, 45),
        d(JUNE, "MINUSCA", "NPL", troops, 1, 1999),
        d(JUNE, "UNMISS", "GHA", PersonnelType.STAFF_OFFICERS, 3, 7));
  }

  private static Document page(ParityAnalysis analysis, ReferenceCatalog catalog) throws Exception {
    return PageChecks.check(HtmlReport.builder().parity(analysis).catalog(catalog).build().toHtml());
  }

  @Test
  void theTrendTableShowsTheOverallRowsOfTheAnalysis() throws Exception {
    ParityAnalysis analysis = ParityAnalysis.of(figures(), TARGETS);
    Document page = page(analysis, ReferenceCatalog.standard());
    List<String> expected = new ArrayList<>();
    for (ParityRow row : analysis.overall()) {
      if (row.group() == ParityTargetGroup.MILITARY_CONTINGENTS) {
        expected.add(Format.month(row.month()) + " " + Format.count(row.women()) + " "
            + Format.count(row.total()) + " " + Format.percent(row.share()) + " "
            + Format.percent(row.target().get().percentage()) + " "
            + Format.count(row.shortfall()));
      }
    }
    assertThat(page.select("#table-trend-military-contingents tbody tr").eachText())
        .containsExactlyElementsOf(expected)
        .containsExactly("May 2024 14 2,200 0.6% 10.0% 206", "June 2024 16 2,200 0.7% 10.0% 204");
    // Staff officers only in June: May has no figures, and no target is known for 2024.
    assertThat(page.select("#table-trend-military-observers-and-staff-officers tbody tr")
        .eachText()).containsExactly("May 2024 no figures",
            "June 2024 3 10 30.0% none known for 2024 \u2014");
    assertThat(page.select("header dl").text())
        .contains("Parity analysed 9 deployment records, May 2024 to June 2024 (2 months)");
  }

  @Test
  void theTargetIsDrawnOnlyWhereOneIsKnownForTheYear() throws Exception {
    Document page = page(ParityAnalysis.of(figures(), TARGETS), ReferenceCatalog.standard());
    Element troops = page.selectFirst("#chart-trend-military-contingents");
    assertThat(troops.select("path.target")).hasSize(1);
    assertThat(troops.select("path.share")).hasSize(1);
    assertThat(troops.select("circle.point")).hasSize(2);
    assertThat(troops.select("circle.point title").eachText()).containsExactly(
        "May 2024: 14 women of 2,200 (0.6%); target 10.0%",
        "June 2024: 16 women of 2,200 (0.7%); target 10.0%");
    assertThat(troops.selectFirst("desc").text()).isEqualTo("Military contingents: share of women"
        + " 0.6% in May 2024, 0.7% in June 2024; lowest 0.6% (May 2024), highest 0.7% (June 2024)."
        + " Target in force in June 2024: 10.0%.");
    assertThat(troops.parent().select("figcaption .legend-item").eachText())
        .containsExactly("share of women", "target in force (2024)");
    assertThat(troops.parent().select("figcaption .key")).allMatch(k -> k.text().isEmpty());
    Element officers = page.selectFirst("#chart-trend-military-observers-and-staff-officers");
    assertThat(officers.select("path.target")).isEmpty();
    assertThat(officers.parent().selectFirst("figcaption").text()).contains(
        "No target is known for 2024, so none is drawn there");

    // With the shipped targets there is none for 2024 at all: no target line anywhere.
    Document shipped = page(ParityAnalysis.of(figures(), ParityTargets.ugps()),
        ReferenceCatalog.standard());
    assertThat(shipped.select("path.target")).isEmpty();
    assertThat(shipped.select("#table-colours-military-contingents td:nth-of-type(5)").eachText())
        .containsOnly("Red: no women deployed", "Not coloured: no target known for the year");
  }

  @Test
  void smallMultiplesShowEachMissionsShare() throws Exception {
    ParityAnalysis analysis = ParityAnalysis.of(figures(), TARGETS);
    Document page = page(analysis, ReferenceCatalog.standard());
    assertThat(page.select("#trend .multiples svg").eachAttr("id")).containsExactly(
        "chart-trend-military-contingents-minusca", "chart-trend-military-contingents-unmiss",
        "chart-trend-military-observers-and-staff-officers-unmiss");
    assertThat(page.select("#table-missions-military-contingents tbody tr").eachText())
        .containsExactly("MINUSCA 0.3% 0.3%", "UNMISS 5.3% 6.7%");
    for (ParityRow row : analysis.byMission()) {
      if (row.group() == ParityTargetGroup.MILITARY_CONTINGENTS) {
        assertThat(page.select("#table-missions-military-contingents tbody tr").text())
            .contains(row.mission().get() + "").contains(Format.percent(row.share()));
      }
    }
  }

  @Test
  void theColourListGivesEachCountryOfTheLatestMonthWithStatusInWords() throws Exception {
    ParityAnalysis analysis = ParityAnalysis.of(figures(), TARGETS);
    Document page = page(analysis, ReferenceCatalog.standard());
    assertThat(page.select("#colours-h").text()).isEqualTo("Colour list, June 2024");
    assertThat(page.select("#table-colours-military-contingents tbody tr").eachText())
        .containsExactly(
            "Kenya (KEN) 0 50 0.0% 10.0% Red: no women deployed 5",
            "Nepal (NPL) 1 2,000 0.1% 10.0% No DPO colour: women below 0.1% 199",
            "Rwanda (RWA) 15 150 10.0% 10.0% Green: meets or exceeds the target 0");
    assertThat(page.select("#table-colours-military-contingents span.status").eachAttr("class"))
        .containsExactly("status status-RED", "status status-BELOW_YELLOW_THRESHOLD",
            "status status-GREEN");
    assertThat(page.select("#table-colours-military-observers-and-staff-officers tbody tr")
        .eachText()).containsExactly(
            "Ghana (GHA) 3 10 30.0% none known for 2024 Not coloured: no target known for the"
                + " year \u2014");
    assertThat(page.select("#chart-colours-military-contingents text.label").eachText())
        .containsExactly("Green", "Red", "Below 0.1%");
    assertThat(page.select("#chart-colours-military-contingents text.value").eachText())
        .containsExactly("1", "1", "1");
    // The rows are the analysis's country rows of the latest month, one for one.
    long latest = analysis.byCountry().stream()
        .filter(r -> r.month().equals(analysis.months().get(1))).count();
    assertThat(page.select("#colours tbody tr")).hasSize((int) latest);
  }

  @Test
  void aMissionNameFromTheCatalogIsEscaped() throws Exception {
    Mission evil = Mission.builder().acronym(MissionAcronym.parse("UNMISS"))
        .name("<script>alert('x')</script> Mission").host("South <b>Sudan</b>").build();
    ReferenceCatalog catalog = ReferenceCatalog.of("2025-10", List.of(), List.of(evil));
    String html = HtmlReport.builder().parity(ParityAnalysis.of(figures(), TARGETS))
        .catalog(catalog).build().toHtml();
    Document page = PageChecks.check(html);
    assertThat(html).doesNotContain("<script");
    assertThat(page.selectFirst("#chart-trend-military-contingents-unmiss > title").text())
        .isEqualTo("UNMISS (<script>alert('x')</script> Mission): share of women, Military"
            + " contingents");
    assertThat(page.select("#table-missions-military-contingents th[title]").attr("title"))
        .isEqualTo("<script>alert('x')</script> Mission");
    assertThat(page.select("header dl").text()).contains("facts run to 2025-10");
  }

  @Test
  void aMissionWithoutAConfirmedNameIsShownByItsAcronymAlone() throws Exception {
    // The political missions DPO counts have only an acronym and a kind confirmed.
    Mission unnamed = Mission.builder().acronym(MissionAcronym.parse("UNMISS")).build();
    ReferenceCatalog catalog = ReferenceCatalog.of("2025-10", List.of(), List.of(unnamed));
    Document page = PageChecks.check(HtmlReport.builder()
        .parity(ParityAnalysis.of(figures(), TARGETS)).catalog(catalog).build().toHtml());
    assertThat(page.selectFirst("#chart-trend-military-contingents-unmiss > title").text())
        .isEqualTo("UNMISS: share of women, Military contingents");
    assertThat(page.html()).doesNotContain("Optional");
  }

  @Test
  void anAnalysisOfNothingSaysSo() throws Exception {
    Document page = page(ParityAnalysis.of(List.of(), TARGETS), ReferenceCatalog.standard());
    assertThat(page.select("#trend p").text()).isEqualTo("No deployment figures were analysed.");
    assertThat(page.select("#colours p").text()).isEqualTo("No deployment figures were analysed.");
  }
}
