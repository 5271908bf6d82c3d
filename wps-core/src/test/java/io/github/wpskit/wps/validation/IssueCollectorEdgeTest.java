package io.github.wpskit.wps.validation;

import static io.github.wpskit.wps.validation.Fixtures.CATALOG;
import static io.github.wpskit.wps.validation.Fixtures.CONTEXT;
import static io.github.wpskit.wps.validation.Fixtures.untm;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.mission.Mission;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The id an issue gives an object of a custom kind at the 200-character limit, and skips kept under
 * a rule set that overrides severities (mutation testing found both untested).
 */
class IssueCollectorEdgeTest {

  private static String objectIdOf(ValidatorTest.Memo memo) {
    RuleSet set = RuleSet.builder().name("memos").rule(new ValidatorTest.MemoNotEmpty()).build();
    return Validator.of(set, CONTEXT).validate(memo).issues().get(0).objectId();
  }

  /** A memo prints as "memo " and its id. */
  @Test
  void anObjectPrintingAsUpTo200CharactersIsNamedByItsText() {
    String id195 = "x".repeat(195);
    assertThat(objectIdOf(new ValidatorTest.Memo(id195, ""))).isEqualTo("memo " + id195);
  }

  @Test
  void anObjectPrintingAsMoreIsNamedByItsClass() {
    assertThat(objectIdOf(new ValidatorTest.Memo("x".repeat(196), "")))
        .isEqualTo(ValidatorTest.Memo.class.getName());
  }

  @Test
  void aRuleSetOverridingASeverityKeepsTheSkipsOfEveryOtherRule() {
    RuleSet set = RuleSet.builder().name("quiet RES-006").severity("WPS-RES-006", Severity.INFO)
        .build();
    Mission undated = Mission.builder().from(untm()).started(Optional.empty()).build();
    assertThat(Validator.of(set, CATALOG).validate(undated).skipped()).containsExactly(
        SkippedRule.of(RuleId.parse("WPS-MSN-001"), "UNTM", "the mission's start date is not given"));
  }

  /**
   * Disabling a rule drops every issue and skip under its id, also those a rule that is not disabled
   * reports under it (a rule judging one object may report for another rule's descriptor).
   */
  @Test
  void aDisabledIdDropsWhatAnyRuleReportsOrSkipsUnderIt() {
    RuleSet noSecond = RuleSet.builder().name("no RES-006").rule(reportsForAnother())
        .disable("WPS-RES-006").build();
    ValidatorTest.Memo memo = new ValidatorTest.Memo("m1", "text");
    ValidationReport quiet = Validator.of(noSecond, CONTEXT).validate(memo);
    assertThat(quiet.issues()).extracting(i -> i.ruleId().toString()).containsExactly("WPS-ORG-011");
    assertThat(quiet.skipped()).extracting(k -> k.ruleId().toString()).containsExactly("WPS-ORG-011");
    RuleSet all = RuleSet.builder().name("all").rule(reportsForAnother()).build();
    ValidationReport full = Validator.of(all, CONTEXT).validate(memo);
    assertThat(full.issues()).extracting(i -> i.ruleId().toString())
        .containsExactly("WPS-ORG-011", "WPS-RES-006");
    assertThat(full.skipped()).extracting(k -> k.ruleId().toString())
        .containsExactly("WPS-ORG-011", "WPS-RES-006");
  }

  @Test
  void aSeverityOverriddenByRuleIdAppliesAsByItsText() {
    RuleSet byId = RuleSet.builder().name("loud").rule(reportsForAnother())
        .severity(RuleId.parse("WPS-RES-006"), Severity.ERROR).build();
    ValidationReport report = Validator.of(byId, CONTEXT).validate(new ValidatorTest.Memo("m1", "t"));
    assertThat(report.issues()).extracting(i -> i.ruleId() + " " + i.severity())
        .containsExactly("WPS-ORG-011 INFO", "WPS-RES-006 ERROR");
    assertThat(report.isValid()).isFalse();
  }

  /** On a memo, reports and skips under its own id and under a built-in rule's descriptor. */
  private static TestRule<ValidatorTest.Memo> reportsForAnother() {
    RuleDescriptor other = RuleCatalogue.find(RuleId.parse("WPS-RES-006")).orElseThrow();
    return TestRule.of("WPS-ORG-011", Severity.INFO, "Memo {id}", ValidatorTest.Memo.class,
        (m, own, out) -> {
          out.report(own, Location.root(), m.id());
          out.report(other, Location.root(), m.id());
          out.skip(own, "no date");
          out.skip(other, "no date");
        });
  }
}
