package io.github.wpskit.wps.json;

import io.github.wpskit.wps.json.internal.Limits;

/**
 * Options of an {@link NdjsonReader}: the longest line accepted, and whether reading continues after
 * a bad line, collecting the errors.
 *
 * <p>The line limit is the NDJSON counterpart of the single-document length limit, which Jackson would
 * otherwise count over the whole stream. A longer line is skipped without being buffered and reported
 * as malformed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NdjsonOptions {
  private static final NdjsonOptions DEFAULTS =
      new NdjsonOptions(Limits.DEFAULT_MAX_LINE_LENGTH, false, 1000);

  private final int maxLineLength;
  private final boolean continueOnError;
  private final int maxCollectedErrors;

  private NdjsonOptions(int maxLineLength, boolean continueOnError, int maxCollectedErrors) {
    this.maxLineLength = maxLineLength;
    this.continueOnError = continueOnError;
    this.maxCollectedErrors = maxCollectedErrors;
  }

  /**
   * Returns the defaults: lines up to 1 MiB, stop at the first bad line, keep up to 1000 errors.
   *
   * @return the defaults
   */
  public static NdjsonOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another line limit.
   *
   * @param bytes the longest line accepted, in bytes without the line end, 1 to 64 MiB
   * @return the copy
   * @throws IllegalArgumentException if out of range
   */
  public NdjsonOptions withMaxLineLength(int bytes) {
    if (bytes < 1 || bytes > Limits.MAX_DOCUMENT_LENGTH) {
      throw new IllegalArgumentException(
          "maxLineLength must be 1 - " + Limits.MAX_DOCUMENT_LENGTH + ": " + bytes);
    }
    return new NdjsonOptions(bytes, continueOnError, maxCollectedErrors);
  }

  /**
   * Returns a copy that continues after a bad line (or stops at the first one).
   *
   * @param continueOnError true to skip bad lines and collect their errors
   * @return the copy
   */
  public NdjsonOptions withContinueOnError(boolean continueOnError) {
    return new NdjsonOptions(maxLineLength, continueOnError, maxCollectedErrors);
  }

  /**
   * Returns a copy that keeps at most this many errors (all are counted), so memory stays bounded
   * over a stream with many bad lines.
   *
   * @param max the number of errors kept, at least 0
   * @return the copy
   * @throws IllegalArgumentException if negative
   */
  public NdjsonOptions withMaxCollectedErrors(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("maxCollectedErrors must be >= 0: " + max);
    }
    return new NdjsonOptions(maxLineLength, continueOnError, max);
  }

  /**
   * Returns the line limit in bytes.
   *
   * @return the limit
   */
  public int maxLineLength() {
    return maxLineLength;
  }

  /**
   * Returns whether reading continues after a bad line.
   *
   * @return true to continue
   */
  public boolean continueOnError() {
    return continueOnError;
  }

  /**
   * Returns how many errors are kept.
   *
   * @return the number
   */
  public int maxCollectedErrors() {
    return maxCollectedErrors;
  }

  @Override
  public String toString() {
    return "NdjsonOptions[maxLineLength=" + maxLineLength + ", continueOnError=" + continueOnError
        + ", maxCollectedErrors=" + maxCollectedErrors + "]";
  }
}
