package io.github.wpskit.wps.json;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.compact.CompactCommitment;
import io.github.wpskit.wps.compact.CompactReport;
import io.github.wpskit.wps.compact.FrameworkActionCode;
import io.github.wpskit.wps.compact.Indicator;
import io.github.wpskit.wps.compact.ProgressEntry;
import io.github.wpskit.wps.compact.ProgressRating;
import io.github.wpskit.wps.compact.Signatory;
import io.github.wpskit.wps.compact.SignatoryKind;
import io.github.wpskit.wps.compact.ThematicArea;
import io.github.wpskit.wps.gender.GenderFunction;
import io.github.wpskit.wps.gender.GenderPost;
import io.github.wpskit.wps.gender.GenderRole;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.gender.MissionComponent;
import io.github.wpskit.wps.gender.PostStatus;
import io.github.wpskit.wps.gender.ReportingLine;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.MandateTask;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.PersonnelType;
import io.github.wpskit.wps.mission.TaskCategory;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import io.github.wpskit.wps.parity.ParityTargets;
import io.github.wpskit.wps.policy.A4pPriorityArea;
import io.github.wpskit.wps.policy.CallToActionCommitment;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.validation.Location;
import io.github.wpskit.wps.validation.RuleId;
import io.github.wpskit.wps.validation.Severity;
import io.github.wpskit.wps.validation.SkippedRule;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;

/**
 * The values behind the golden files, one per document kind. Resolution 1325 (2000), MINUSMA and the
 * UGPS targets come from the reference catalog's confirmed facts; the others describe the fictional
 * mission EXAMPLE in the year 2090 and are marked illustrative, so no UN fact is invented. The
 * catalog is the standard reference catalog itself.
 */
final class Samples {
  static final MissionAcronym EXAMPLE = MissionAcronym.parse("EXAMPLE");

  static final Mission MISSION =
      ReferenceCatalog.standard().mission(MissionAcronym.parse("MINUSMA")).orElseThrow();

  static final Mandate MANDATE =
      Mandate.builder()
          .mission(EXAMPLE)
          .authorisedBy(ResolutionSymbol.of(9990, 2090))
          .start(LocalDate.of(2090, 4, 1))
          .end(LocalDate.of(2091, 3, 31))
          .putAuthorisedStrength(PersonnelType.MILITARY_CONTINGENTS, 5000)
          .putAuthorisedStrength(PersonnelType.INDIVIDUAL_POLICE_OFFICERS, 250)
          .addTasks(
              MandateTask.builder()
                  .category(TaskCategory.GENDER_MAINSTREAMING)
                  .description("Illustrative task: mainstream gender across the mandate")
                  .addCitedResolutions(ResolutionSymbol.of(1325, 2000),
                      ResolutionSymbol.of(2242, 2015))
                  .addPolicyReferences(A4pPriorityArea.WOMEN_PEACE_AND_SECURITY)
                  .build(),
              MandateTask.of(TaskCategory.PROTECTION_OF_CIVILIANS,
                  "Illustrative task: protect civilians"))
          .build();

  static final GenderStaffingTable GENDER_STAFFING_TABLE =
      GenderStaffingTable.builder()
          .mission(EXAMPLE)
          .asOf(LocalDate.of(2090, 1, 1))
          .addPosts(
              GenderPost.builder()
                  .postId("EX-GA-001")
                  .mission(EXAMPLE)
                  .role(GenderRole.SENIOR_GENDER_ADVISER)
                  .component(MissionComponent.CIVILIAN)
                  .level("P-5")
                  .reportingLine(ReportingLine.MISSION_LEADERSHIP)
                  .addFunctions(GenderFunction.STRATEGIC_ADVICE, GenderFunction.TECHNICAL_GUIDANCE)
                  .status(PostStatus.FILLED)
                  .build(),
              GenderPost.builder()
                  .postId("EX-MGA-002")
                  .mission(EXAMPLE)
                  .role(GenderRole.MILITARY_GENDER_ADVISER)
                  .component(MissionComponent.MILITARY)
                  .reportingLine(ReportingLine.FORCE_COMMANDER)
                  .status(PostStatus.VACANT)
                  .build())
          .build();

