package io.github.wpskit.wps.parity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact arithmetic on shares of women: a target is read as the decimal it is written as
 * ({@code 17.5} is exactly 17.5, not the nearest binary fraction), and counts are integers, so a
 * share exactly at the target meets it.
 */
final class Shares {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Shares() {}

  /**
   * How many more women, at the same total (in place of men), would bring the share to the target.
   *
   * @param women the number of women, 0 to {@code total}
   * @param total the number of personnel, more than 0
   * @param percentage the target, 0 to 100
   * @return 0 when the target is met, else the number of women missing
   */
  static long shortfall(long women, long total, double percentage) {
    // The smallest whole number of women w with w / total >= percentage / 100.
    long needed = BigDecimal.valueOf(percentage).multiply(BigDecimal.valueOf(total))
        .divide(HUNDRED, 0, RoundingMode.CEILING).longValueExact();
    return Math.max(0, needed - women);
  }
}
