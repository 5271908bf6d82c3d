package io.github.wpskit.wps.csv;

import io.github.wpskit.wps.validation.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a reader did to or found in a row of a file: a repair (a trimmed cell, a date in the
 * other spelling), a skipped line, a repeated row, or the reason a row was refused. Names the file,
 * the physical line, the column and the value.
 *
 * <p>{@link #toString()} gives the finding on one line, as
 * {@code hdx.csv:14: ERROR CSV-UNKNOWN-PERSONNEL-TYPE [Personnel_Type]: unknown personnel type
 * 'Other' ...}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvFinding {
  private final CsvFindingCode code;
  private final String source;
  private final long line;
  private final String column;
  private final String value;
  private final String message;

  private CsvFinding(
      CsvFindingCode code, String source, long line, String column, String value, String message) {
    this.code = Objects.requireNonNull(code, "code");
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.value = value;
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Obtains a finding.
   *
   * @param code what kind of finding, not null
   * @param source the file's name, not null
   * @param line the physical line (from 1) the row starts on
   * @param column the column as the file's header spells it, or null for the whole line
   * @param value the cell's value as written, or null for the whole line
   * @param message what was found and done, naming the value, not null
   * @return the finding
   */
  public static CsvFinding of(
      CsvFindingCode code, String source, long line, String column, String value, String message) {
    return new CsvFinding(code, source, line, column, value, message);
  }

  /**
   * Returns the kind of finding.
   *
   * @return the code
   */
  public CsvFindingCode code() {
    return code;
  }

  /**
   * Returns the severity: INFO for a repair or skipped line, WARNING for a row kept that should be
   * looked at, ERROR for a row refused.
   *
   * @return the code's severity
   */
  public Severity severity() {
    return code.severity();
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
   * Returns the physical line (from 1, the header being line 1) on which the row starts: the row
   * number a spreadsheet shows, unless a quoted cell spans lines.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * Returns the column, as the file's header spells it.
   *
   * @return the column, empty for a finding about the whole line
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /**
   * Returns the cell's value as the file has it, before any repair.
   *
   * @return the value, empty for a finding about the whole line
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns what was found and what the reader did, naming the value.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CsvFinding)) {
      return false;
    }
    CsvFinding f = (CsvFinding) o;
    return code == f.code && line == f.line && source.equals(f.source)
        && Objects.equals(column, f.column) && Objects.equals(value, f.value)
        && message.equals(f.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, source, line, column, value, message);
  }

  /**
   * Returns the finding on one line: file, line, severity, code, column and message.
   *
   * @return the finding for people
   */
  @Override
  public String toString() {
    return source + ":" + line + ": " + code.severity() + " " + code.code()
        + (column == null ? "" : " [" + column + "]") + ": " + message;
  }
}
