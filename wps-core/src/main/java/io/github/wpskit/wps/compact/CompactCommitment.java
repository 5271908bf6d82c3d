package io.github.wpskit.wps.compact;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.internal.Checks;
import io.github.wpskit.wps.policy.PolicyReference;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A signatory's commitment under the WPS-HA Compact: a specific action of the Compact Framework in
 * one thematic area, described, with an optional target year, indicators and the policy frameworks it
 * serves.
 *
 * <p>Invariants ({@link InvalidValueException} otherwise): the id is non-blank text of at most
 * {@value #MAX_ID_LENGTH} characters; the signatory name and description are non-blank text; a
 * target year, when given, lies in 1946 to 9999 (a sanity bound only); indicator names are unique.
 *
 * <p>The target year is optional because the Compact's guidance does not confirm that a commitment
 * has one: the framework's actions are reported on annually, not against a deadline. A signatory that
 * sets itself a year may record it.
 *
 * <p>Deliberately not invariants but validation rules, so that imperfect data can be loaded and then
 * explained: that the action's letter matches the thematic area, and that a target year lies within
 * the Compact's horizon.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class CompactCommitment {
  /** The longest id accepted. */
  public static final int MAX_ID_LENGTH = 100;
  /**
   * The smallest target year accepted (a sanity bound: the year of the Security Council's first
   * meeting).
   */
  public static final int MIN_YEAR = 1946;
  /** The largest target year accepted (four digits). */
  public static final int MAX_YEAR = 9999;

  CompactCommitment() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link CompactCommitment} values; {@code id}, {@code signatory}, {@code thematicArea},
   * {@code action} and {@code description} are required; {@code targetYear} is optional.
   */
  public static final class Builder extends ImmutableCompactCommitment.Builder {
    Builder() {}
  }

  /**
   * Returns the caller's own key for the commitment, such as {@code NOR-B-01}; progress entries refer
   * to it.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the name of the signatory that made the commitment (see {@link Signatory#name()}).
   *
   * @return the signatory's name
   */
  public abstract String signatory();

  /**
   * Returns the thematic area the commitment is made under.
   *
   * @return the area
   */
  public abstract ThematicArea thematicArea();

  /**
   * Returns the specific action of the Compact Framework the commitment implements.
   *
   * @return the action's code
   */
  public abstract FrameworkActionCode action();

  /**
   * Returns what the signatory commits to do.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the year by which the signatory means to meet the commitment, when it set one.
   *
   * @return the year, 1946 to 9999, or empty when none was given
   */
  public abstract Optional<Year> targetYear();

  /**
   * Returns the indicators that measure the commitment, in the order given.
   *
   * @return an unmodifiable list with unique names, possibly empty
   */
  public abstract List<Indicator> indicators();

  /**
   * Returns the policy framework entries the commitment serves, such as {@code A4P.2}.
   *
   * @return an unmodifiable set, possibly empty
   */
  public abstract Set<PolicyReference> policyReferences();

  @Value.Check
  final void check() {
    Checks.text("CompactCommitment.id", id(), MAX_ID_LENGTH);
    Checks.text("CompactCommitment.signatory", signatory(), Signatory.MAX_NAME_LENGTH);
    Checks.text("CompactCommitment.description", description());
    if (targetYear().isPresent()) {
      Checks.inRange(
          "CompactCommitment.targetYear", targetYear().get().getValue(), MIN_YEAR, MAX_YEAR);
    }
    Checks.uniqueBy("CompactCommitment.indicators", indicators(), Indicator::name);
  }
}
