package io.github.wpskit.wps.json;

import io.github.wpskit.wps.WpsException;

/**
 * JSON that cannot be read, or a value that cannot be written, with where: the JSON path (the same
 * syntax as validation reports: {@code $.tasks[2].category}), the line and the column.
 *
 * <p>{@link #problem()} keeps two failures apart that callers handle differently: input that is not
 * JSON at all ({@link Problem#MALFORMED_JSON}) and JSON that does not fit the model
 * ({@link Problem#DOES_NOT_FIT}). The message reads, for example:
 * {@code Invalid value for Vote.inFavour (valid values 0 - 15): 16 at $.vote.inFavour (line 1, column
 * 97)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WpsJsonException extends WpsException {
  private static final long serialVersionUID = 1L;

  /** What kind of failure this is. */
  public enum Problem {
    /**
     * The input is not one JSON document: a syntax error, a truncated document, invalid UTF-8, empty
     * input, content after the document, or a limit (nesting, string, number, name or document length)
     * exceeded.
     */
    MALFORMED_JSON,
    /**
     * Well-formed JSON that does not fit the model: an unknown or duplicate field, a missing required
     * field, a wrong type, a bad date or identifier, a broken invariant, a wrong document kind or
     * format version.
     */
    DOES_NOT_FIT,
    /** A value that the format cannot represent, found while encoding. */
    NOT_ENCODABLE
  }

  private final Problem problem;
  private final String detail;
  private final String path;
  private final long line;
  private final long column;

  /**
   * Creates the exception.
   *
   * @param problem the kind of failure, not null
   * @param detail the message without location, naming the offending value
   * @param path the JSON path of the offending value, {@code $} for the whole document
   * @param line the 1-based line, or -1 if unknown
   * @param column the 1-based column, or -1 if unknown
   * @param cause the underlying exception, may be null
   */
  public WpsJsonException(
      Problem problem, String detail, String path, long line, long column, Throwable cause) {
    super(message(detail, path, line, column), cause);
    this.problem = java.util.Objects.requireNonNull(problem, "problem");
    this.detail = detail;
    this.path = path;
    this.line = line;
    this.column = column;
  }

  private static String message(String detail, String path, long line, long column) {
    StringBuilder sb = new StringBuilder(detail).append(" at ").append(path);
    if (line > 0) {
      sb.append(" (line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
      sb.append(')');
    }
    return sb.toString();
  }

  /**
   * Returns the kind of failure.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }

  /**
   * Returns the message without path or location.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns the JSON path of the offending value, such as {@code $.vote.inFavour}; {@code $} for the
   * document itself.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the 1-based line of the offending token; for NDJSON, the line of the file.
   *
   * @return the line, or -1 if unknown
   */
  public long line() {
    return line;
  }

  /**
   * Returns the 1-based column of the offending token (in bytes for byte input, characters for text).
   *
   * @return the column, or -1 if unknown
   */
  public long column() {
    return column;
  }

  /**
   * Returns a copy placed on another line, keeping the column: NDJSON reports lines of the file.
   *
   * @param newLine the line
   * @return the copy
   */
  WpsJsonException onLine(long newLine) {
    WpsJsonException e =
        new WpsJsonException(problem, detail, path, newLine, column, getCause());
    e.setStackTrace(getStackTrace());
    return e;
  }
}
