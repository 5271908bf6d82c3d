package io.github.wpskit.wps.mission;

import io.github.wpskit.wps.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The liquidation that follows a mission's withdrawal: when it starts and ends where known, and
 * whether a guard unit stays for it. MINUSMA's liquidation started on 1 January 2024 (S/RES/2690
 * (2023)); UNAMID's and UNIFIL's keep a guard unit, with dates not set.
 *
 * <p>A closure that has a liquidation says that one follows; the dates and the guard unit are
 * optional because the sources often leave them out.
 *
 * <p>Invariant: the end is not before the start.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Liquidation {
  Liquidation() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Liquidation} values; every attribute is optional. */
  public static final class Builder extends ImmutableLiquidation.Builder {
    Builder() {}
  }

  /**
   * Returns the first day of the liquidation, if known.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> start();

  /**
   * Returns the last day of the liquidation, if known.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> end();

  /**
   * Returns whether a guard unit stays during the liquidation; empty where the sources do not say.
   *
   * @return true, false, or empty
   */
  public abstract Optional<Boolean> guardUnit();

  @Value.Check
  final void check() {
    if (start().isPresent() && end().isPresent() && end().get().isBefore(start().get())) {
      throw new InvalidValueException(
          "Liquidation.end", end().get(), "must not be before start " + start().get());
    }
  }
}
