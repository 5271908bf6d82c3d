package io.github.wpskit.wps.mission;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a mission closed: the date its mandate ended, the deadline for withdrawal, and the resolution
 * that decided it. MINUSMA's mandate ended on 30 June 2023 by resolution 2690 (2023), with withdrawal
 * by 31 December 2023.
 *
 * <p>Invariant: the withdrawal deadline is not before the mandate's end.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Closure {
  Closure() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Closure} values; {@code mandateEnded} is required. */
  public static final class Builder extends ImmutableClosure.Builder {
    Builder() {}
  }

  /**
   * Returns the last day of the mission's mandate.
   *
   * @return the date
   */
  public abstract LocalDate mandateEnded();

  /**
   * Returns the date by which the mission was to complete its withdrawal, if set.
   *
   * @return the deadline, or empty
   */
  public abstract Optional<LocalDate> withdrawalDeadline();

  /**
   * Returns the resolution that ended the mandate, if known.
   *
   * @return the resolution, or empty
   */
  public abstract Optional<ResolutionSymbol> decidedBy();

  /**
   * Returns the last day on which the mission could have personnel deployed: the withdrawal
   * deadline where set, otherwise the end of the mandate.
   *
   * @return the date
   */
  public final LocalDate lastDayOfPresence() {
    return withdrawalDeadline().orElse(mandateEnded());
  }

  @Value.Check
  final void check() {
    withdrawalDeadline().ifPresent(d -> {
      if (d.isBefore(mandateEnded())) {
        throw new InvalidValueException(
            "Closure.withdrawalDeadline", d, "must not be before mandateEnded " + mandateEnded());
      }
    });
  }
}