  static final CompactCommitment COMPACT_COMMITMENT =
      CompactCommitment.builder()
          .id("EX-2090-001")
          .signatory("Example signatory (illustrative)")
          .thematicArea(ThematicArea.A)
          .action(FrameworkActionCode.parse("A.1.1"))
          .description("Illustrative commitment; not real data")
          .targetYear(Year.of(2090))
          .addIndicators(
              Indicator.builder().name("Illustrative indicator").unit("percent").baseline(0)
                  .target(50).latest(12.5).build())
          .addPolicyReferences(A4pPriorityArea.WOMEN_PEACE_AND_SECURITY,
              CallToActionCommitment.GENDER_DATA_REVOLUTION)
          .build();

  static final Signatory SIGNATORY =
      Signatory.builder()
          .name("Example signatory (illustrative)")
          .kind(SignatoryKind.CIVIL_SOCIETY)
          .country(CountryCode.parse("NOR"))
          .build();

  static final CompactReport COMPACT_REPORT =
      CompactReport.builder()
          .signatory("Example signatory (illustrative)")
          .reportingYear(Year.of(2090))
          .submitted(LocalDate.of(2091, 3, 31))
          .addEntries(
              ProgressEntry.builder().commitmentId("EX-2090-001").rating(ProgressRating.MET)
                  .note("Illustrative entry").build(),
              ProgressEntry.of("EX-2090-002", ProgressRating.NO_PROGRESS))
          .build();

  static final Deployment DEPLOYMENT =
      Deployment.builder()
          .mission(EXAMPLE)
          .contributingCountry(CountryCode.parse("NOR"))
          .personnelType(PersonnelType.FORMED_POLICE_UNITS)
          .reportingDate(LocalDate.of(2090, 6, 30))
          .women(12)
          .men(128)
          .build();

  static final ParityTargets PARITY_TARGETS = ParityTargets.ugps();

  /**
   * Illustrative targets for 2090 (no such targets exist), one of them a decimal, and none for
   * individual police officers, so the sample shows a row without a target.
   */
  static final ParityTargets PARITY_TARGETS_2090 =
      ParityTargets.builder()
          .addTargets(
              ParityTarget.of(ParityTargetGroup.MILITARY_CONTINGENTS, Year.of(2090), 17.5),
              ParityTarget.of(ParityTargetGroup.FORMED_POLICE_UNITS, Year.of(2090), 20))
          .build();

  /**
   * The analysis of illustrative EXAMPLE figures for June 2090, with every colour status: NOR's
   * troops exactly at the target (green, shortfall 0), GHA's exactly at 0.1% (yellow), NPL's without
   * women (red), SWE's below 0.1%, SWE's police without a target, and justice and corrections
   * personnel counted as nobody (a total of 0: no share).
   */
  static final ParityAnalysis PARITY_ANALYSIS =
      ParityAnalysis.of(
          List.of(
              deployment("NOR", PersonnelType.MILITARY_CONTINGENTS, 35, 165),
              deployment("GHA", PersonnelType.MILITARY_CONTINGENTS, 1, 999),
              deployment("NPL", PersonnelType.MILITARY_CONTINGENTS, 0, 500),
              deployment("SWE", PersonnelType.MILITARY_CONTINGENTS, 1, 1999),
              deployment("NOR", PersonnelType.FORMED_POLICE_UNITS, 12, 128),
              deployment("SWE", PersonnelType.INDIVIDUAL_POLICE_OFFICERS, 3, 7),
              deployment("GHA", PersonnelType.JUSTICE_AND_CORRECTIONS, 0, 0)),
          PARITY_TARGETS_2090);

