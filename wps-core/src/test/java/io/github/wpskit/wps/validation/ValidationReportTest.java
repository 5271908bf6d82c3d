package io.github.wpskit.wps.validation;

import static io.github.wpskit.wps.validation.Fixtures.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  private static final ValidationIssue YEAR =
      issue("WPS-RES-001", Severity.ERROR, "$.adopted", "S/RES/1325 (2001)",
          "The symbol S/RES/1325 (2001) carries the year 2001 but the resolution was adopted on"
              + " 2000-10-31");
  private static final ValidationIssue PILLAR =
      issue("WPS-RES-006", Severity.WARNING, "$.pillars", "S/RES/1325 (2001)",
          "The WPS-agenda resolution S/RES/1325 (2001) names no WPS pillar");
  private static final ValidationIssue INFO =
      issue("WPS-ORG-001", Severity.INFO, "$.title", "S/RES/1820 (2008)",
          "Resolution S/RES/1820 (2008) has no title");
  private static final SkippedRule NO_VOTE =
      SkippedRule.of(RuleId.parse("WPS-RES-004"), "S/RES/1325 (2001)", "no vote recorded");

  @Test
  void sortsIssuesAndCountsThemPerSeverity() {
    ValidationReport report = ValidationReport.of(List.of(INFO, PILLAR, YEAR), List.of(NO_VOTE));
    assertThat(report.issues()).containsExactly(YEAR, PILLAR, INFO);
    assertThat(report.errorCount()).isEqualTo(1);
    assertThat(report.warningCount()).isEqualTo(1);
    assertThat(report.infoCount()).isEqualTo(1);
    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void warningsAndInfoDoNotMakeAReportInvalid() {
    assertThat(ValidationReport.of(List.of(PILLAR, INFO), List.of()).isValid()).isTrue();
  }

  @Test
  void emptyIsOneSharedValidValue() {
    assertThat(ValidationReport.of(List.of(), List.of())).isSameAs(ValidationReport.empty());
    assertThat(ValidationReport.empty().isValid()).isTrue();
    assertThat(ValidationReport.empty().issues()).isEmpty();
    assertThat(ValidationReport.empty().skipped()).isEmpty();
  }

  @Test
  void rendersTextForPeople() {
    ValidationReport report = ValidationReport.of(List.of(INFO, PILLAR, YEAR), List.of(NO_VOTE));
    assertThat(report.toText())
        .isEqualTo(
            "Validation report: INVALID (errors: 1, warnings: 1, info: 1, skipped: 1)\n"
                + "wps " + Validator.LIBRARY_VERSION + ", rule catalogue 2\n"
                + "\n"
                + "S/RES/1325 (2001)\n"
                + "  ERROR WPS-RES-001 at $.adopted\n"
                + "    The symbol S/RES/1325 (2001) carries the year 2001 but the resolution was"
                + " adopted on 2000-10-31\n"
                + "    Source: " + YEAR.source() + "\n"
                + "  WARNING WPS-RES-006 at $.pillars\n"
                + "    The WPS-agenda resolution S/RES/1325 (2001) names no WPS pillar\n"
                + "    Source: " + PILLAR.source() + "\n"
                + "\n"
                + "S/RES/1820 (2008)\n"
                + "  INFO WPS-ORG-001 at $.title\n"
                + "    Resolution S/RES/1820 (2008) has no title\n"
                + "    Source: Test policy\n"
                + "\n"
                + "Skipped (data absent):\n"
                + "  S/RES/1325 (2001) WPS-RES-004: no vote recorded\n");
  }

  @Test
  void rendersAnEmptyReport() {
    assertThat(ValidationReport.empty().toText())
        .isEqualTo(
            "Validation report: VALID (errors: 0, warnings: 0, info: 0, skipped: 0)\n"
                + "wps " + Validator.LIBRARY_VERSION + ", rule catalogue 2\n"
                + "\n"
                + "No issues.\n");
  }

  @Test
  void aValidatorsReportsNameTheContextsKnowledgeHorizon() {
    Validator catalog = Fixtures.catalogValidator();
    ValidationReport found = catalog.validate(Fixtures.deployment(
        "UNXX", "RWA", io.github.wpskit.wps.mission.PersonnelType.MILITARY_CONTINGENTS,
        "2025-01-31", 1, 9));
    assertThat(found.knowledgeHorizon()).contains(LocalDate.of(2026, 1, 27));
    assertThat(found.toText()).startsWith(
        "Validation report: INVALID (errors: 1, warnings: 0, info: 0, skipped: 2)\n"
            + "wps " + Validator.LIBRARY_VERSION + ", rule catalogue 2, reference catalog to"
            + " 2026-01-27\n");
    // Nothing found: one shared empty report per validator, naming the horizon, not copied.
    ValidationReport none = catalog.validate(Fixtures.res1325());
    assertThat(none.issues()).isEmpty();
    assertThat(none.skipped()).isEmpty();
    assertThat(none.knowledgeHorizon()).contains(LocalDate.of(2026, 1, 27));
    assertThat(catalog.validate(Fixtures.res1325())).isSameAs(none);
    assertThat(catalog.validateAll(List.of())).isSameAs(none);
    // Without a catalog there is no horizon, and nothing found is the shared empty report.
    assertThat(Fixtures.validator().validate(Fixtures.res1325())).isSameAs(ValidationReport.empty());
  }

  @Test
  void mergeNamesTheEarlierHorizon() {
    ValidationReport a = ValidationReport.of(List.of(YEAR), List.of(), Validator.LIBRARY_VERSION,
        RuleCatalogue.VERSION, LocalDate.of(2026, 1, 27));
    ValidationReport b = ValidationReport.of(List.of(PILLAR), List.of(), Validator.LIBRARY_VERSION,
        RuleCatalogue.VERSION, LocalDate.of(2025, 10, 31));
    assertThat(a.merge(b).knowledgeHorizon()).contains(LocalDate.of(2025, 10, 31));
    assertThat(b.merge(a).knowledgeHorizon()).contains(LocalDate.of(2025, 10, 31));
    assertThat(a.merge(ValidationReport.empty())).isSameAs(a);
    assertThat(ValidationReport.empty().merge(a)).isSameAs(a);
    assertThat(ValidationReport.of(List.of(INFO), List.of()).merge(a).knowledgeHorizon())
        .contains(LocalDate.of(2026, 1, 27));
    assertThat(ValidationReport.of(List.of(), List.of(), Validator.LIBRARY_VERSION,
        RuleCatalogue.VERSION, null)).isSameAs(ValidationReport.empty());
  }

  @Test
  void issueToStringIsOneLine() {
    assertThat(PILLAR.toString())
        .isEqualTo(
            "WARNING WPS-RES-006 S/RES/1325 (2001) $.pillars: The WPS-agenda resolution S/RES/1325"
                + " (2001) names no WPS pillar (source: " + PILLAR.source() + ")");
    assertThat(NO_VOTE.toString()).isEqualTo("WPS-RES-004 S/RES/1325 (2001): no vote recorded");
  }

  @Test
  void mergeCombinesAndSortsAgain() {
    ValidationReport a = ValidationReport.of(List.of(INFO), List.of());
    ValidationReport b = ValidationReport.of(List.of(YEAR, PILLAR), List.of(NO_VOTE));
    ValidationReport merged = a.merge(b);
    assertThat(merged).isEqualTo(ValidationReport.of(List.of(YEAR, PILLAR, INFO), List.of(NO_VOTE)));
    assertThat(merged).isEqualTo(b.merge(a));
    assertThat(a.merge(ValidationReport.empty())).isSameAs(a);
    assertThat(ValidationReport.empty().merge(b)).isSameAs(b);
  }

  @Test
  void mergeRefusesReportsOfAnotherVersion() {
    ValidationReport other =
        ImmutableValidationReport.builder().libraryVersion("0.0.9").catalogueVersion("0").build();
    assertThatThrownBy(() -> ValidationReport.empty().merge(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot merge reports of library " + Validator.LIBRARY_VERSION + ", rule catalogue 2"
                + " and library 0.0.9, rule catalogue 0");
  }

  @Test
  void reportOfAnotherVersionKeepsItsVersionsAndSortsLikeTheOthers() {
    ValidationReport report =
        ValidationReport.of(List.of(INFO, YEAR), List.of(NO_VOTE), "0.0.9", "0");
    assertThat(report.libraryVersion()).isEqualTo("0.0.9");
    assertThat(report.catalogueVersion()).isEqualTo("0");
    assertThat(report.issues()).containsExactly(YEAR, INFO);
    assertThat(report).isEqualTo(
        ValidationReport.of(List.of(YEAR, INFO), List.of(NO_VOTE), "0.0.9", "0"));
    assertThat(ValidationReport.of(List.of(), List.of(), Validator.LIBRARY_VERSION,
        RuleCatalogue.VERSION)).isSameAs(ValidationReport.empty());
  }

  @Test
  void reportOfAnotherVersionRefusesABlankVersion() {
    assertThatThrownBy(() -> ValidationReport.of(List.of(), List.of(), " ", "1"))
        .hasMessage(
            "Invalid value for ValidationReport.libraryVersion (must not be blank): \" \"");
    assertThatThrownBy(() -> ValidationReport.of(List.of(), List.of(), "0.1.0", "1 "))
        .hasMessage("Invalid value for ValidationReport.catalogueVersion (must not start or end"
            + " with white space): \"1 \"");
  }

  @Test
  void issuesRefuseBlankTexts() {
    assertThatThrownBy(() -> issue("WPS-RES-001", Severity.ERROR, "$", " ", "m"))
        .hasMessage("Invalid value for ValidationIssue.objectId (must not be blank): \" \"");
  }
}
