package io.github.wpskit.wps.validation;

import static io.github.wpskit.wps.validation.Fixtures.CATALOG;
import static io.github.wpskit.wps.validation.Fixtures.catalogValidator;
import static io.github.wpskit.wps.validation.Fixtures.issue;
import static io.github.wpskit.wps.validation.Fixtures.mandate;
import static io.github.wpskit.wps.validation.Fixtures.post;
import static io.github.wpskit.wps.validation.Fixtures.seniorGenderAdviser;
import static io.github.wpskit.wps.validation.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.gender.GenderRole;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.gender.MissionComponent;
import io.github.wpskit.wps.gender.ReportingLine;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.MandateTask;
import io.github.wpskit.wps.mission.TaskCategory;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One passing and one failing case (at least) for every mandate rule (WPS-MND-*). */
class MandateRulesTest {
  private static final Severity E = Severity.ERROR;
  private static final Severity W = Severity.WARNING;
  private static final String M1 = "UNTM S/RES/90001 (2020)";

  /** UNTM's first mandate, 2021, with a WPS task citing 1325. */
  static Mandate first() {
    return mandate("UNTM", "S/RES/90001 (2020)", "2021-01-01", "2021-12-31")
        .addTasks(MandateTask.of(TaskCategory.POLITICAL_PROCESS, "Support the peace process"))
        .addTasks(MandateTask.builder().category(TaskCategory.GENDER_MAINSTREAMING)
            .description("Mainstream gender").addCitedResolutions(ResolutionSymbol.of(1325, 2000))
            .build())
        .build();
  }

  /** UNTM's second mandate, 2022, following the first without a gap. */
  static Mandate second() {
    return mandate("UNTM", "S/RES/90002 (2021)", "2022-01-01", "2022-12-31").build();
  }

  private static ValidationReport validate(Object subject) {
    return catalogValidator().validate(subject);
  }

  private static ValidationReport validateWith(Object subject, Object... others) {
    return catalogValidator().withContext(CATALOG.toBuilder().addAll(List.of(others)).build())
        .validate(subject);
  }

  @Test
  void validMandatesGiveTheEmptyReport() {
    assertThat(validate(first())).isEqualTo(Fixtures.NOTHING_FOUND);
    assertThat(catalogValidator().validateAll(List.of(first(), second())))
        .isEqualTo(Fixtures.NOTHING_FOUND);
  }

  @Test
  void mnd001AuthorisingResolutionUnknown() {
    Mandate m = mandate("UNTM", "S/RES/90099 (2021)", "2021-01-01", "2021-12-31").build();
    ValidationReport report = validate(m);
    assertThat(report.issues()).containsExactly(
        issue("WPS-MND-001", E, "$.authorisedBy", "UNTM S/RES/90099 (2021)",
            "The authorising resolution S/RES/90099 (2021) is not in the validation context"));
    assertThat(report.skipped()).containsExactly(
        SkippedRule.of(RuleId.parse("WPS-MND-002"), "UNTM S/RES/90099 (2021)",
            "the resolution S/RES/90099 (2021) is not in the validation context"));
  }

  @Test
  void mnd002StartsBeforeAdoption() {
    Mandate m = mandate("UNTM", "S/RES/90002 (2021)", "2021-06-01", "2021-06-30").build();
    assertThat(validate(m).issues()).containsExactly(
        issue("WPS-MND-002", E, "$.start", "UNTM S/RES/90002 (2021)",
            "The mandate starts on 2021-06-01, before its authorising resolution S/RES/90002 (2021)"
                + " was adopted on 2021-12-20"));
    Mandate onAdoptionDay = mandate("UNTM", "S/RES/90002 (2021)", "2021-12-20", "2021-12-31").build();
    assertThat(validate(onAdoptionDay).issues()).isEmpty();
  }

  @Test
  void mnd003OverlapsAnotherMandateOfTheMission() {
    Mandate late = mandate("UNTM", "S/RES/90002 (2021)", "2021-12-25", "2022-12-31").build();
    assertThat(validateWith(late, first()).issues()).containsExactly(
        issue("WPS-MND-003", E, "$.start", "UNTM S/RES/90002 (2021)",
            "The mandate 2021-12-25 to 2022-12-31 overlaps the mandate " + M1
                + " (2021-01-01 to 2021-12-31) of the same mission"));
    assertThat(validateWith(first(), late).issues()).containsExactly(
        issue("WPS-MND-003", E, "$.end", M1,
            "The mandate 2021-01-01 to 2021-12-31 overlaps the mandate UNTM S/RES/90002 (2021)"
                + " (2021-12-25 to 2022-12-31) of the same mission"));
    assertThat(validateWith(first(), second()).issues()).isEmpty();
  }

