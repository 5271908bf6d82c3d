package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.internal.Checks;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Where an object was read from: the file (or other source) and, where known, the line and column
 * of its text. A {@link ValidationIssue} carries the origin of the object it is about, so that a
 * finding on record 14,212 of a file can be found again in the file.
 *
 * <p>The file is named as the reader was given it (a path, {@code -} for standard input, a URL),
 * never resolved or normalised. Lines and columns count from 1; {@code 0} means not known (a JSON
 * file of one document has no line of its own). {@link #toString()} writes {@code file:line:column},
 * leaving out what is not known, as compilers do.
 *
 * <p>Ordered by file, then line, then column, so that issues from one file sort in reading order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Origin implements Comparable<Origin> {
  private final String file;
  private final long line;
  private final int column;

  private Origin(String file, long line, int column) {
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /**
   * Obtains the origin of an object that is a whole file, such as a JSON document.
   *
   * @param file the file's name as given to the reader, not blank
   * @return the origin
   * @throws InvalidValueException if the name is blank or starts or ends with white space
   */
  public static Origin of(String file) {
    return of(file, 0, 0);
  }

  /**
   * Obtains the origin of an object read from one line of a file, such as an NDJSON line or a CSV
   * row.
   *
   * @param file the file's name as given to the reader, not blank
   * @param line the line, from 1, or 0 when not known
   * @return the origin
   * @throws InvalidValueException if the name is blank or the line negative
   */
  public static Origin of(String file, long line) {
    return of(file, line, 0);
  }

  /**
   * Obtains an origin with a line and column, such as the place a document could not be read.
   *
   * @param file the file's name as given to the reader, not blank
   * @param line the line, from 1, or 0 when not known
   * @param column the column, from 1, or 0 when not known; only with a line
   * @return the origin
   * @throws InvalidValueException if the name is blank, the line or column negative, or a column
   *     given without a line
   */
  public static Origin of(String file, long line, int column) {
    Objects.requireNonNull(file, "file");
    Checks.text("Origin.file", file);
    if (line < 0) {
      throw new InvalidValueException("Origin.line", line, "must not be negative");
    }
    if (column < 0) {
      throw new InvalidValueException("Origin.column", column, "must not be negative");
    }
    if (column > 0 && line == 0) {
      throw new InvalidValueException("Origin.column", column, "needs a line");
    }
    return new Origin(file, line, column);
  }

  /**
   * Returns the file's name as the reader was given it.
   *
   * @return the file
   */
  public String file() {
    return file;
  }

  /**
   * Returns the line, from 1.
   *
   * @return the line, empty when not known
   */
  public OptionalLong line() {
    return line == 0 ? OptionalLong.empty() : OptionalLong.of(line);
  }

  /**
   * Returns the column, from 1.
   *
   * @return the column, empty when not known
   */
  public OptionalInt column() {
    return column == 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /**
   * Returns the origin with another line and no column, such as the next line of the same file.
   *
   * @param newLine the line, from 1, or 0 when not known
   * @return the origin
   * @throws InvalidValueException if the line is negative
   */
  public Origin withLine(long newLine) {
    return newLine == line && column == 0 ? this : of(file, newLine, 0);
  }

  @Override
  public int compareTo(Origin o) {
    int c = file.compareTo(o.file);
    if (c == 0) {
      c = Long.compare(line, o.line);
    }
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Origin)) {
      return false;
    }
    Origin other = (Origin) o;
    return line == other.line && column == other.column && file.equals(other.file);
  }

  @Override
  public int hashCode() {
    return (file.hashCode() * 31 + Long.hashCode(line)) * 31 + column;
  }

  /**
   * Returns {@code file:line:column}, such as {@code deployments.ndjson:14212} or
   * {@code mandate.json}, leaving out what is not known. The file is written as given: a caller
   * printing it for people escapes control characters itself.
   *
   * @return the origin for people
   */
  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    StringBuilder sb = new StringBuilder(file.length() + 16).append(file).append(':').append(line);
    if (column > 0) {
      sb.append(':').append(column);
    }
    return sb.toString();
  }
}
