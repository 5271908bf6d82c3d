package io.github.wpskit.wps.validation;

import static io.github.wpskit.wps.mission.PersonnelType.MILITARY_CONTINGENTS;
import static io.github.wpskit.wps.validation.Fixtures.CATALOG;
import static io.github.wpskit.wps.validation.Fixtures.catalogValidator;
import static io.github.wpskit.wps.validation.Fixtures.deployment;
import static io.github.wpskit.wps.validation.Fixtures.issue;
import static io.github.wpskit.wps.validation.Fixtures.mandate;
import static io.github.wpskit.wps.validation.Fixtures.resolution;
import static io.github.wpskit.wps.validation.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.internal.Suggestions;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Did you mean ...?": the closest known mission or resolution in the findings of the rules that
 * report an unknown one (WPS-PAR-003, WPS-MND-006, WPS-GND-005, WPS-MND-001), and in the skips
 * for a resolution no rule reports; never a guess among many.
 */
class KnownTest {
  private static final Severity E = Severity.ERROR;

  /** Figures of January 2025 for a mission. */
  private static Deployment figures(String acronym) {
    return deployment(acronym, "RWA", MILITARY_CONTINGENTS, "2025-01-31", 10, 90);
  }

  private static String par003(String acronym) {
    List<ValidationIssue> issues = catalogValidator().validate(figures(acronym)).issues();
    assertThat(issues).extracting(i -> i.ruleId().toString()).containsExactly("WPS-PAR-003");
    return issues.get(0).message();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // A letter dropped, and one too many.
      "UNIFL|; did you mean UNIFIL?",
      "MINUSCAA|; did you mean MINUSCA?",
      // Two adjacent letters swapped: one edit, not two.
      "MONUCSO|; did you mean MONUSCO?",
      "MONSUCO|; did you mean MONUSCO?",
      // Equally close candidates, named in order, up to three.
      "MINUSKA|; did you mean MINUSCA or MINUSMA?",
      "UNMSIS|; did you mean UNMIS, UNMISS or UNSMIS?",
      "UNEF|; did you mean UNEF I, UNPF or UNSF?",
      // A cut-off acronym: the one known acronym it begins, however far, beside the closest.
      "UNPRO|; did you mean UNCRO or UNPROFOR?",
      "MINUSM|; did you mean MINUSMA?",
      // Three letters are enough to be cut off: BIN begins BINUH only.
      "BIN|; did you mean BINUH?",
  })
  void par003SuggestsTheClosestKnownMission(String acronym, String suggestion) {
    assertThat(par003(acronym))
        .isEqualTo("The mission " + acronym + " is not in the validation context" + suggestion);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // Nothing close.
      "UNXX", "ZZZZ", "WXYZABC",
      // Four letters allow one edit: IPXX is two from IPTF.
      "IPXX",
      // A guess among many: UNMIH, UNMIK, UNMIL, UNMIS, UNMIT, UNAMI are all one edit from UNMI.
      "UNMI",
      // MINUS is two edits from MINUSCA and MINUSMA and begins MINUSTAH too: four candidates.
      "MINUS",
  })
  void par003SuggestsNothingWhenNothingIsCloseOrManyAre(String acronym) {
    assertThat(par003(acronym))
        .isEqualTo("The mission " + acronym + " is not in the validation context");
  }

  @Test
  void mnd006AndGnd005SuggestToo() {
    ValidationReport mandate = catalogValidator().validate(
        mandate("UNMISSS", "S/RES/1325 (2000)", "2024-05-01", "2025-04-30").build());
    assertThat(mandate.issues()).contains(
        issue("WPS-MND-006", E, "$.mission", "UNMISSS S/RES/1325 (2000)",
            "The mission UNMISSS is not in the validation context; did you mean UNMISS?"));
    // The skip for want of the mission carries no suggestion: the finding beside it does.
    assertThat(mandate.skipped()).contains(
        SkippedRule.of(RuleId.parse("WPS-MND-005"), "UNMISSS S/RES/1325 (2000)",
            "the mission UNMISSS is not in the validation context"));
    ValidationReport table = catalogValidator().validate(table("MINUSAM", "2024-01-01"));
    assertThat(table.issues()).containsExactly(
        issue("WPS-GND-005", E, "$.mission", "MINUSAM 2024-01-01",
            "The mission MINUSAM is not in the validation context; did you mean MINUSMA?"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // The number is known with another year: each number has one year.
      "S/RES/1325 (2001)|; did you mean S/RES/1325 (2000)?",
      "S/RES/2106 (2014)|; did you mean S/RES/2106 (2013)?",
      // The year agrees and the number is one slip of a digit away.
      "S/RES/1352 (2000)|; did you mean S/RES/1325 (2000)?",
      "S/RES/1326 (2000)|; did you mean S/RES/1325 (2000)?",
      "S/RES/2101 (2013)|; did you mean S/RES/2100 (2013) or S/RES/2106 (2013)?",
      // A slip of a digit but another year: most likely another, real resolution.
      "S/RES/1326 (2001)|''",
      // Two digits off (the fixtures know S/RES/90002 (2021)).
      "S/RES/90099 (2021)|''",
  })
  void mnd001SuggestsTheClosestKnownResolution(String symbol, String suggestion) {
    ValidationReport report =
        catalogValidator().validate(mandate("UNMISS", symbol, "2024-05-01", "2025-04-30").build());
    assertThat(report.issues()).contains(
        issue("WPS-MND-001", E, "$.authorisedBy", "UNMISS " + symbol,
            "The authorising resolution " + symbol + " is not in the validation context"
                + suggestion));
  }

  @Test
  void aSkipForAResolutionNoRuleReportsCarriesTheSuggestion() {
    Mission m = Mission.builder().acronym(MissionAcronym.parse("UNTEST"))
        .addEstablishedBy(ResolutionSymbol.parse("S/RES/1352 (2000)"))
        .started(LocalDate.of(2001, 1, 1)).build();
    assertThat(catalogValidator().validate(m).skipped()).containsExactly(
        SkippedRule.of(RuleId.parse("WPS-MSN-001"), "UNTEST",
            "the resolution S/RES/1352 (2000) is not in the validation context; did you mean"
                + " S/RES/1325 (2000)?"));
  }

  /** Candidates are named in their natural order, not in the order the context was given them. */
  @Test
  void candidatesAreNamedInOrderWhateverTheContextsOrder() {
    ValidationContext ctx = CATALOG.toBuilder()
        .add(Mission.builder().acronym(MissionAcronym.parse("UNTESTY")).build())
        .add(Mission.builder().acronym(MissionAcronym.parse("UNTESTX")).build())
        .add(resolution("S/RES/90018 (2020)", "2020-09-01").build())
        .add(resolution("S/RES/90013 (2020)", "2020-08-01").build())
        .build();
    Validator v = catalogValidator().withContext(ctx);
    assertThat(v.validate(figures("UNTESTZ")).issues()).extracting(ValidationIssue::message)
        .containsExactly(
            "The mission UNTESTZ is not in the validation context; did you mean UNTESTX or"
                + " UNTESTY?");
    assertThat(v.validate(mandate("UNTM", "S/RES/90015 (2020)", "2021-01-01", "2021-12-31").build())
        .issues()).filteredOn(i -> i.ruleId().toString().equals("WPS-MND-001"))
        .extracting(ValidationIssue::message).containsExactly(
            "The authorising resolution S/RES/90015 (2020) is not in the validation context; did"
                + " you mean S/RES/90010 (2020), S/RES/90013 (2020) or S/RES/90018 (2020)?");
  }

  @Test
  void theBatchsOwnMissionsAreCandidates() {
    Mission own = Mission.builder().acronym(MissionAcronym.parse("UNTESTX")).build();
    ValidationReport report = catalogValidator().validateAll(
        List.of(own, figures("UNTSETX")));
    assertThat(report.issues()).extracting(ValidationIssue::message).containsExactly(
        "The mission UNTSETX is not in the validation context; did you mean UNTESTX?");
    assertThat(CATALOG.mission(MissionAcronym.parse("UNTESTX"))).isEmpty();
  }

  @Test
  void optimalStringAlignmentDistance() {
    assertThat(Suggestions.distance("MINUSCA", "MINUSCA")).isZero();
    assertThat(Suggestions.distance("MINUSCA", "MIUNSCA")).isEqualTo(1);
    assertThat(Suggestions.distance("MINUSCA", "MINUSMA")).isEqualTo(1);
    assertThat(Suggestions.distance("UNIFIL", "UNIFL")).isEqualTo(1);
    assertThat(Suggestions.distance("", "UNDOF")).isEqualTo(5);
    assertThat(Suggestions.distance("UNDOF", "")).isEqualTo(5);
    // Optimal string alignment edits no substring twice: CA to ABC is 3 (a true
    // Damerau-Levenshtein distance would be 2).
    assertThat(Suggestions.distance("CA", "ABC")).isEqualTo(3);
    assertThat(Suggestions.distance("UNMSIS", "UNSMIS")).isEqualTo(1);
    assertThat(Suggestions.distance("UNMISS", "UNSMIS")).isEqualTo(2);
  }

  @Test
  void theWordingNamesUpToThree() {
    assertThat(Suggestions.didYouMean(List.of())).isEmpty();
    assertThat(Suggestions.didYouMean(List.of("A"))).isEqualTo("; did you mean A?");
    assertThat(Suggestions.didYouMean(List.of("A", "B"))).isEqualTo("; did you mean A or B?");
    assertThat(Suggestions.didYouMean(List.of("A", "B", "C")))
        .isEqualTo("; did you mean A, B or C?");
    assertThat(Suggestions.didYouMean(List.of("A", "B", "C", "D"))).isEmpty();
  }
}
