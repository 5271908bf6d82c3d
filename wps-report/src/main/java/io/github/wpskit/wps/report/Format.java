package io.github.wpskit.wps.report;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** How the report writes numbers and months, the same in tables, charts and descriptions. */
final class Format {
  /** What a table cell says where a figure does not exist (no share of nobody, no target). */
  static final String NONE = "\u2014";

  private Format() {}

  /** A count with thousands separators: {@code 16,351}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A percentage with one decimal: {@code 7.8%}. */
  static String percent(double p) {
    return String.format(Locale.ROOT, "%.1f%%", p);
  }

  /** A percentage, or the dash where there is none. */
  static String percent(OptionalDouble p) {
    return p.isPresent() ? percent(p.getAsDouble()) : NONE;
  }

  /** A count, or the dash where there is none. */
  static String count(OptionalLong n) {
    return n.isPresent() ? count(n.getAsLong()) : NONE;
  }

  /** A month for people: {@code June 2024}. */
  static String month(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
  }
}
