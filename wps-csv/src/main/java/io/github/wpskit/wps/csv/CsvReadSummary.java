package io.github.wpskit.wps.csv;

import io.github.wpskit.wps.validation.Severity;
import java.util.Locale;
import java.util.Objects;

/**
 * What a reader did with a file, counted: rows read, deployments made, rows repaired, rows refused,
 * lines skipped, and the findings of each kind.
 *
 * <p>Every row after the header is counted once, as a deployment, a refused row or a skipped line:
 * {@code rows() == deployments() + refusedRows() + skippedLines()}. Nothing is dropped without a
 * finding that says so.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvReadSummary {
  private final String source;
  private final CsvLayout layout;
  private final long rows;
  private final long deployments;
  private final long repairedRows;
  private final long refusedRows;
  private final long skippedLines;
  private final long[] byCode;

  CsvReadSummary(String source, CsvLayout layout, long rows, long deployments, long repairedRows,
      long refusedRows, long skippedLines, long[] byCode) {
    this.source = Objects.requireNonNull(source, "source");
    this.layout = Objects.requireNonNull(layout, "layout");
    this.rows = rows;
    this.deployments = deployments;
    this.repairedRows = repairedRows;
    this.refusedRows = refusedRows;
    this.skippedLines = skippedLines;
    this.byCode = byCode.clone();
  }

  /**
   * Returns the name of the file read.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the layout the header was recognised as.
   *
   * @return the layout
   */
  public CsvLayout layout() {
    return layout;
  }

  /**
   * Returns the rows read after the header, blank lines included.
   *
   * @return the count
   */
  public long rows() {
    return rows;
  }

  /**
   * Returns the deployments made: rows read as they were, repaired or with a warning.
   *
   * @return the count
   */
  public long deployments() {
    return deployments;
  }

  /**
   * Returns the deployments made from a row that needed at least one repair (a trimmed cell, a date
   * in the other spelling).
   *
   * @return the count, at most {@link #deployments()}
   */
  public long repairedRows() {
    return repairedRows;
  }

  /**
   * Returns the rows refused: each has at least one ERROR finding saying why.
   *
   * @return the count
   */
  public long refusedRows() {
    return refusedRows;
  }

  /**
   * Returns the blank lines and lines of empty cells skipped, each with an INFO finding.
   *
   * @return the count
   */
  public long skippedLines() {
    return skippedLines;
  }

  /**
   * Returns how many findings of a kind were made.
   *
   * @param code the kind, not null
   * @return the count
   */
  public long count(CsvFindingCode code) {
    return byCode[code.ordinal()];
  }

  /**
   * Returns how many findings of a severity were made.
   *
   * @param severity the severity, not null
   * @return the count
   */
  public long count(Severity severity) {
    long n = 0;
    for (CsvFindingCode c : CsvFindingCode.values()) {
      if (c.severity() == severity) {
        n += byCode[c.ordinal()];
      }
    }
    return n;
  }

  /**
   * Returns the summary on one line, such as {@code hdx.csv (HDX odp_contributionsbygender.csv):
   * 11,001 rows read, 10,989 deployments (1,102 repaired), 0 rows refused, 12 lines skipped}.
   *
   * @return the summary for people
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "%s (%s): %,d rows read, %,d deployments (%,d repaired), %,d rows refused, %,d lines"
            + " skipped", source, layout.displayName(), rows, deployments, repairedRows,
        refusedRows, skippedLines);
  }
}
