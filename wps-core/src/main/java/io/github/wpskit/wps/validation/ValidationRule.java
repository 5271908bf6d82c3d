package io.github.wpskit.wps.validation;

/**
 * A validation rule: checks one kind of object and reports what it finds to an
 * {@link IssueCollector}. The built-in rules implement it, and so can custom rules, added through a
 * {@link RuleSet}.
 *
 * <p>A rule must be stateless and thread-safe: one instance judges many objects, from several threads
 * at once. It reports each problem with {@link IssueCollector#report(RuleDescriptor, Location,
 * Object...)} under its own {@link #descriptor()}, and calls {@link IssueCollector#skip(RuleDescriptor,
 * String)} when the data it needs is absent. The collector applies the rule set's overrides (disabled
 * rules, changed severities), so a rule never reads them. A rule should not throw; if it throws a
 * {@link RuntimeException} anyway the validator reports an {@link Severity#ERROR} under
 * {@code WPS-SYS-001} naming the rule and the exception, and carries on with the other rules.
 *
 * <p>Keep the issue-free path cheap: build {@link Location}s and message values only when reporting.
 *
 * <p>Example of a custom rule:
 *
 * <pre>{@code
 * final class TitleRequired implements ValidationRule<Resolution> {
 *   static final RuleDescriptor RULE = RuleDescriptor.builder()
 *       .id("WPS-ORG-001").severity(Severity.WARNING)
 *       .title("A resolution has a title")
 *       .messageTemplate("Resolution {symbol} has no title")
 *       .rationale("Our portal shows titles in lists.")
 *       .source("ACME data policy 2024, section 3")
 *       .build();
 *   public RuleDescriptor descriptor() { return RULE; }
 *   public Class<Resolution> subjectType() { return Resolution.class; }
 *   public void check(Resolution r, ValidationContext ctx, IssueCollector out) {
 *     if (r.title().isEmpty()) {
 *       out.report(RULE, Location.root().field("title"), r.symbol());
 *     }
 *   }
 * }
 * }</pre>
 *
 * @param <T> the kind of object the rule judges
 */
public interface ValidationRule<T> {
  /**
   * Returns what the rule is: id, default severity, title, message template, rationale, source. Must
   * return the same value every time.
   *
   * @return the descriptor, not null
   */
  RuleDescriptor descriptor();

  /**
   * Returns the kind of object the rule judges. The rule runs on every validated object that is an
   * instance of this type.
   *
   * @return the type, not null
   */
  Class<T> subjectType();

  /**
   * Judges one object.
   *
   * @param subject the object, not null
   * @param context what the rule may look up: reference data, settings and the date, not null
   * @param out where to report issues and skips, not null
   */
  void check(T subject, ValidationContext context, IssueCollector out);
}
