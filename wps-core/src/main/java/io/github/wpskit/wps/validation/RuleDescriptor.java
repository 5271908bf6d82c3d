package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.internal.Checks;
import org.immutables.value.Value;

/**
 * What a validation rule is, for people and for the {@link RuleCatalogue}: its {@link RuleId id}, its
 * default {@link Severity}, a title saying what it checks, the template of its message, why it
 * matters (the rationale) and the resolution or policy it comes from (the source, such as
 * {@code "S/RES/1888 (2009), para. 12"}).
 *
 * <p>The message template names its values in braces, for example {@code "The vote records {total}
 * members but the Council had {size} members on {adopted}"}. {@link #format(Object...)} fills the
 * placeholders in order of appearance with {@link String#valueOf(Object)} of each argument (no
 * locale-dependent formatting, so numbers such as 1325 print as written). Braces do not nest and
 * cannot be escaped.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class RuleDescriptor {
  RuleDescriptor() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RuleDescriptor} values; every attribute is required. */
  public static final class Builder extends ImmutableRuleDescriptor.Builder {
    Builder() {}

    /**
     * Sets the id from its text form.
     *
     * @param id the id, such as {@code WPS-RES-001}
     * @return this builder
     * @throws io.github.wpskit.wps.ParseException if the text is not a rule id
     */
    public final Builder id(String id) {
      id(RuleId.parse(id));
      return this;
    }
  }

  /**
   * Returns the rule's stable id.
   *
   * @return the id
   */
  public abstract RuleId id();

  /**
   * Returns the severity of the rule's issues unless a {@link RuleSet} overrides it.
   *
   * @return the default severity
   */
  public abstract Severity severity();

  /**
   * Returns what the rule checks, in one sentence, such as "The symbol's year equals the adoption
   * year".
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the message template with {@code {name}} placeholders.
   *
   * @return the template
   */
  public abstract String messageTemplate();

  /**
   * Returns why the rule matters.
   *
   * @return the rationale
   */
  public abstract String rationale();

  /**
   * Returns the resolution, Charter article or policy the rule comes from.
   *
   * @return the source, as text
   */
  public abstract String source();

  /**
   * Returns the number of placeholders in the message template.
   *
   * @return the number of {@code {name}} placeholders
   */
  @Value.Derived
  public int placeholderCount() {
    int count = 0;
    String t = messageTemplate();
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '{') {
        count++;
      }
    }
    return count;
  }

  /**
   * Fills the message template with values, in order of appearance.
   *
   * @param args one value per placeholder; each is written with {@link String#valueOf(Object)}
   * @return the message
   * @throws IllegalArgumentException if the number of values differs from the number of placeholders
   */
  public final String format(Object... args) {
    if (args.length != placeholderCount()) {
      throw new IllegalArgumentException(
          "Rule " + id() + " has " + placeholderCount() + " placeholders in its message template, got "
              + args.length + " values");
    }
    String t = messageTemplate();
    StringBuilder sb = new StringBuilder(t.length() + 16 * args.length);
    int k = 0;
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '{') {
        sb.append(args[k++]);
        i = t.indexOf('}', i) + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  @Value.Check
  final void check() {
    Checks.text("RuleDescriptor.title", title());
    Checks.text("RuleDescriptor.messageTemplate", messageTemplate());
    Checks.text("RuleDescriptor.rationale", rationale());
    Checks.text("RuleDescriptor.source", source());
    String t = messageTemplate();
    boolean open = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '{' && !open) {
        open = true;
      } else if (c == '}' && open && t.charAt(i - 1) != '{') {
        open = false;
      } else if (c == '{' || c == '}') {
        throw new InvalidValueException(
            "RuleDescriptor.messageTemplate", "\"" + t + "\"",
            "placeholders are {name}, not nested, not empty, at index " + i);
      }
    }
    if (open) {
      throw new InvalidValueException(
          "RuleDescriptor.messageTemplate", "\"" + t + "\"", "unclosed placeholder");
    }
  }

  /**
   * Returns the id and title, such as {@code WPS-RES-001 The symbol's year equals the adoption year}.
   *
   * @return the descriptor for people
   */
  @Override
  public String toString() {
    return id() + " " + title();
  }
}
