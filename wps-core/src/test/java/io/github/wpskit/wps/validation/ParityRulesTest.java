package io.github.wpskit.wps.validation;

import static io.github.wpskit.wps.mission.PersonnelType.MILITARY_CONTINGENTS;
import static io.github.wpskit.wps.mission.PersonnelType.MILITARY_OBSERVERS_AND_STAFF_OFFICERS;
import static io.github.wpskit.wps.validation.Fixtures.CATALOG;
import static io.github.wpskit.wps.validation.Fixtures.catalogValidator;
import static io.github.wpskit.wps.validation.Fixtures.deployment;
import static io.github.wpskit.wps.validation.Fixtures.issue;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.mission.Closure;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.parity.Deployment;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One passing and one failing case (at least) for every parity rule (WPS-PAR-*). */
class ParityRulesTest {
  private static final Severity E = Severity.ERROR;

  private static ValidationReport validate(Deployment d) {
    return catalogValidator().validate(d);
  }

  @Test
  void deploymentIdNamesMissionCountryCategoryAndDate() {
    assertThat(deployment("UNMISS", "RWA", MILITARY_CONTINGENTS, "2025-01-31", 1, 1).id())
        .isEqualTo("UNMISS RWA military-contingents 2025-01-31");
  }

  @Test
  void par002FiguresDuringWithdrawalAndLiquidationAreExpected() {
    // MINUSMA: mandate ended 2023-06-30, withdrawal by 2023-12-31, liquidation from 2024-01-01.
    for (String date : List.of("2023-07-31", "2023-12-31", "2024-01-31", "2024-11-30")) {
      Deployment d = deployment("MINUSMA", "SEN", MILITARY_OBSERVERS_AND_STAFF_OFFICERS, date, 20,
          80);
      assertThat(validate(d)).as(date).isEqualTo(Fixtures.NOTHING_FOUND);
    }
  }

  @Test
  void par002FiguresAfterTheLastDayOfPresence() {
    Mission closed = Mission.builder().acronym(MissionAcronym.parse("UNCM"))
        .established(java.time.Year.of(2010))
        .closure(Closure.builder().mandateEnded(LocalDate.of(2020, 6, 30))
            .withdrawalDeadline(LocalDate.of(2020, 12, 31)).build()).build();
    ValidationContext ctx = CATALOG.toBuilder().add(closed).build();
    Deployment d = deployment("UNCM", "SEN", MILITARY_CONTINGENTS, "2021-01-31", 20, 80);
    assertThat(Validator.of(ctx).validate(d).issues()).containsExactly(
        issue("WPS-PAR-002", E, "$.reportingDate", "UNCM SEN military-contingents 2021-01-31",
            "Figures dated 2021-01-31, after UNCM closed (last day of presence 2020-12-31)"));
    Deployment lastDay = deployment("UNCM", "SEN", MILITARY_CONTINGENTS, "2020-12-31", 20, 80);
    assertThat(Validator.of(ctx).validate(lastDay).issues()).isEmpty();
  }

  @Test
  void par002TheHorizonAppliesToTheCatalogsMissionsNotTheCallers() {
    Mission own = Mission.builder().acronym(MissionAcronym.parse("UNTSO"))
        .established(java.time.Year.of(1948)).build();
    ValidationContext ctx = CATALOG.toBuilder().add(own).build();
    assertThat(ctx.knowledgeHorizon()).contains(LocalDate.of(2026, 1, 27));
    Deployment d = deployment("UNTSO", "FIN", MILITARY_OBSERVERS_AND_STAFF_OFFICERS, "2026-02-28",
        2, 8);
    assertThat(Validator.of(ctx).validate(d).skipped()).extracting(s -> s.ruleId().toString())
        .doesNotContain("WPS-PAR-002");
  }

  @Test
  void par002SkippedPastTheKnowledgeHorizonWithTheReason() {
    Deployment d = deployment("UNTSO", "FIN", MILITARY_OBSERVERS_AND_STAFF_OFFICERS, "2026-02-28",
        2, 8);
    assertThat(validate(d).skipped()).containsExactly(
        SkippedRule.of(RuleId.parse("WPS-PAR-002"),
            "UNTSO FIN military-observers-and-staff-officers 2026-02-28",
            "whether UNTSO had personnel on 2026-02-28 is not known: 2026-02-28 is after the"
                + " knowledge horizon 2026-01-27 and no confirmed mandate of UNTSO runs to it"));
    Deployment mandate = deployment("UNMISS", "RWA", MILITARY_CONTINGENTS, "2026-05-31", 10, 90);
    assertThat(validate(mandate).skipped()).extracting(SkippedRule::reason).contains(
        "whether UNMISS had personnel on 2026-05-31 is not known: the mandate of UNMISS is"
            + " confirmed until 2026-04-30 only");
    // Within the last confirmed mandate, beyond the horizon: known.
    Deployment confirmed = deployment("UNFICYP", "GBR", MILITARY_CONTINGENTS, "2026-12-31", 10,
        90);
    assertThat(validate(confirmed).skipped()).extracting(s -> s.ruleId().toString())
        .doesNotContain("WPS-PAR-002");
  }

