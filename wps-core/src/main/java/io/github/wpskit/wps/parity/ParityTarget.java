package io.github.wpskit.wps.parity;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.internal.Checks;
import java.time.Year;
import org.immutables.value.Value;

/**
 * A gender parity target: the percentage of women aimed for in one {@link ParityTargetGroup target
 * group} of uniformed personnel in one year.
 *
 * <p>Invariants ({@link InvalidValueException} otherwise): the percentage is a finite number from 0 to
 * 100; the year lies in 1946 to 9999 (a sanity bound only).
 *
 * <p>This class is immutable and thread-safe. Obtain one with {@link #of}.
 */
@Value.Immutable
public abstract class ParityTarget {
  /** The smallest year accepted (a sanity bound: the year of the Security Council's first meeting). */
  public static final int MIN_YEAR = 1946;
  /** The largest year accepted (four digits). */
  public static final int MAX_YEAR = 9999;

  ParityTarget() {}

  /**
   * Obtains a target.
   *
   * @param group the target group, not null
   * @param year the year the target applies to, 1946 to 9999, not null
   * @param percentage the percentage of women aimed for, 0 to 100
   * @return the target
   * @throws InvalidValueException if the year or the percentage is out of range
   */
  public static ParityTarget of(ParityTargetGroup group, Year year, double percentage) {
    return ImmutableParityTarget.builder()
        .group(group)
        .year(year)
        .percentage(percentage)
        .build();
  }

  /**
   * Returns the target group the target is set for (in JSON the field {@code category}).
   *
   * @return the group
   */
  public abstract ParityTargetGroup group();

  /**
   * Returns the year the target applies to.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Returns the percentage of women aimed for.
   *
   * @return 0 to 100
   */
  public abstract double percentage();

  @Value.Check
  final void check() {
    Checks.inRange("ParityTarget.year", year().getValue(), MIN_YEAR, MAX_YEAR);
    Checks.inRange("ParityTarget.percentage", percentage(), 0, 100);
  }
}
