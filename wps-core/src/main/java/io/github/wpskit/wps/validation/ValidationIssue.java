package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.internal.Checks;
import org.immutables.value.Value;

/**
 * One finding of a validation: which rule, how serious, where in which object, what is wrong and
 * where the rule comes from.
 *
 * <p>Ordered by object id, then location, rule id, severity, message and source, so that a report
 * lists the problems of one object together, in a stable order.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationIssue implements Comparable<ValidationIssue> {
  ValidationIssue() {}

  /**
   * Obtains an issue.
   *
   * @param ruleId the rule that found it, not null
   * @param severity the severity after any rule-set override, not null
   * @param location where in the object, not null
   * @param objectId the id of the object concerned, such as {@code S/RES/1325 (2000)}, not blank
   * @param message what is wrong, naming the offending value, not blank
   * @param source the resolution or policy the rule comes from, not blank
   * @return the issue
   */
  public static ValidationIssue of(
      RuleId ruleId,
      Severity severity,
      Location location,
      String objectId,
      String message,
      String source) {
    return ImmutableValidationIssue.builder()
        .ruleId(ruleId)
        .severity(severity)
        .location(location)
        .objectId(objectId)
        .message(message)
        .source(source)
        .build();
  }

  /**
   * Returns the id of the rule that found the issue.
   *
   * @return the rule id
   */
  public abstract RuleId ruleId();

  /**
   * Returns the severity, after any override by the rule set.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns where in the object the problem is, such as {@code $.recalls[0]}.
   *
   * @return the location
   */
  public abstract Location location();

  /**
   * Returns the id of the object concerned: a resolution symbol, a mission acronym, a mandate id.
   *
   * @return the object id
   */
  public abstract String objectId();

  /**
   * Returns what is wrong, naming the offending value.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Returns the resolution, Charter article or policy the rule comes from.
   *
   * @return the source
   */
  public abstract String source();

  @Value.Check
  final void check() {
    Checks.text("ValidationIssue.objectId", objectId());
    Checks.text("ValidationIssue.message", message(), Integer.MAX_VALUE);
    Checks.text("ValidationIssue.source", source());
  }

  @Override
  public final int compareTo(ValidationIssue o) {
    int c = objectId().compareTo(o.objectId());
    if (c == 0) {
      c = location().compareTo(o.location());
    }
    if (c == 0) {
      c = ruleId().compareTo(o.ruleId());
    }
    if (c == 0) {
      c = severity().compareTo(o.severity());
    }
    if (c == 0) {
      c = message().compareTo(o.message());
    }
    if (c == 0) {
      c = source().compareTo(o.source());
    }
    return c;
  }

  /**
   * Returns the issue on one line, such as
   * {@code ERROR WPS-RES-001 S/RES/1325 (2001) $.adopted: The symbol ... (source: ...)}.
   *
   * @return the issue for people
   */
  @Override
  public String toString() {
    return severity() + " " + ruleId() + " " + objectId() + " " + location() + ": " + message()
        + " (source: " + source() + ")";
  }
}
