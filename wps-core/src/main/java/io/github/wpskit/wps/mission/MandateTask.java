package io.github.wpskit.wps.mission;

import io.github.wpskit.wps.internal.Checks;
import io.github.wpskit.wps.policy.PolicyReference;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One task of a mandate: its category, its wording, the resolutions it cites (for a WPS task, the WPS
 * resolutions behind it) and the policy framework entries it serves.
 *
 * <p>Invariants: the description is not blank; cited resolutions are not repeated. Whether a WPS task
 * cites a WPS resolution is a validation rule.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MandateTask {
  MandateTask() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a task without citations or policy references.
   *
   * @param category the category
   * @param description the task's wording
   * @return the task
   */
  public static MandateTask of(TaskCategory category, String description) {
    return builder().category(category).description(description).build();
  }

  /** Builds {@link MandateTask} values; {@code category} and {@code description} are required. */
  public static final class Builder extends ImmutableMandateTask.Builder {
    Builder() {}
  }

  /**
   * Returns the category.
   *
   * @return the category
   */
  public abstract TaskCategory category();

  /**
   * Returns the task's wording, typically paraphrasing the operative paragraph.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the resolutions the task cites, in the order given.
   *
   * @return an unmodifiable list without repeats, possibly empty
   */
  public abstract List<ResolutionSymbol> citedResolutions();

  /**
   * Returns the policy framework entries the task serves.
   *
   * @return an unmodifiable set, possibly empty
   */
  public abstract Set<PolicyReference> policyReferences();

  @Value.Check
  final void check() {
    Checks.text("MandateTask.description", description());
    Checks.uniqueBy("MandateTask.citedResolutions", citedResolutions(), s -> s);
  }
}