  @Test
  void mnd004GapBeforeTheNextMandate() {
    Mandate next = mandate("UNTM", "S/RES/90002 (2021)", "2022-02-01", "2022-12-31").build();
    assertThat(validateWith(first(), next).issues()).containsExactly(
        issue("WPS-MND-004", W, "$.end", M1,
            "The mandate ends on 2021-12-31 but the next mandate UNTM S/RES/90002 (2021) of the"
                + " mission starts on 2022-02-01, leaving 31 days without a mandate"));
    assertThat(validateWith(next, first()).issues()).as("reported on the earlier one only").isEmpty();
  }

  @Test
  void mnd004MeasuresTheGapToTheNearestLaterMandateWhateverTheirOrder() {
    Mandate adjoining = second();
    Mandate later = mandate("UNTM", "S/RES/90003 (2019)", "2023-06-01", "2023-12-31").build();
    assertThat(validateWith(first(), adjoining, later).issues()).isEmpty();
    assertThat(validateWith(first(), later, adjoining).issues()).isEmpty();
    Mandate afterAMonth = mandate("UNTM", "S/RES/90002 (2021)", "2022-02-01", "2022-12-31").build();
    ValidationIssue gap = issue("WPS-MND-004", W, "$.end", M1,
        "The mandate ends on 2021-12-31 but the next mandate UNTM S/RES/90002 (2021) of the"
            + " mission starts on 2022-02-01, leaving 31 days without a mandate");
    assertThat(validateWith(first(), afterAMonth, later).issues()).containsExactly(gap);
    assertThat(validateWith(first(), later, afterAMonth).issues()).containsExactly(gap);
  }

  @Test
  void mnd004NoGapWhenAnOverlappingMandateCarriesOn() {
    // 90003 runs past the first mandate's end into the next one: an overlap (MND-003), no gap.
    Mandate bridge = mandate("UNTM", "S/RES/90003 (2019)", "2021-06-01", "2022-03-01").build();
    Mandate next = mandate("UNTM", "S/RES/90002 (2021)", "2022-02-01", "2022-12-31").build();
    assertThat(validateWith(first(), bridge, next).issues())
        .extracting(i -> i.ruleId().toString()).containsExactly("WPS-MND-003");
  }

  @Test
  void mnd005RunsPastTheMissionsClosure() {
    Mandate m = mandate("UNCM", "S/RES/90003 (2019)", "2019-07-01", "2020-07-31").build();
    assertThat(validate(m).issues()).containsExactly(
        issue("WPS-MND-005", E, "$.end", "UNCM S/RES/90003 (2019)",
            "The mandate ends on 2020-07-31, after the mandate of UNCM ended on 2020-06-30"));
    Mandate toTheEnd = mandate("UNCM", "S/RES/90003 (2019)", "2019-07-01", "2020-06-30").build();
    assertThat(validate(toTheEnd)).isEqualTo(Fixtures.NOTHING_FOUND);
  }

  @Test
  void mnd006MissionUnknown() {
    Mandate m = mandate("UNXX", "S/RES/90001 (2020)", "2021-01-01", "2021-12-31").build();
    ValidationReport report = validate(m);
    assertThat(report.issues()).containsExactly(
        issue("WPS-MND-006", E, "$.mission", "UNXX S/RES/90001 (2020)",
            "The mission UNXX is not in the validation context"));
    assertThat(report.skipped()).containsExactly(
        SkippedRule.of(RuleId.parse("WPS-MND-005"), "UNXX S/RES/90001 (2020)",
            "the mission UNXX is not in the validation context"));
  }

