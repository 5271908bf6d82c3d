package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.internal.Checks;
import org.immutables.value.Value;

/**
 * A rule that could not judge an object because the data it needs was absent, such as a resolution
 * without a recorded vote. Listed in the report so that "no errors" is not mistaken for "checked and
 * fine".
 *
 * <p>Ordered by object id, then rule id, then reason.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SkippedRule implements Comparable<SkippedRule> {
  SkippedRule() {}

  /**
   * Obtains a skipped rule.
   *
   * @param ruleId the rule, not null
   * @param objectId the id of the object the rule could not judge, not blank
   * @param reason what was absent, such as {@code "no vote recorded"}, not blank
   * @return the skipped rule
   */
  public static SkippedRule of(RuleId ruleId, String objectId, String reason) {
    return ImmutableSkippedRule.builder().ruleId(ruleId).objectId(objectId).reason(reason).build();
  }

  /**
   * Returns the rule that was skipped.
   *
   * @return the rule id
   */
  public abstract RuleId ruleId();

  /**
   * Returns the id of the object the rule could not judge.
   *
   * @return the object id
   */
  public abstract String objectId();

  /**
   * Returns what was absent.
   *
   * @return the reason
   */
  public abstract String reason();

  @Value.Check
  final void check() {
    Checks.text("SkippedRule.objectId", objectId());
    Checks.text("SkippedRule.reason", reason());
  }

  @Override
  public final int compareTo(SkippedRule o) {
    int c = objectId().compareTo(o.objectId());
    if (c == 0) {
      c = ruleId().compareTo(o.ruleId());
    }
    return c != 0 ? c : reason().compareTo(o.reason());
  }

  /**
   * Returns {@code WPS-RES-004 S/RES/1 (1946): no vote recorded}.
   *
   * @return the skipped rule for people
   */
  @Override
  public String toString() {
    return ruleId() + " " + objectId() + ": " + reason();
  }
}
