package io.github.wpskit.wps.compact;

/**
 * The Compact's four-point scale on which a signatory rates its progress on each specific action in
 * its annual report. Enum order runs from most to least progress.
 */
public enum ProgressRating {
  /** Progress beyond what was committed. */
  EXCEEDED("Exceeded progress"),
  /** Progress as committed. */
  MET("Met progress"),
  /** Some, but less progress than committed. */
  LIMITED("Limited progress"),
  /** No progress. */
  NO_PROGRESS("No progress");

  private final String displayName;

  ProgressRating(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Returns the rating as the Compact's reporting guidance words it, such as "Met progress".
   *
   * @return the display name
   */
  public String displayName() {
    return displayName;
  }
}
