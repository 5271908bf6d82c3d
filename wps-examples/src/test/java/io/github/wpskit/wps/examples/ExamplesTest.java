package io.github.wpskit.wps.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import io.github.wpskit.wps.parity.ParityTargets;
import io.github.wpskit.wps.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Runs every example program on the bundled samples and checks what it prints. */
class ExamplesTest {

  private static String run(Function<PrintStream, Runnable> example) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    example.apply(out).run();
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void catalogTourListsTheTenResolutionsByPillarAndTheMissions() {
    String out = run(CatalogTour::new);
    assertThat(out).contains("== The Women, Peace and Security agenda: 10 resolutions ==",
        "  S/RES/2467 (2019)  adopted 2019-04-23, S/PV.8514, vote 13-0-2",
        "  Protection           1325, 1820, 1888, 1960, 2106, 2467",
        "Beside the agenda: S/RES/2538 (2020) (2020-08-28)",
        "== Missions: 89, 12 active on 2026-01-27 (the catalog's knowledge horizon) ==",
        "  UNMISS   United Nations Mission in the Republic of South Sudan (South Sudan)",
        "mandate last confirmed until 2026-04-30 (S/RES/2779 (2025))",
        "  MINUSMA  2024-06-30  LIQUIDATION in liquidation since 2024-01-01, end not known",
        "  UNIFIL   2027-06-30  WITHDRAWAL  withdrawing after 2026-12-31, deadline 2027-12-31");
  }

  @Test
  void genderArchitectureCheckImportsMinuscaAndMinusmaAndHoldsTheMisplacedAdviser() {
    String out = run(GenderArchitectureCheck::new);
    assertThat(out).contains(
        "== MINUSCA gender staffing table as of 2015-01-31 (multidimensional, active) ==\n",
        "== MINUSMA gender staffing table as of 2023-03-31 (multidimensional, closed 2023-06-30) ==",
        "== UNMISS gender staffing table as of 2024-06-30 (not classified, active) ==");
    String[] tables = out.split("\n\n");
    assertThat(tables[0]).endsWith("  Decision: IMPORT (0 warnings, 0 notes)");
    // WPS-MSN-003 is a WARNING since rule catalogue 2: MINUSMA's table is imported with a note.
    assertThat(tables[1]).endsWith(
        "  WARNING WPS-MSN-003 at $.posts: The multidimensional mission MINUSMA has no Senior"
            + " Gender Adviser post reporting to mission leadership: the table has no Senior Gender"
            + " Adviser post. Multidimensional missions have Gender Advisers, but the sources do not"
            + " require this post: check whether it is missing or its line misstated\n"
            + "  Decision: IMPORT (1 warnings, 0 notes)");
    assertThat(tables[2]).endsWith(
        "  ERROR WPS-GND-001 at $.posts[1].component: The post UNMISS-POL-030 is a Military Gender"
            + " Adviser in the police component; a Military Gender Adviser sits in the military"
            + " component\n"
            + "  Decision: HOLD, fix 1 error(s) before import");
  }

