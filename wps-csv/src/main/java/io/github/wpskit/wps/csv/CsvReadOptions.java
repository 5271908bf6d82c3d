package io.github.wpskit.wps.csv;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a {@link DeploymentReader} reads: which layout it requires, how many findings it keeps, who
 * hears of every finding, and how many reporting dates the repeated-row check remembers.
 *
 * <p>Every finding is counted in the {@link CsvReadSummary} whatever the limits; the limits only bound
 * what is kept in memory, so a reader of a million rows stays in constant memory.
 *
 * <p>This class is immutable and thread-safe (if the listener is).
 */
public final class CsvReadOptions {
  private static final CsvReadOptions DEFAULTS = new CsvReadOptions(null, 1_000, null, 4);

  private final CsvLayout layout;
  private final int maxCollectedFindings;
  private final Consumer<CsvFinding> listener;
  private final int maxOpenDates;

  private CsvReadOptions(
      CsvLayout layout, int maxCollectedFindings, Consumer<CsvFinding> listener, int maxOpenDates) {
    this.layout = layout;
    this.maxCollectedFindings = maxCollectedFindings;
    this.listener = listener;
    this.maxOpenDates = maxOpenDates;
  }

  /**
   * Returns the defaults: any layout, the first 1000 findings kept, no listener, four open dates.
   *
   * @return the default options
   */
  public static CsvReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Requires a layout: a file whose header is another layout's is refused.
   *
   * @param required the layout, not null
   * @return the new options
   */
  public CsvReadOptions withLayout(CsvLayout required) {
    return new CsvReadOptions(
        Objects.requireNonNull(required, "required"), maxCollectedFindings, listener, maxOpenDates);
  }

  /**
   * Sets how many findings {@link DeploymentReader#findings()} keeps, the first ones in line order.
   *
   * @param max 0 or more; default 1000
   * @return the new options
   * @throws IllegalArgumentException if negative
   */
  public CsvReadOptions withMaxCollectedFindings(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("maxCollectedFindings must not be negative: " + max);
    }
    return new CsvReadOptions(layout, max, listener, maxOpenDates);
  }

  /**
   * Sets a listener told of every finding as it is made, in line order, whatever
   * {@link #maxCollectedFindings()} keeps: to stream findings to a report without holding them.
   *
   * @param onFinding the listener, called on the reading thread; not null
   * @return the new options
   */
  public CsvReadOptions withFindingListener(Consumer<CsvFinding> onFinding) {
    return new CsvReadOptions(layout, maxCollectedFindings,
        Objects.requireNonNull(onFinding, "onFinding"), maxOpenDates);
  }

  /**
   * Sets how many reporting dates the repeated-row check remembers at once. DPO's files list their
   * dates one after another, for which one is enough; a file whose dates are interleaved needs as
   * many as it interleaves, or repeats across the forgotten rows are not found (a
   * {@link CsvFindingCode#DUPLICATE_CHECK_INCOMPLETE} finding says so). Memory: at most 32 bytes per
   * row key of each open date.
   *
   * @param max 1 or more; default 4
   * @return the new options
   * @throws IllegalArgumentException if less than 1
   */
  public CsvReadOptions withMaxOpenDates(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxOpenDates must be at least 1: " + max);
    }
    return new CsvReadOptions(layout, maxCollectedFindings, listener, max);
  }

  /**
   * Returns the layout required.
   *
   * @return the layout, empty to accept any
   */
  public Optional<CsvLayout> layout() {
    return Optional.ofNullable(layout);
  }

  /**
   * Returns how many findings a reader keeps.
   *
   * @return the limit
   */
  public int maxCollectedFindings() {
    return maxCollectedFindings;
  }

  /**
   * Returns the listener told of every finding.
   *
   * @return the listener, empty if none
   */
  public Optional<Consumer<CsvFinding>> findingListener() {
    return Optional.ofNullable(listener);
  }

  /**
   * Returns how many reporting dates the repeated-row check remembers at once.
   *
   * @return the limit
   */
  public int maxOpenDates() {
    return maxOpenDates;
  }
}
