package io.github.wpskit.wps.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of the built-in validation rules: each rule's {@link RuleDescriptor} (id, severity,
 * what it checks, message template, rationale, source), published as the table in
 * {@code docs/validation-rules.md}.
 *
 * <p>The catalogue has a {@link #VERSION}, recorded in every {@link ValidationReport}. It changes when
 * a rule is added, removed or changes meaning or default severity; ids are never reused.
 *
 * <p>This class is thread-safe; its lists are immutable.
 */
public final class RuleCatalogue {
  /**
   * The version of the rule catalogue. Version 2 lowered {@code WPS-MSN-003} and
   * {@code WPS-CPT-001} from ERROR to WARNING and made {@code WPS-CPT-002} skip a commitment without
   * a target year; every id keeps its meaning. Its messages of {@code WPS-PAR-003},
   * {@code WPS-MND-006}, {@code WPS-GND-005} and {@code WPS-MND-001} end with the closest known
   * mission or resolution where one is close ("; did you mean MINUSCA?", a {@code {suggestion}}
   * placeholder), and every reference the context does not hold is worded "... is not in the
   * validation context" ({@code WPS-CPT-007}'s unknown commitment id included).
   */
  public static final String VERSION = "2";

  private static final List<ValidationRule<?>> BUILT_IN = builtIn();
  private static final List<RuleDescriptor> RULES = descriptors();
  private static final Map<RuleId, RuleDescriptor> BY_ID = byId();

  private RuleCatalogue() {}

  private static List<ValidationRule<?>> builtIn() {
    // Extension point: a new group of rules goes here, with its kind in Kinds.ALL.
    List<ValidationRule<?>> rules = new ArrayList<>(ResolutionRules.ALL);
    rules.addAll(MissionRules.ALL);
    rules.addAll(MissionRules.TABLE_RULES);
    rules.addAll(MandateRules.ALL);
    rules.addAll(MandateRules.TABLE_RULES);
    rules.addAll(GenderRules.ALL);
    rules.addAll(CompactRules.COMMITMENT_RULES);
    rules.addAll(CompactRules.REPORT_RULES);
    rules.addAll(ParityRules.ALL);
    rules.sort(Comparator.comparing(r -> r.descriptor().id()));
    return Collections.unmodifiableList(rules);
  }

  private static List<RuleDescriptor> descriptors() {
    List<RuleDescriptor> list = new ArrayList<>();
    for (ValidationRule<?> rule : BUILT_IN) {
      list.add(rule.descriptor());
    }
    list.addAll(ParityRules.BATCH_RULES);
    list.add(EngineRules.RULE_FAILED);
    list.add(EngineRules.UNSUPPORTED_KIND);
    list.add(EngineRules.UNREADABLE);
    list.sort(Comparator.comparing(RuleDescriptor::id));
    return List.copyOf(list);
  }

  private static Map<RuleId, RuleDescriptor> byId() {
    Map<RuleId, RuleDescriptor> map = new LinkedHashMap<>();
    for (RuleDescriptor d : RULES) {
      if (map.put(d.id(), d) != null) {
        throw new IllegalStateException("Duplicate built-in rule id " + d.id());
      }
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the descriptors of every built-in rule, engine rules included, sorted by id.
   *
   * @return an unmodifiable list
   */
  public static List<RuleDescriptor> rules() {
    return RULES;
  }

  /**
   * Finds a built-in rule's descriptor.
   *
   * @param id the rule id, not null
   * @return the descriptor, or empty if the catalogue has no such rule
   */
  public static Optional<RuleDescriptor> find(RuleId id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /** The built-in rules, sorted by id; engine rules are not among them (the validator applies them). */
  static List<ValidationRule<?>> builtInRules() {
    return BUILT_IN;
  }
}
