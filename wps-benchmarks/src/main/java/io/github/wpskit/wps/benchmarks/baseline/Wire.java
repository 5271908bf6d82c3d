package io.github.wpskit.wps.benchmarks.baseline;

import java.util.Locale;

/** The wire spelling of enum constants shared by the baselines: lower case, hyphens. */
final class Wire {
  private Wire() {}

  static String spelling(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