  private static Deployment deployment(String country, PersonnelType type, int women, int men) {
    return Deployment.builder()
        .mission(EXAMPLE)
        .contributingCountry(CountryCode.parse(country))
        .personnelType(type)
        .reportingDate(LocalDate.of(2090, 6, 30))
        .women(women)
        .men(men)
        .build();
  }

  /**
   * An illustrative report on the EXAMPLE mandate and deployment, with the messages and sources the
   * built-in rules give; the versions are fixed so the golden file does not change with releases.
   */
  static final ValidationReport VALIDATION_REPORT =
      ValidationReport.of(
          List.of(
              ValidationIssue.of(RuleId.parse("WPS-MND-001"), Severity.ERROR,
                  Location.parse("$.authorisedBy"), "EXAMPLE S/RES/9990 (2090)",
                  "The authorising resolution S/RES/9990 (2090) is not in the validation context",
                  "Consistency of the record: Security Council resolutions create and renew"
                      + " mandates"),
              ValidationIssue.of(RuleId.parse("WPS-MND-006"), Severity.ERROR,
                  Location.parse("$.mission"), "EXAMPLE S/RES/9990 (2090)",
                  "The mission EXAMPLE is not in the validation context",
                  "Consistency of the record: a mandate belongs to a mission"),
              ValidationIssue.of(RuleId.parse("WPS-MND-007"), Severity.WARNING,
                  Location.parse("$.tasks[0].citedResolutions"), "EXAMPLE S/RES/9990 (2090)",
                  "The WPS task 'Gender mainstreaming' cites no WPS-agenda resolution; it cites"
                      + " [S/RES/2538 (2020)]",
                  "The WPS agenda: S/RES/1325 (2000) to S/RES/2493 (2019), marked wpsAgenda in the"
                      + " reference catalog"),
              ValidationIssue.of(RuleId.parse("WPS-PAR-005"), Severity.INFO, Location.root(),
                  "EXAMPLE NOR formed-police-units 2090-06-30",
                  "Nobody is counted (0 women, 0 men), so the figures say nothing about parity",
                  "Consistency of the record: a share needs a total")),
          List.of(
              SkippedRule.of(RuleId.parse("WPS-MND-002"), "EXAMPLE S/RES/9990 (2090)",
                  "the resolution S/RES/9990 (2090) is not in the validation context"),
              SkippedRule.of(RuleId.parse("WPS-PAR-004"),
                  "EXAMPLE NOR formed-police-units 2090-06-30",
                  "the mission EXAMPLE is not in the validation context")),
          "0.1.0-SNAPSHOT",
          "1");

  /** The standard catalog: real, confirmed data. */
  static final ReferenceCatalog CATALOG = ReferenceCatalog.standard();

  static final Map<DocumentKind, Object> BY_KIND =
      Map.ofEntries(
          Map.entry(DocumentKind.RESOLUTION, ResolutionJsonTest.RES_1325),
          Map.entry(DocumentKind.MISSION, MISSION),
          Map.entry(DocumentKind.MANDATE, MANDATE),
          Map.entry(DocumentKind.GENDER_STAFFING_TABLE, GENDER_STAFFING_TABLE),
          Map.entry(DocumentKind.COMPACT_COMMITMENT, COMPACT_COMMITMENT),
          Map.entry(DocumentKind.COMPACT_REPORT, COMPACT_REPORT),
          Map.entry(DocumentKind.SIGNATORY, SIGNATORY),
          Map.entry(DocumentKind.DEPLOYMENT, DEPLOYMENT),
          Map.entry(DocumentKind.PARITY_TARGETS, PARITY_TARGETS),
          Map.entry(DocumentKind.PARITY_ANALYSIS, PARITY_ANALYSIS),
          Map.entry(DocumentKind.VALIDATION_REPORT, VALIDATION_REPORT),
          Map.entry(DocumentKind.CATALOG, CATALOG));

  private Samples() {}
}
