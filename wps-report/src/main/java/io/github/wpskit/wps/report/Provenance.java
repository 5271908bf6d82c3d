package io.github.wpskit.wps.report;

import io.github.wpskit.wps.validation.Origin;
import io.github.wpskit.wps.validation.ValidationIssue;

/** Where the object of a finding was read from, as the findings table writes it. */
final class Provenance {
  private Provenance() {}

  /**
   * Returns {@code file:line} (with the column where known) as {@link Origin#toString()} writes
   * it, or the dash for an object that was not read from a file.
   */
  static String of(ValidationIssue issue) {
    return issue.origin().map(Origin::toString).orElse(Format.NONE);
  }
}
