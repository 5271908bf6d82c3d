package io.github.wpskit.wps.parity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.validation.RuleId;
import io.github.wpskit.wps.validation.SkippedRule;
import io.github.wpskit.wps.validation.ValidationContext;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import io.github.wpskit.wps.validation.Validator;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WPS-PAR-001 on DPO's real monthly figures (January 2023 to June 2024): at most one finding per
 * country, target group and month. Per record, the rule gave 6,472 warnings and 3,657 skips here.
 */
class RealFiguresParityRuleTest {
  private static final RuleId PAR_001 = RuleId.parse("WPS-PAR-001");
  private static List<Deployment> records;
  private static ValidationContext catalog;

  @BeforeAll
  static void read() {
    records = DpoMonthlyFile.deployments();
    catalog = ValidationContext.of(ReferenceCatalog.standard());
  }

  private static List<ValidationIssue> par001(ValidationReport report) {
    return report.issues().stream().filter(i -> i.ruleId().equals(PAR_001)).toList();
  }

  @Test
  void withTheShippedTargetsEveryGroupAndYearIsSkippedOnce() {
    ValidationReport report = Validator.of(catalog).validateAll(records);
    assertThat(par001(report)).isEmpty();
    assertThat(report.skipped()).filteredOn(s -> s.ruleId().equals(PAR_001))
        .extracting(SkippedRule::objectId)
        .containsExactlyInAnyOrder(
            "military-contingents 2023", "military-observers-and-staff-officers 2023",
            "formed-police-units 2023", "individual-police-officers 2023",
            "military-contingents 2024", "military-observers-and-staff-officers 2024",
            "formed-police-units 2024", "individual-police-officers 2024");
  }

  @Test
  void withSuppliedTargetsThereIsAtMostOneFindingPerCountryGroupAndMonth() {
    // A user's choice, for the test only: 2021's values supplied for 2023 and 2024.
    ParityTargets targets = ParityTargets.ugps();
    for (int year = 2023; year <= 2024; year++) {
      targets = targets
          .withTarget(ParityTarget.of(ParityTargetGroup.MILITARY_CONTINGENTS, Year.of(year), 8))
          .withTarget(ParityTarget.of(
              ParityTargetGroup.MILITARY_OBSERVERS_AND_STAFF_OFFICERS, Year.of(year), 18));
    }
    ValidationReport report = Validator.of(catalog.toBuilder().parityTargets(targets).build())
        .validateAll(records);
    List<ValidationIssue> findings = par001(report);

    assertThat(findings).hasSize(1_394);
    assertThat(findings).extracting(ValidationIssue::objectId).doesNotHaveDuplicates();
    long belowInAnalysis = ParityAnalysis.of(records, targets).byCountry().stream()
        .filter(r -> r.shortfall().orElse(0) > 0).count();
    assertThat(findings).hasSize((int) belowInAnalysis);
    assertThat(findings).noneSatisfy(i -> assertThat(i.message()).contains("NaN"));
  }

  /**
   * The batch's context is a layer over the catalog: with the figures' missions in the batch as
   * documents of the caller's (each with the catalog's facts), the records' findings and skips are
   * those of the records alone (the figures end before the knowledge horizon, which a caller's
   * mission does not have).
   */
  @Test
  void theFiguresMissionsInTheBatchChangeNoFindingOfTheRecords() {
    java.util.Set<io.github.wpskit.wps.mission.MissionAcronym> named = new java.util.HashSet<>();
    records.forEach(d -> named.add(d.mission()));
    List<Object> batch = new java.util.ArrayList<>();
    java.util.Set<String> missionIds = new java.util.HashSet<>();
    for (var acronym : named) {
      batch.add(catalog.mission(acronym).orElseThrow());
      missionIds.add(acronym.value());
    }
    batch.addAll(records);
    ValidationReport alone = Validator.of(catalog).validateAll(records);
    ValidationReport together = Validator.of(catalog).validateAll(batch);
    assertThat(together.issues()).filteredOn(i -> !missionIds.contains(i.objectId()))
        .containsExactlyElementsOf(alone.issues());
    assertThat(together.skipped()).filteredOn(s -> !missionIds.contains(s.objectId()))
        .containsExactlyElementsOf(alone.skipped());
    assertThat(alone.skipped()).hasSize(2 * 1_329 + 8);
  }
}