  @Test
  void mnd007WpsTaskCitesNoWpsResolution() {
    Mandate m = mandate("UNTM", "S/RES/90001 (2020)", "2021-01-01", "2021-12-31")
        .addTasks(MandateTask.of(TaskCategory.POLITICAL_PROCESS, "Support the peace process"))
        .addTasks(MandateTask.of(TaskCategory.GENDER_MAINSTREAMING, "Mainstream gender"))
        .addTasks(MandateTask.builder().category(TaskCategory.WOMENS_PARTICIPATION)
            .description("Women's participation")
            .addCitedResolutions(ReferenceCatalogSymbols.S2538).build())
        .build();
    assertThat(validate(m).issues()).containsExactly(
        issue("WPS-MND-007", W, "$.tasks[1].citedResolutions", M1,
            "The WPS task 'Gender mainstreaming' cites no WPS-agenda resolution; it cites none"),
        issue("WPS-MND-007", W, "$.tasks[2].citedResolutions", M1,
            "The WPS task 'Women's participation in political processes' cites no WPS-agenda resolution; it cites"
                + " [S/RES/2538 (2020)]"));
  }

  @Test
  void mnd007CitedResolutionUnknownIsSkipped() {
    Mandate m = mandate("UNTM", "S/RES/90001 (2020)", "2021-01-01", "2021-12-31")
        .addTasks(MandateTask.builder().category(TaskCategory.SGBV_PROTECTION)
            .description("Protect").addCitedResolutions(ResolutionSymbol.of(90500, 2021)).build())
        .build();
    ValidationReport report = validate(m);
    assertThat(report.issues()).isEmpty();
    assertThat(report.skipped()).containsExactly(
        SkippedRule.of(RuleId.parse("WPS-MND-007"), M1,
            "tasks[0] cites S/RES/90500 (2021), which is not in the validation context"));
  }

  /** A UNTM mandate in force on the table's date, with a CRSV task. */
  static Mandate withCrsvTask() {
    return mandate("UNTM", "S/RES/90001 (2020)", "2021-01-01", "2021-12-31")
        .addTasks(MandateTask.builder().category(TaskCategory.CRSV_MONITORING_AND_REPORTING)
            .description("Monitor CRSV").addCitedResolutions(ResolutionSymbol.of(1960, 2010))
            .build())
        .build();
  }

  @Test
  void mnd008CrsvTasksWithoutWomenProtectionAdvisers() {
    GenderStaffingTable noWpa = table("UNTM", "2021-06-01", seniorGenderAdviser("UNTM"));
    assertThat(validateWith(noWpa, withCrsvTask()).issues()).containsExactly(
        issue("WPS-MND-008", W, "$.posts", "UNTM 2021-06-01",
            "The staffing table has no Women Protection Adviser post, but the mandate " + M1
                + " in force on 2021-06-01 has the task 'CRSV monitoring, analysis and reporting'"));
    GenderStaffingTable withWpa = table("UNTM", "2021-06-01", seniorGenderAdviser("UNTM"),
        post("WPA-1", "UNTM", GenderRole.WOMEN_PROTECTION_ADVISER, MissionComponent.CIVILIAN,
            ReportingLine.SENIOR_WOMEN_PROTECTION_ADVISER));
    assertThat(validateWith(withWpa, withCrsvTask())).isEqualTo(Fixtures.NOTHING_FOUND);
    assertThat(validateWith(noWpa, first())).as("no CRSV task").isEqualTo(Fixtures.NOTHING_FOUND);
  }

  @Test
  void mnd008SkippedWithoutAMandateInForce() {
    GenderStaffingTable t = table("UNTM", "2023-06-01", seniorGenderAdviser("UNTM"));
    ValidationReport report = validateWith(t, withCrsvTask());
    assertThat(report.issues()).isEmpty();
    assertThat(report.skipped()).containsExactly(
        SkippedRule.of(RuleId.parse("WPS-MND-008"), "UNTM 2023-06-01",
            "no mandate of UNTM in force on 2023-06-01 is in the validation context"));
  }

  @Test
  void everyMandateRuleIsInTheCatalogue() {
    assertThat(RuleCatalogue.rules()).filteredOn(d -> d.id().area().equals("MND"))
        .extracting(d -> d.id().toString())
        .containsExactly("WPS-MND-001", "WPS-MND-002", "WPS-MND-003", "WPS-MND-004",
            "WPS-MND-005", "WPS-MND-006", "WPS-MND-007", "WPS-MND-008");
  }

  /** Symbols of the reference catalog used here. */
  static final class ReferenceCatalogSymbols {
    static final ResolutionSymbol S2538 = ResolutionSymbol.of(2538, 2020);

    private ReferenceCatalogSymbols() {}
  }
}
