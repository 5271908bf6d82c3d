package io.github.wpskit.wps.csv;

import io.github.wpskit.wps.WpsException;
import java.util.Objects;

/**
 * Thrown when a whole file cannot be read as deployments: a header that matches no layout, DPO's
 * pre-2010 file (no split by sex), an empty file, or CSV so malformed that the rows that follow cannot
 * be told apart (a quote never closed). Problems of single rows are not exceptions: they are
 * {@link CsvFinding}s, and reading goes on.
 *
 * <p>The message starts with the file and the line, as {@code monthly.csv:1: ...}; both are also
 * available as fields.
 */
public final class CsvFormatException extends WpsException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;

  /**
   * Creates the exception.
   *
   * @param source the file's name, not null
   * @param line the physical line (from 1) where the problem is
   * @param message what is wrong, without the file and line
   * @param cause the parser's exception, may be null
   */
  public CsvFormatException(String source, long line, String message, Throwable cause) {
    super(Objects.requireNonNull(source, "source") + ":" + line + ": " + message, cause);
    this.source = source;
    this.line = line;
  }

  /**
   * Returns the name of the file, as given to the reader.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the physical line (from 1) of the problem.
   *
   * @return the line
   */
  public long line() {
    return line;
  }
}