  @Test
  void genderArchitectureCheckReturnsTheDecision() {
    GenderArchitectureCheck check = new GenderArchitectureCheck(
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    WpsJson json = WpsJson.strict();
    assertThat(check.check(json.decode(Samples.read(Samples.MINUSCA_TABLE),
        GenderStaffingTable.class))).isTrue();
    assertThat(check.check(json.decode(Samples.read(Samples.MINUSMA_TABLE),
        GenderStaffingTable.class))).isTrue();
    assertThat(check.check(json.decode(Samples.read(Samples.MISPLACED_ADVISER_TABLE),
        GenderStaffingTable.class))).isFalse();
  }

  @Test
  void mandateReviewShowsAnsweredResolutionsAndMissedExpectations() {
    String out = run(MandateWpsReview::new);
    assertThat(out).contains("== Mandate MONUSCO S/RES/1925 (2010), 2010-07-01 to 2011-06-30 ==",
        "  [WPS] CRSV monitoring, analysis and reporting",
        "cites S/RES/1888 (2009) (WPS agenda, adopted 2009-09-30; Protection)",
        "  WPS resolutions the tasks answer: S/RES/1325 (2000), S/RES/1820 (2008), S/RES/1888 (2009)",
        "    - no task for Women's participation in political processes",
        "    - WARNING WPS-MND-008: The staffing table has no Women Protection Adviser post, but the"
            + " mandate MONUSCO S/RES/1925 (2010) in force on 2011-01-31 has the task"
            + " 'CRSV monitoring, analysis and reporting'");
  }

  @Test
  void mandateReviewReportsTheMissingWomenProtectionAdviser() {
    WpsJson json = WpsJson.strict();
    ValidationReport report = new MandateWpsReview(
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).review(
        json.decode(Samples.read(Samples.MONUSCO_MANDATE), Mandate.class),
        json.decode(Samples.read(Samples.MONUSCO_TABLE), GenderStaffingTable.class));
    assertThat(report.isValid()).isTrue();
    assertThat(report.issues()).extracting(i -> i.ruleId().toString())
        .containsExactly("WPS-MND-008");
  }

  @Test
  void compactPipelineSummarisesByThematicArea() {
    String out = run(CompactReportPipeline::new);
    assertThat(out).contains(
        "== Compact report of Illustrative Member State on 2024 (submitted 2025-03-31) ==",
        "  Read 6 commitments and 4 ratings",
        "  Validation: valid (errors 0, warnings 0, info 1)",
        "INFO WPS-CPT-010",
        "  A   Financing                  0     0        1            0",
        "  B   Participation              1     0        0            0",
        "  E   Protection                 0     0        0            1");
  }

  @Test
  void parityByMissionComparesTheLatestMonthWithTheTargetInForce() {
    String out = run(ParityByMission::new);
    // The samples are of 2024, a year for which no UGPS target is confirmed: the table says so
    // rather than measure 2024 against 2021's lower targets.
    assertThat(out).contains("== Female share against UGPS targets: 384 records ==",
        "  MINUSCA  Military contingents                   2024-12-31     144    2065   7.0%"
            + "  none known    no target",
        "  MINUSCA  Military observers and staff officers  2024-12-31      10      49  20.4%"
            + "  none known    no target",
        "  UNMISS   Individual police officers             2024-12-31      15      61  24.6%"
            + "  none known    no target");
    assertThat(out.lines().filter(l -> l.contains("2024-12-31"))).hasSize(16);
  }

  @Test
  void paritySummaryComparesWithAUserSuppliedTargetOfTheYear() throws Exception {
    List<Deployment> figures = new java.util.ArrayList<>();
    try (java.io.InputStream in = Samples.open(Samples.MONTHLY_DEPLOYMENTS);
        io.github.wpskit.wps.json.NdjsonReader<Deployment> reader =
            WpsJson.strict().ndjsonReader(in, Deployment.class)) {
      reader.forEachRemaining(figures::add);
    }
    ParityTargets targets = ParityTargets.ugps().withTarget(ParityTarget.of(
        ParityTargetGroup.MILITARY_CONTINGENTS, java.time.Year.of(2024), 8));
    List<ParityByMission.Row> rows = ParityByMission.summarise(figures, targets);
    // MINUSCA troops 144 of 2,065 (7.0%) and UNIFIL's 186 of 2,178 (8.5%) against 8%.
    assertThat(rows).filteredOn(r -> r.group() == ParityTargetGroup.MILITARY_CONTINGENTS)
        .extracting(r -> r.mission() + " " + r.status())
        .contains("MINUSCA below", "UNIFIL meets");
  }

  @Test
  void paritySummaryAddsUpContributingCountriesOnTheLatestDate() {
    Deployment a = WpsJson.strict().decode(
        Samples.read("deployments/unmiss-2024-12-31-individual-police.json"), Deployment.class);
    Deployment older = Deployment.builder().from(a).reportingDate(a.reportingDate().minusMonths(1))
        .women(100).build();
    Deployment other = Deployment.builder().from(a)
        .contributingCountry(io.github.wpskit.wps.CountryCode.parse("NPL")).women(6).men(9).build();
    List<ParityByMission.Row> rows =
        ParityByMission.summarise(List.of(older, a, other), ParityTargets.ugps());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).women()).isEqualTo(14 + 6);
    assertThat(rows.get(0).men()).isEqualTo(31 + 9);
    assertThat(rows.get(0).femalePercentage()).isEqualTo(20 * 100.0 / 60);
    assertThat(rows.get(0).target()).isEmpty();
    assertThat(rows.get(0).status()).isEqualTo("no target");
  }

  @Test
  void batchWithBadDocumentsReportsEachBadLineAndKeepsTheGoodOnes() {
    String out = run(BatchWithBadDocuments::new);
    assertThat(out).contains(
        "== Read invalid/deployments-with-bad-lines.ndjson: 8 lines, 5 good, 3 bad ==",
        "  line 3, column 172: DOES_NOT_FIT at $.women",
        "    Invalid value for Deployment.women (valid values 0 - 1000000): -4",
        "  line 5, column 166: MALFORMED_JSON at $.men",
        "  line 7, column 98: DOES_NOT_FIT at $.category",
        "  Kept 5 records; validation: valid (errors 0, warnings 0, info 0)");
  }

  @Test
  void everyExampleHasAMain() throws NoSuchMethodException {
    for (Class<?> c : List.of(CatalogTour.class, GenderArchitectureCheck.class,
        MandateWpsReview.class, CompactReportPipeline.class, ParityByMission.class,
        BatchWithBadDocuments.class)) {
      assertThat(java.lang.reflect.Modifier.isFinal(c.getModifiers())).as(c.getName()).isTrue();
      assertThat(c.getMethod("main", String[].class)).isNotNull();
    }
  }
}
