package io.github.wpskit.wps.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear scale from data values to SVG coordinates, with "nice" tick values (1, 2 or 5 times a
 * power of ten) so that axes read as round numbers.
 */
final class Scale {
  private final double domainMax;
  private final double rangeStart;
  private final double rangeEnd;
  private final double step;

  /**
   * A scale from 0 to at least {@code max} (rounded up to a tick), onto the range given.
   *
   * @param max the largest value to show; 0 or less shows 0 to 1
   * @param rangeStart the coordinate of 0
   * @param rangeEnd the coordinate of the top of the domain
   * @param ticks about how many ticks to aim for
   */
  Scale(double max, double rangeStart, double rangeEnd, int ticks) {
    double top = max > 0 ? max : 1;
    this.step = niceStep(top / ticks);
    this.domainMax = Math.ceil(top / step - 1e-9) * step;
    this.rangeStart = rangeStart;
    this.rangeEnd = rangeEnd;
  }

  private static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / power;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    return nice * power;
  }

  /** Returns the coordinate of a value. */
  double at(double value) {
    return rangeStart + (rangeEnd - rangeStart) * (value / domainMax);
  }

  /** Returns the top of the domain. */
  double max() {
    return domainMax;
  }

  /** Returns the tick values from 0 to the top of the domain. */
  List<Double> ticks() {
    List<Double> ticks = new ArrayList<>();
    int n = (int) Math.round(domainMax / step);
    for (int i = 0; i <= n; i++) {
      ticks.add(i * step);
    }
    return ticks;
  }

  /** Formats a coordinate with at most one decimal, the precision a screen needs. */
  static String coordinate(double v) {
    long tenths = Math.round(v * 10);
    return tenths % 10 == 0
        ? Long.toString(tenths / 10)
        : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }

  /** Formats a tick value: no decimals for whole numbers, else as few as needed. */
  static String tick(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return Long.toString(Math.round(v));
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
