package io.github.wpskit.wps.compact;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An indicator that measures a commitment: its name, unit, baseline, target and latest value.
 *
 * <p>Invariants ({@link InvalidValueException} otherwise): the name and unit are non-blank text;
 * every number is finite. Whether the latest value moves toward the target is a validation rule, not
 * an invariant: a target may lie below the baseline (fewer incidents, for instance).
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Indicator {
  Indicator() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Indicator} values; {@code name}, {@code baseline} and {@code target} are required.
   */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  /**
   * Returns the indicator's name, unique within its commitment.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the unit of the values, such as "percent" or "USD", if given.
   *
   * @return the unit, or empty
   */
  public abstract Optional<String> unit();

  /**
   * Returns the value when the commitment was made.
   *
   * @return a finite number
   */
  public abstract double baseline();

  /**
   * Returns the value the commitment aims for.
   *
   * @return a finite number
   */
  public abstract double target();

  /**
   * Returns the most recently reported value, if any.
   *
   * @return a finite number, or empty
   */
  public abstract Optional<Double> latest();

  @Value.Check
  final void check() {
    Checks.text("Indicator.name", name());
    unit().ifPresent(u -> Checks.text("Indicator.unit", u));
    Checks.finite("Indicator.baseline", baseline());
    Checks.finite("Indicator.target", target());
    latest().ifPresent(l -> Checks.finite("Indicator.latest", l));
  }
}
