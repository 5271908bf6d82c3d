package io.github.wpskit.wps.validation;

/**
 * Base of the built-in rules: the descriptor and the subject type, fixed per rule class.
 *
 * @param <T> the kind of object the rule judges
 */
abstract class BuiltInRule<T> implements ValidationRule<T> {
  private final RuleDescriptor descriptor;
  private final Class<T> subjectType;

  BuiltInRule(RuleDescriptor descriptor, Class<T> subjectType) {
    this.descriptor = descriptor;
    this.subjectType = subjectType;
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public final Class<T> subjectType() {
    return subjectType;
  }
}
