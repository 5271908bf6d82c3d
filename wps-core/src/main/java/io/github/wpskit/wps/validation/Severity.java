package io.github.wpskit.wps.validation;

/**
 * How serious a {@link ValidationIssue} is. A report is valid when it has no {@link #ERROR}.
 *
 * <p>Declared from the most to the least serious, so the natural order puts errors first.
 */
public enum Severity {
  /** The data is wrong: it contradicts a resolution, policy or fact and should not be accepted. */
  ERROR,
  /** The data is suspicious or incomplete and should be reviewed; it does not make a report invalid. */
  WARNING,
  /** A remark for the reader; never a problem by itself. */
  INFO
}
