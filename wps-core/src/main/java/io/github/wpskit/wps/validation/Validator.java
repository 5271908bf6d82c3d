package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.internal.LibraryVersion;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityTally;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates objects against the built-in rules and a {@link RuleSet}'s choices, looking up
 * cross-references in a {@link ValidationContext}, and returns a {@link ValidationReport}.
 *
 * <pre>{@code
 * Validator validator = Validator.of(RuleSet.defaults(), context);
 * ValidationReport report = validator.validate(resolution);
 * if (!report.isValid()) {
 *   System.out.print(report.toText());
 * }
 * }</pre>
 *
 * <p><b>Never throws on data.</b> Every object that can be built yields a report. If a rule throws a
 * {@link RuntimeException} (a bug, most likely in a custom rule), the validator reports an
 * {@link Severity#ERROR} under {@code WPS-SYS-001} naming the rule and the exception, and runs the
 * other rules. Exceptions are for programming errors only: a null argument
 * ({@link NullPointerException}), or an object of a kind no rule judges passed to
 * {@link #validate(Object)} ({@link IllegalArgumentException}). In a batch,
 * {@link #validateAll(Collection)} reports such an object under {@code WPS-SYS-002} instead, so one
 * stray object does not lose the report of the others.
 *
 * <p>Supported kinds: {@link io.github.wpskit.wps.resolution.Resolution},
 * {@link io.github.wpskit.wps.mission.Mission}, {@link io.github.wpskit.wps.mission.Mandate},
 * {@link io.github.wpskit.wps.gender.GenderStaffingTable},
 * {@link io.github.wpskit.wps.compact.CompactCommitment},
 * {@link io.github.wpskit.wps.compact.CompactReport} and
 * {@link io.github.wpskit.wps.parity.Deployment}, and any type a custom rule of the rule set judges
 * ({@link ValidationRule#subjectType()}). In a batch, the objects of the kinds a context stores are
 * added to the context first, for cross-references.
 *
 * <p>Some judgements are about a batch, not an object: DPO measures gender parity per contributing
 * country, target group and month across all missions, so {@code WPS-PAR-001} runs in
 * {@link #validateAll} (over the batch's deployments) and {@link #validateParity} (over a tally
 * built while streaming), never on one record alone.
 *
 * <p>Every report names the context's {@link ValidationContext#knowledgeHorizon() knowledge
 * horizon} ({@link ValidationReport#knowledgeHorizon()}), so that a reader knows how far the facts
 * behind it ran.
 *
 * <p>Validating an object that breaks no rule allocates nothing beyond what its rules read: the
 * validator reuses one issue collector per thread and returns its one shared empty report
 * ({@link ValidationReport#empty()} itself for a context without a horizon). The built-in
 * deployment rules, which run in bulk, are written to that standard.
 *
 * <p>This class is immutable and thread-safe: share one validator between threads.
 */
public final class Validator {
  /**
   * Tells operators that a rule is broken. Logs the rule id and the exception's type only: its
   * message may quote the data, and the library never logs data.
   */
  private static final Logger LOG = LoggerFactory.getLogger(Validator.class);

  /**
   * The version of this library, recorded in every report, such as {@code 0.1.0}. The build writes
   * it (from the POM) into a resource of wps-core; it is read once, when this class loads. Not a
   * compile-time constant, so code compiled against one release reads the version actually run.
   */
  public static final String LIBRARY_VERSION = LibraryVersion.version();

  /** The rules that apply to objects of one concrete class. */
  private static final class Plan {
    final boolean supported;
    final ValidationRule<Object>[] rules;
    final Kinds.Kind<?> kind;

    Plan(boolean supported, ValidationRule<Object>[] rules, Kinds.Kind<?> kind) {
      this.supported = supported;
      this.rules = rules;
      this.kind = kind;
    }
  }

  private final RuleSet ruleSet;
  private final ValidationContext context;
  /** Enabled built-in and custom rules, built-in first, each group sorted by id. */
  private final List<ValidationRule<?>> rules;
  private final ConcurrentHashMap<Class<?>, Plan> plans = new ConcurrentHashMap<>();
  /** The report of nothing found, naming the context's knowledge horizon. */
  private final ValidationReport empty;
  /**
   * One collector per thread, reused, so that validating a valid object allocates nothing: the
   * issue-free path returns the shared empty report. Null while the thread's collector is in use (a
   * custom rule that validates another object from inside {@code check}); that nested validation
   * then gets a collector of its own.
   */
  private final ThreadLocal<IssueCollector[]> collectors = new ThreadLocal<>();

  private Validator(RuleSet ruleSet, ValidationContext context) {
    this.ruleSet = ruleSet;
    this.context = context;
    this.empty = ValidationReport.naming(
        ValidationReport.empty(), context.knowledgeHorizon().orElse(null));
    List<ValidationRule<?>> enabled = new ArrayList<>();
    for (ValidationRule<?> rule : RuleCatalogue.builtInRules()) {
      if (ruleSet.isEnabled(rule.descriptor().id())) {
        enabled.add(rule);
      }
    }
    for (ValidationRule<?> rule : ruleSet.customRules()) {
      if (ruleSet.isEnabled(rule.descriptor().id())) {
        enabled.add(rule);
      }
    }
    this.rules = List.copyOf(enabled);
  }

  /**
   * Obtains a validator.
   *
   * @param ruleSet the rule choices, not null
   * @param context what rules may look up, and the clock, not null
   * @return the validator
   */
  public static Validator of(RuleSet ruleSet, ValidationContext context) {
    return new Validator(
        Objects.requireNonNull(ruleSet, "ruleSet"), Objects.requireNonNull(context, "context"));
  }

  /**
   * Obtains a validator with the {@link RuleSet#defaults() default} rules.
   *
   * @param context what rules may look up, and the clock, not null
   * @return the validator
   */
  public static Validator of(ValidationContext context) {
    return of(RuleSet.defaults(), context);
  }

  /**
   * Returns the rule set.
   *
   * @return the rule set
   */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /**
   * Returns the context.
   *
   * @return the context
   */
  public ValidationContext context() {
    return context;
  }

  /**
   * Returns a validator with the same rules and another context.
   *
   * @param newContext the context, not null
   * @return the validator
   */
  public Validator withContext(ValidationContext newContext) {
    return of(ruleSet, newContext);
  }

  /**
   * Returns whether objects of a type can be validated: a built-in kind, or a type some custom rule
   * of the rule set judges.
   *
   * @param type the type, not null
   * @return true when {@link #validate(Object)} accepts its instances
   */
  public boolean supports(Class<?> type) {
    return plan(Objects.requireNonNull(type, "type")).supported;
  }

  /**
   * Validates one object.
   *
   * @param subject the object, of a supported kind, not null
   * @return the report; the validator's shared empty report when nothing was found
   * @throws IllegalArgumentException if no rule judges objects of this kind
   */
  public ValidationReport validate(Object subject) {
    return validate(subject, null);
  }

  /**
   * Validates one object read from a file: every issue about it names where it came from
   * ({@link ValidationIssue#origin()}), so that a finding on line 14,212 can be found again. A
   * program that streams a large file validates each document this way as it is read and keeps only
   * the issues, never the documents.
   *
   * @param subject the object, of a supported kind, not null
   * @param origin where it was read from, or null when not known (as {@link #validate(Object)})
   * @return the report; the validator's shared empty report when nothing was found
   * @throws IllegalArgumentException if no rule judges objects of this kind
   */
  public ValidationReport validate(Object subject, Origin origin) {
    Objects.requireNonNull(subject, "subject");
    Plan plan = plan(subject.getClass());
    if (!plan.supported) {
      throw new IllegalArgumentException(
          "Objects of type " + subject.getClass().getName() + " cannot be validated; supported"
              + " kinds: " + supportedKinds());
    }
    IssueCollector[] slot = collectors.get();
    if (slot == null) {
      slot = new IssueCollector[] {new IssueCollector(ruleSet, empty)};
      collectors.set(slot);
    }
    IssueCollector out = slot[0];
    if (out == null) {
      out = new IssueCollector(ruleSet, empty); // nested validation on this thread
    }
    slot[0] = null;
    try {
      run(plan, subject, origin, context, out);
      return out.toReport();
    } finally {
      out.clear(); // also after an Error thrown by a rule
      if (slot[0] == null) {
        slot[0] = out;
      }
    }
  }

  /**
   * Validates a batch of objects of mixed kinds together. The objects of kinds the context stores
   * (resolutions, missions, mandates, gender staffing tables, signatories, Compact commitments) are
   * added to the context first, replacing entries with the same key, so that they can refer to each
   * other: a mandate to the resolution beside it, a report to the commitments beside it.
   *
   * <p>An object of a kind the context stores but no rule judges (a
   * {@link io.github.wpskit.wps.compact.Signatory}) is reference data for the others and reported on
   * by nobody. Any other object of a kind no rule judges is not an exception here: it is reported as an
   * {@link Severity#ERROR} under {@code WPS-SYS-002}, with the object id {@code batch[i]} (its
   * position in the batch).
   *
   * @param objects the objects, not null, without null elements
   * @return one report for the whole batch
   * @throws NullPointerException if the collection or an element is null
   */
  public ValidationReport validateAll(Collection<?> objects) {
    Objects.requireNonNull(objects, "objects");
    int i = 0;
    for (Object o : objects) {
      if (o == null) {
        throw new NullPointerException("objects[" + i + "]");
      }
      i++;
    }
    ValidationContext batchContext = context.withAll(objects);
    IssueCollector out = new IssueCollector(ruleSet, empty);
    ParityTally tally = judgesParity() ? ParityTally.create() : null;
    i = 0;
    for (Object subject : objects) {
      Plan plan = plan(subject.getClass());
      if (tally != null && subject instanceof Deployment) {
        tally.add((Deployment) subject);
      }
      if (plan.supported) {
        run(plan, subject, null, batchContext, out);
      } else if (plan.kind != null && plan.kind.stored) {
        // Reference data no rule judges (a signatory): it serves the others through the context.
      } else {
        out.unsupported("batch[" + i + "]", subject.getClass(), supportedKinds());
      }
      i++;
    }
    if (tally != null) {
      ParityRules.judgeBelowTarget(tally.toAnalysis(batchContext.parityTargets()), out);
    }
    return out.toReport();
  }

  /**
   * Applies the rules that judge deployment figures as a batch ({@code WPS-PAR-001}: each
   * contributing country's share of women per target group and month) to an analysis. For callers
   * that stream records through {@link #validate(Object)} one at a time: add each record to a
   * {@link ParityTally}, then call this once at the end with
   * {@code tally.toAnalysis(validator.context().parityTargets())}. {@link #validateAll} does both itself.
   *
   * @param analysis the analysis of the batch, not null
   * @return the batch-level findings and skips; the validator's shared empty report when there are
   *     none
   */
  public ValidationReport validateParity(ParityAnalysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    IssueCollector out = new IssueCollector(ruleSet, empty);
    if (judgesParity()) {
      ParityRules.judgeBelowTarget(analysis, out);
    }
    return out.toReport();
  }

  private boolean judgesParity() {
    return ruleSet.isEnabled(ParityRules.BELOW_TARGET.id());
  }

  private static void run(
      Plan plan, Object subject, Origin origin, ValidationContext ctx, IssueCollector out) {
    out.begin(subject, plan.kind, origin);
    ValidationRule<Object>[] list = plan.rules;
    for (int k = 0; k < list.length; k++) {
      ValidationRule<Object> rule = list[k];
      try {
        rule.check(subject, ctx, out);
      } catch (RuntimeException e) {
        LOG.warn("Validation rule {} threw {}; reported as WPS-SYS-001",
            rule.descriptor().id(), e.getClass().getName());
        out.ruleFailed(rule.descriptor(), e);
      }
    }
  }

  private Plan plan(Class<?> type) {
    Plan plan = plans.get(type);
    if (plan == null) {
      plan = computePlan(type);
      Plan raced = plans.putIfAbsent(type, plan);
      if (raced != null) {
        plan = raced;
      }
    }
    return plan;
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is made from the raw one
  private Plan computePlan(Class<?> type) {
    Kinds.Kind<?> kind = null;
    for (Kinds.Kind<?> k : Kinds.ALL) {
      if (k.type.isAssignableFrom(type)) {
        kind = k;
        break;
      }
    }
    boolean supported = kind != null && kind.validated;
    for (ValidationRule<?> custom : ruleSet.customRules()) {
      supported |= custom.subjectType().isAssignableFrom(type);
    }
    List<ValidationRule<Object>> applicable = new ArrayList<>();
    for (ValidationRule<?> rule : rules) {
      if (rule.subjectType().isAssignableFrom(type)) {
        applicable.add((ValidationRule<Object>) rule);
      }
    }
    return new Plan(supported, applicable.toArray(new ValidationRule[0]), kind);
  }

  private String supportedKinds() {
    StringBuilder sb = new StringBuilder(Kinds.VALIDATED_NAMES);
    // A set, not a search of the text: one type's name may be part of another's (Note, Notebook).
    Set<String> listed = new HashSet<>();
    for (ValidationRule<?> custom : ruleSet.customRules()) {
      Kinds.Kind<?> kind = Kinds.ofType(custom.subjectType());
      if (kind != null && kind.validated) {
        continue;
      }
      String name = kind != null ? kind.name : custom.subjectType().getName();
      if (listed.add(name)) {
        sb.append(", ").append(name);
      }
    }
    return sb.toString();
  }
}
