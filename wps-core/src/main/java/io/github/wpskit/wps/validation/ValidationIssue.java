package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One finding of a validation: which rule, how serious, where in which object, what is wrong and
 * where the rule comes from, and, when the object was read from a file, its {@link #origin()}: the
 * file and line it came from.
 *
 * <p>Ordered by object id, then location, rule id, severity, message, source and origin, so that a
 * report lists the problems of one object together, in a stable order.
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
   * Obtains an issue about an object read from a file.
   *
   * @param ruleId the rule that found it, not null
   * @param severity the severity after any rule-set override, not null
   * @param location where in the object, not null
   * @param objectId the id of the object concerned, not blank
   * @param message what is wrong, naming the offending value, not blank
   * @param source the resolution or policy the rule comes from, not blank
   * @param origin where the object was read from, not null
   * @return the issue
   */
  public static ValidationIssue of(
      RuleId ruleId,
      Severity severity,
      Location location,
      String objectId,
      String message,
      String source,
      Origin origin) {
    return ImmutableValidationIssue.builder()
        .ruleId(ruleId)
        .severity(severity)
        .location(location)
        .objectId(objectId)
        .message(message)
        .source(source)
        .origin(origin)
        .build();
  }

  /**
   * Obtains the issue for a document or file that could not be read, under the engine rule
   * {@code WPS-SYS-003} (an {@link Severity#ERROR} that no rule set disables): a reader that goes on
   * after a bad line reports each such line in the same report as the findings on the good ones. The
   * object id is the origin's text, since an unread document has no id of its own.
   *
   * @param origin the file, line and column of the problem, not null
   * @param location the path in the document where reading failed, such as {@code $.women}, or the
   *     root when not known, not null
   * @param reason what is wrong, such as {@code MALFORMED_JSON: Unexpected end of input} or
   *     {@code file not found}, not blank
   * @return the issue
   */
  public static ValidationIssue unreadable(Origin origin, Location location, String reason) {
    Objects.requireNonNull(origin, "origin");
    RuleDescriptor rule = EngineRules.UNREADABLE;
    return of(rule.id(), rule.severity(), location, origin.toString(), rule.format(reason),
        rule.source(), origin);
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

  /**
   * Returns where the object concerned was read from: the file and line of its document or row.
   *
   * @return the origin, empty when the object was not read from a file or the validator was not told
   */
  public abstract Optional<Origin> origin();

  /**
   * Returns this issue with an origin, such as the line of the NDJSON document validated.
   *
   * @param newOrigin the origin, not null
   * @return the issue with that origin
   */
  public final ValidationIssue withOrigin(Origin newOrigin) {
    Objects.requireNonNull(newOrigin, "newOrigin");
    if (origin().isPresent() && origin().get().equals(newOrigin)) {
      return this;
    }
    return of(ruleId(), severity(), location(), objectId(), message(), source(), newOrigin);
  }

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
    if (c == 0 && (origin().isPresent() || o.origin().isPresent())) {
      // Without an origin first, as a report without files lists them.
      c = origin().isEmpty() ? -1 : o.origin().isEmpty() ? 1 : origin().get().compareTo(o.origin().get());
    }
    return c;
  }

  /**
   * Returns the issue on one line, such as
   * {@code ERROR WPS-RES-001 S/RES/1325 (2001) $.adopted: The symbol ... (source: ...)}, preceded by
   * the origin where there is one: {@code resolutions.ndjson:3: ERROR WPS-RES-001 ...}.
   *
   * @return the issue for people
   */
  @Override
  public String toString() {
    String text = severity() + " " + ruleId() + " " + objectId() + " " + location() + ": "
        + message() + " (source: " + source() + ")";
    return origin().isPresent() ? origin().get() + ": " + text : text;
  }
}
