package io.github.wpskit.wps.validation;

import java.util.Objects;

/**
 * A custom rule for the engine's tests: an id, a subject type and what it does, without a class of
 * its own each. ({@code ValidatorTest} spells its rules out, as an integrator writes them.)
 *
 * @param <T> the type of object the rule judges
 */
final class TestRule<T> implements ValidationRule<T> {
  /** What the rule does with an object. */
  @FunctionalInterface
  interface Check<T> {
    void check(T subject, RuleDescriptor rule, IssueCollector out);
  }

  private final RuleDescriptor descriptor;
  private final Class<T> subjectType;
  private final Check<T> check;

  private TestRule(RuleDescriptor descriptor, Class<T> subjectType, Check<T> check) {
    this.descriptor = descriptor;
    this.subjectType = subjectType;
    this.check = check;
  }

  /** A rule of the "Test policy" with its own id, severity and message template. */
  static <T> TestRule<T> of(
      String id, Severity severity, String messageTemplate, Class<T> subjectType, Check<T> check) {
    return new TestRule<>(descriptor(id, severity, messageTemplate), subjectType, check);
  }

  /** A rule that judges nothing: it only adds its subject type to the supported kinds. */
  static <T> TestRule<T> judgingNothing(String id, Class<T> subjectType) {
    return of(id, Severity.INFO, "Seen {id}", subjectType, (subject, rule, out) -> { });
  }

  /** The descriptor of a rule of the "Test policy". */
  static RuleDescriptor descriptor(String id, Severity severity, String messageTemplate) {
    return RuleDescriptor.builder().id(id).severity(severity).title("A test rule")
        .messageTemplate(messageTemplate).rationale("Testing").source("Test policy").build();
  }

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public Class<T> subjectType() {
    return subjectType;
  }

  @Override
  public void check(T subject, ValidationContext ctx, IssueCollector out) {
    check.check(Objects.requireNonNull(subject, "subject"), descriptor, out);
  }
}
