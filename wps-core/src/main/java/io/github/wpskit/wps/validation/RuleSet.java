package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A named bundle of validation choices, for a mission or an organisation: which rules are switched
 * off, which rules report with another severity, and which custom rules run besides the built-in ones.
 *
 * <pre>{@code
 * RuleSet unmiss = RuleSet.builder()
 *     .name("UNMISS gender team")
 *     .disable("WPS-RES-006")
 *     .severity("WPS-RES-001", Severity.WARNING)
 *     .rule(new TitleRequired())
 *     .build();
 * }</pre>
 *
 * <p>Invariants (refused with {@link InvalidValueException}): the name is not blank; every rule id
 * disabled or overridden is a rule of the {@link RuleCatalogue} or a custom rule of the set, so a
 * typing error does not silently change nothing; engine rules ({@code WPS-SYS-*}) cannot be disabled
 * or overridden; custom rules have distinct ids that are not in the catalogue.
 *
 * <p>This class is immutable and thread-safe, provided its custom rules are (as
 * {@link ValidationRule} requires). Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class RuleSet {
  private static final RuleSet DEFAULTS = builder().name("defaults").build();

  RuleSet() {}

  /**
   * Returns the rule set that runs every built-in rule with its default severity and nothing else.
   *
   * @return the default rule set, named {@code defaults}
   */
  public static RuleSet defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a new builder; {@code name} is required.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RuleSet} values; start from another set with {@code from(ruleSet)}. */
  public static final class Builder extends ImmutableRuleSet.Builder {
    Builder() {}

    /**
     * Switches a rule off.
     *
     * @param ruleId the rule's id, such as {@code WPS-RES-006}, not null
     * @return this builder
     * @throws io.github.wpskit.wps.ParseException if the text is not a rule id
     */
    public final Builder disable(String ruleId) {
      addDisabled(RuleId.parse(ruleId));
      return this;
    }

    /**
     * Switches a rule off.
     *
     * @param ruleId the rule's id, not null
     * @return this builder
     */
    public final Builder disable(RuleId ruleId) {
      addDisabled(ruleId);
      return this;
    }

    /**
     * Changes the severity of a rule's issues.
     *
     * @param ruleId the rule's id, such as {@code WPS-RES-001}, not null
     * @param severity the new severity, not null
     * @return this builder
     * @throws io.github.wpskit.wps.ParseException if the text is not a rule id
     */
    public final Builder severity(String ruleId, Severity severity) {
      putSeverityOverrides(RuleId.parse(ruleId), severity);
      return this;
    }

    /**
     * Changes the severity of a rule's issues.
     *
     * @param ruleId the rule's id, not null
     * @param severity the new severity, not null
     * @return this builder
     */
    public final Builder severity(RuleId ruleId, Severity severity) {
      putSeverityOverrides(ruleId, severity);
      return this;
    }

    /**
     * Adds a custom rule.
     *
     * @param rule the rule, stateless and thread-safe, not null
     * @return this builder
     */
    public final Builder rule(ValidationRule<?> rule) {
      addCustomRules(rule);
      return this;
    }
  }

  /**
   * Returns the name, such as {@code "UNMISS gender team"}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the ids of the rules switched off.
   *
   * @return an unmodifiable set, possibly empty
   */
  public abstract Set<RuleId> disabled();

  /**
   * Returns the severities that replace rules' defaults.
   *
   * @return an unmodifiable map, possibly empty
   */
  public abstract Map<RuleId, Severity> severityOverrides();

  /**
   * Returns the custom rules that run besides the built-in ones, in the order added.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<ValidationRule<?>> customRules();

  /**
   * Returns whether a rule runs.
   *
   * @param ruleId the rule's id, not null
   * @return false when the rule is switched off
   */
  public final boolean isEnabled(RuleId ruleId) {
    return !disabled().contains(ruleId);
  }

  /**
   * Returns the severity a rule's issues are reported with under this set.
   *
   * @param rule the rule's descriptor, not null
   * @return the overriding severity, or the rule's default
   */
  public final Severity severityOf(RuleDescriptor rule) {
    Severity s = severityOverrides().get(rule.id());
    return s != null ? s : rule.severity();
  }

  @Value.Check
  final void check() {
    Checks.text("RuleSet.name", name());
    Set<RuleId> custom = new HashSet<>();
    for (ValidationRule<?> rule : customRules()) {
      RuleId id = rule.descriptor().id();
      if (RuleCatalogue.find(id).isPresent()) {
        throw new InvalidValueException(
            "RuleSet.customRules", id, "a custom rule must not reuse the id of a built-in rule");
      }
      if (!custom.add(id)) {
        throw new InvalidValueException("RuleSet.customRules", id, "must not contain duplicates");
      }
    }
    for (RuleId id : disabled()) {
      checkKnown("RuleSet.disabled", id, custom);
    }
    for (RuleId id : severityOverrides().keySet()) {
      checkKnown("RuleSet.severityOverrides", id, custom);
    }
  }

  private static void checkKnown(String attribute, RuleId id, Set<RuleId> custom) {
    if (id.area().equals("SYS")) {
      throw new InvalidValueException(
          attribute, id, "engine rules cannot be disabled or overridden");
    }
    if (!custom.contains(id) && RuleCatalogue.find(id).isEmpty()) {
      throw new InvalidValueException(
          attribute, id,
          "not a rule of catalogue " + RuleCatalogue.VERSION + " nor a custom rule of this set");
    }
  }

  /**
   * Returns the name and the choices, for people.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("RuleSet ").append(name())
        .append(" (disabled ").append(disabled())
        .append(", severities ").append(severityOverrides())
        .append(", custom rules [");
    for (int i = 0; i < customRules().size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(customRules().get(i).descriptor().id());
    }
    return sb.append("])").toString();
  }
}
