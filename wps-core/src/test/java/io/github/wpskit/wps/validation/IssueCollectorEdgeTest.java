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
}