  @Test
  void par003MissionUnknown() {
    Deployment d = deployment("UNXX", "RWA", MILITARY_CONTINGENTS, "2025-01-31", 10, 90);
    ValidationReport report = validate(d);
    assertThat(report.issues()).containsExactly(
        issue("WPS-PAR-003", E, "$.mission", "UNXX RWA military-contingents 2025-01-31",
            "The mission UNXX is not in the validation context"));
    assertThat(report.skipped()).extracting(s -> s.ruleId().toString())
        .containsExactly("WPS-PAR-002", "WPS-PAR-004");
  }

  @Test
  void par004FiguresBeforeTheMissionStarted() {
    Deployment early = deployment("UNMISS", "RWA", MILITARY_CONTINGENTS, "2011-07-08", 10, 90);
    assertThat(validate(early).issues()).containsExactly(
        issue("WPS-PAR-004", E, "$.reportingDate", "UNMISS RWA military-contingents 2011-07-08",
            "Figures dated 2011-07-08, but UNMISS started on 2011-07-09"));
    Deployment unifil = deployment("UNIFIL", "GHA", MILITARY_CONTINGENTS, "1977-12-31", 10, 90);
    assertThat(validate(unifil).issues()).containsExactly(
        issue("WPS-PAR-004", E, "$.reportingDate", "UNIFIL GHA military-contingents 1977-12-31",
            "Figures dated 1977-12-31, but UNIFIL was established in 1978"));
    Deployment firstDay = deployment("UNMISS", "RWA", MILITARY_CONTINGENTS, "2011-07-09", 10, 90);
    assertThat(validate(firstDay).issues()).isEmpty();
  }

  @Test
  void par004SkippedWhenTheMissionsBeginningIsUnknown() {
    Deployment d = deployment("UNITAMS", "RWA", MILITARY_CONTINGENTS, "2023-01-31", 10, 90);
    assertThat(validate(d).skipped()).containsExactly(
        SkippedRule.of(RuleId.parse("WPS-PAR-002"), "UNITAMS RWA military-contingents 2023-01-31",
            "whether UNITAMS had personnel on 2023-01-31 is not known: neither the start date nor"
                + " the year of establishment of UNITAMS is known"),
        SkippedRule.of(RuleId.parse("WPS-PAR-004"), "UNITAMS RWA military-contingents 2023-01-31",
            "neither the start date nor the year of establishment of UNITAMS is known"));
  }

  @Test
  void par005NobodyCounted() {
    Deployment d = deployment("UNMISS", "RWA", MILITARY_CONTINGENTS, "2025-01-31", 0, 0);
    assertThat(validate(d).issues()).containsExactly(
        issue("WPS-PAR-005", Severity.INFO, "$", "UNMISS RWA military-contingents 2025-01-31",
            "Nobody is counted (0 women, 0 men), so the figures say nothing about parity"));
  }

  /**
   * Issue #6 goal: validating a valid deployment record allocates no more than the report it
   * returns, which is the shared empty report. Counts bytes, not time, so it does not depend on the
   * machine; the bound (under one byte per validation on average) leaves room for the measurement.
   */
  @Test
  void validatingAValidDeploymentAllocatesNothing() {
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Validator v = catalogValidator();
    Deployment[] data = {
        deployment("UNMISS", "RWA", MILITARY_CONTINGENTS, "2025-01-31", 100, 900),
        deployment("MINUSCA", "RWA", MILITARY_OBSERVERS_AND_STAFF_OFFICERS, "2024-06-30", 30, 70),
        deployment("MINUSMA", "SEN", MILITARY_CONTINGENTS, "2023-06-30", 10, 90),
    };
    int n = 100_000;
    int nonEmpty = 0;
    // The validator's one shared report of nothing found (it names the catalog's horizon).
    ValidationReport none = v.validate(data[0]);
    assertThat(none).isEqualTo(Fixtures.NOTHING_FOUND);
    for (int i = 0; i < n; i++) {
      nonEmpty += v.validate(data[i % data.length]) == none ? 0 : 1;
    }
    long before = mx.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < n; i++) {
      nonEmpty += v.validate(data[i % data.length]) == none ? 0 : 1;
    }
    long allocated = mx.getCurrentThreadAllocatedBytes() - before;
    assertThat(nonEmpty).isZero();
    assertThat(allocated).as("bytes allocated by %s validations", n).isLessThan(n);
  }

  @Test
  void everyParityRuleIsInTheCatalogue() {
    assertThat(RuleCatalogue.rules()).filteredOn(d -> d.id().area().equals("PAR"))
        .extracting(d -> d.id().toString())
        .containsExactly("WPS-PAR-001", "WPS-PAR-002", "WPS-PAR-003", "WPS-PAR-004",
            "WPS-PAR-005");
  }
}
