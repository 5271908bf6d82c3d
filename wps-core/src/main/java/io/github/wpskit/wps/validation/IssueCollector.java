package io.github.wpskit.wps.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Receives the findings of {@link ValidationRule rules} during one validation, applying the
 * {@link RuleSet}'s choices: issues of a disabled rule are dropped, and a rule's severity is replaced
 * where the rule set overrides it.
 *
 * <p>The validator creates one collector per validation and gives it to each rule; the object being
 * judged provides the object id of each issue unless a rule names another with
 * {@link #reportFor(RuleDescriptor, String, Location, Object...)}. Nothing is allocated until an issue
 * or a skip is reported.
 *
 * <p>A collector belongs to one validation on one thread: it is not thread-safe, and rules must not
 * keep it after {@link ValidationRule#check} returns.
 */
public final class IssueCollector {
  private final RuleSet ruleSet;
  private final boolean overrides;
  /** The report of nothing found, naming the context's knowledge horizon: shared, never copied. */
  private final ValidationReport empty;

  private Object subject;
  private Kinds.Kind<?> kind;
  private Origin origin;
  private String objectId;
  private List<ValidationIssue> issues;
  private List<SkippedRule> skipped;

  IssueCollector(RuleSet ruleSet, ValidationReport empty) {
    this.ruleSet = ruleSet;
    this.empty = empty;
    this.overrides = !ruleSet.disabled().isEmpty() || !ruleSet.severityOverrides().isEmpty();
  }

  /**
   * Starts judging another object read from {@code origin} (null when not known): the issues about
   * it carry that origin. Its id is computed only if something is reported.
   */
  void begin(Object subject, Kinds.Kind<?> kind, Origin origin) {
    this.subject = subject;
    this.kind = kind;
    this.origin = origin;
    this.objectId = null;
  }

  /**
   * Returns the id of the object being judged, such as {@code S/RES/1325 (2000)}.
   *
   * @return the object id
   */
  public String objectId() {
    if (objectId == null) {
      String id = kind != null ? Kinds.idOf(kind, subject) : String.valueOf(subject);
      // An object of a custom kind may print as nothing useful; an issue still needs an id.
      objectId = id == null || id.isBlank() || !id.equals(id.strip()) || id.length() > 200
          ? subject.getClass().getName()
          : id;
    }
    return objectId;
  }

  /**
   * Reports an issue with the object being judged.
   *
   * @param rule the rule's descriptor, not null
   * @param location where in the object, not null
   * @param args the values for the rule's message template, in order
   * @throws IllegalArgumentException if the number of values does not fit the template
   */
  public void report(RuleDescriptor rule, Location location, Object... args) {
    reportFor(rule, objectId(), location, args);
  }

  /**
   * Reports an issue with another object than the one being judged, such as a mandate found wrong
   * while judging its mission.
   *
   * @param rule the rule's descriptor, not null
   * @param objectId the id of the object concerned, not blank
   * @param location where in that object, not null
   * @param args the values for the rule's message template, in order
   * @throws IllegalArgumentException if the number of values does not fit the template
   */
  public void reportFor(RuleDescriptor rule, String objectId, Location location, Object... args) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(location, "location");
    Severity severity = rule.severity();
    if (overrides) {
      if (ruleSet.disabled().contains(rule.id())) {
        return;
      }
      Severity override = ruleSet.severityOverrides().get(rule.id());
      if (override != null) {
        severity = override;
      }
    }
    String message = rule.format(args);
    if (issues == null) {
      issues = new ArrayList<>(4);
    }
    // The origin is the judged object's: an issue about another object (a mandate found wrong while
    // judging its mission) came from elsewhere, which this collector does not know.
    issues.add(origin != null && objectId.equals(objectId())
        ? ValidationIssue.of(rule.id(), severity, location, objectId, message, rule.source(), origin)
        : ValidationIssue.of(rule.id(), severity, location, objectId, message, rule.source()));
  }

  /**
   * Reports that a rule could not judge the object being judged because its data was absent.
   *
   * @param rule the rule's descriptor, not null
   * @param reason what was absent, such as {@code "no vote recorded"}, not blank
   */
  public void skip(RuleDescriptor rule, String reason) {
    Objects.requireNonNull(rule, "rule");
    skipFor(rule, objectId(), reason);
  }

  /**
   * Reports that a rule could not judge something else than the object being judged, such as a
   * target group and year of a batch.
   */
  void skipFor(RuleDescriptor rule, String objectId, String reason) {
    if (overrides && ruleSet.disabled().contains(rule.id())) {
      return;
    }
    if (skipped == null) {
      skipped = new ArrayList<>(4);
    }
    skipped.add(SkippedRule.of(rule.id(), objectId, reason));
  }

  /** Reports a rule that threw, under WPS-SYS-001; never dropped nor downgraded. */
  void ruleFailed(RuleDescriptor failed, RuntimeException e) {
    String exception = e.getClass().getName();
    if (e.getMessage() != null && !e.getMessage().isBlank()) {
      exception += ": " + e.getMessage().strip();
    }
    StackTraceElement[] trace = e.getStackTrace();
    if (trace.length > 0) {
      exception += " at " + trace[0];
    }
    String id;
    try {
      id = objectId();
    } catch (RuntimeException idFailure) {
      // The object's toString threw (a custom kind); name it by its class instead.
      id = subject.getClass().getName();
      objectId = id;
    }
    addUnconditionally(EngineRules.RULE_FAILED, id, failed.id(), exception);
  }

  /** Reports an object of a kind no rule judges, under WPS-SYS-002. */
  void unsupported(String objectId, Class<?> type, String supportedKinds) {
    addUnconditionally(EngineRules.UNSUPPORTED_KIND, objectId, type.getName(), supportedKinds);
  }

  private void addUnconditionally(RuleDescriptor rule, String objectId, Object... args) {
    if (issues == null) {
      issues = new ArrayList<>(4);
    }
    issues.add(origin != null
        ? ValidationIssue.of(rule.id(), rule.severity(), Location.root(), objectId,
            rule.format(args), rule.source(), origin)
        : ValidationIssue.of(rule.id(), rule.severity(), Location.root(), objectId,
            rule.format(args), rule.source()));
  }

  /**
   * Returns the report (the shared empty report given at creation when nothing was reported), naming
   * that report's knowledge horizon, and makes the collector
   * ready for another validation, dropping its references to the objects judged.
   */
  ValidationReport toReport() {
    ValidationReport report =
        issues == null && skipped == null
            ? empty
            : ValidationReport.of(
                issues == null ? Collections.emptyList() : issues,
                skipped == null ? Collections.emptyList() : skipped,
                Validator.LIBRARY_VERSION, RuleCatalogue.VERSION,
                empty.knowledgeHorizon().orElse(null));
    clear();
    return report;
  }

  /** Forgets the validation in progress, if any. */
  void clear() {
    subject = null;
    kind = null;
    origin = null;
    objectId = null;
    issues = null;
    skipped = null;
  }
}
