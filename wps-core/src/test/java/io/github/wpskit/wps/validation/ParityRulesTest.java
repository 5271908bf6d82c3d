package io.github.wpskit.wps.validation;

import static io.github.wpskit.wps.mission.PersonnelType.FORMED_POLICE_UNITS;
import static io.github.wpskit.wps.mission.PersonnelType.MILITARY_CONTINGENTS;
import static io.github.wpskit.wps.mission.PersonnelType.MILITARY_OBSERVERS_AND_STAFF_OFFICERS;
import static io.github.wpskit.wps.validation.Fixtures.CATALOG;
import static io.github.wpskit.wps.validation.Fixtures.catalogValidator;
import static io.github.wpskit.wps.validation.Fixtures.deployment;
import static io.github.wpskit.wps.validation.Fixtures.issue;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import io.github.wpskit.wps.parity.ParityTargets;
import java.lang.management.ManagementFactory;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
  void par002FiguresAfterTheMissionClosed() {
    Deployment d = deployment("MINUSMA", "SEN", MILITARY_OBSERVERS_AND_STAFF_OFFICERS,
        "2024-01-31", 20, 80);
    assertThat(validate(d).issues()).containsExactly(
        issue("WPS-PAR-002", E, "$.reportingDate",
            "MINUSMA SEN military-observers-and-staff-officers 2024-01-31",
            "Figures dated 2024-01-31, after MINUSMA closed (last day of presence 2023-12-31)"));
    Deployment lastDay = deployment("MINUSMA", "SEN", MILITARY_OBSERVERS_AND_STAFF_OFFICERS,
        "2023-12-31", 20, 80);
    assertThat(validate(lastDay)).isSameAs(ValidationReport.empty());
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
    Deployment d = deployment("UNAMID", "RWA", MILITARY_CONTINGENTS, "2021-01-31", 10, 90);
    assertThat(validate(d).skipped()).containsExactly(
        SkippedRule.of(RuleId.parse("WPS-PAR-004"), "UNAMID RWA military-contingents 2021-01-31",
            "neither the start date nor the year of establishment of UNAMID is known"));
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
    for (int i = 0; i < n; i++) {
      nonEmpty += v.validate(data[i % data.length]) == ValidationReport.empty() ? 0 : 1;
    }
    long before = mx.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < n; i++) {
      nonEmpty += v.validate(data[i % data.length]) == ValidationReport.empty() ? 0 : 1;
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
