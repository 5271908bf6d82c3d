package io.github.wpskit.wps.mission;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a mission closes or closed, phase by phase, as far as the sources say: the end of its mandate,
 * the end of operations, the deadline for withdrawal, the {@link Liquidation} that follows, and the
 * resolution that decided it. A closure may be decided ahead of time: S/RES/2790 (2025) ends UNIFIL's
 * operations on 31 December 2026, with withdrawal within one year and then liquidation, so UNIFIL has
 * a closure while still active. {@link Mission#statusOn} reads the phases.
 *
 * <p>Every date is optional: a closure without dates says only that the mission closed (the catalog's
 * past missions, whose dataset dates are not confirmed closure dates).
 *
 * <p>Invariants: the withdrawal deadline is not before the end of the mandate nor the end of
 * operations; a liquidation does not start on or before the end of the mandate or of operations.
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

  /** Builds {@link Closure} values; every attribute is optional. */
  public static final class Builder extends ImmutableClosure.Builder {
    Builder() {}
  }

  /**
   * Returns the last day of the mission's mandate, if known.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> mandateEnded();

  /**
   * Returns the last day of operations, where a decision sets it apart from the mandate's end (UNIFIL:
   * operations cease on 31 December 2026).
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> operationsEnd();

  /**
   * Returns the date by which the mission is to complete its withdrawal, if set.
   *
   * @return the deadline, or empty
   */
  public abstract Optional<LocalDate> withdrawalDeadline();

  /**
   * Returns the liquidation that follows the withdrawal, where the sources say one does.
   *
   * @return the liquidation, or empty
   */
  public abstract Optional<Liquidation> liquidation();

  /**
   * Returns the resolution that decided the closure, if known.
   *
   * @return the resolution, or empty
   */
  public abstract Optional<ResolutionSymbol> decidedBy();

  /**
   * Returns the last day of activity: the end of operations where set, otherwise the end of the
   * mandate.
   *
   * @return the date, or empty when neither is known
   */
  public final Optional<LocalDate> endOfActivity() {
    return operationsEnd().or(this::mandateEnded);
  }

  @Value.Check
  final void check() {
    if (withdrawalDeadline().isPresent()) {
      LocalDate d = withdrawalDeadline().get();
      after("Closure.withdrawalDeadline", d, "mandateEnded", mandateEnded(), true);
      after("Closure.withdrawalDeadline", d, "operationsEnd", operationsEnd(), true);
    }
    if (liquidation().isPresent() && liquidation().get().start().isPresent()) {
      LocalDate s = liquidation().get().start().get();
      after("Closure.liquidation.start", s, "mandateEnded", mandateEnded(), false);
      after("Closure.liquidation.start", s, "operationsEnd", operationsEnd(), false);
    }
  }

  private static void after(
      String attribute, LocalDate value, String otherName, Optional<LocalDate> other,
      boolean sameDayAllowed) {
    if (other.isPresent()
        && (value.isBefore(other.get()) || (!sameDayAllowed && value.equals(other.get())))) {
      throw new InvalidValueException(
          attribute, value, "must be " + (sameDayAllowed ? "on or after " : "after ") + otherName
              + " " + other.get());
    }
  }
}
