package io.github.wpskit.wps.report;

import java.util.List;
import java.util.Objects;

/**
 * What a report was made from, for its header: the files read (named as the reader was given
 * them), how many documents or records were read from them, and how many could not be read and were
 * refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportInputs {
  private static final ReportInputs NONE = new ReportInputs(List.of(), 0, 0);

  private final List<String> files;
  private final long documents;
  private final long refused;

  private ReportInputs(List<String> files, long documents, long refused) {
    this.files = files;
    this.documents = documents;
    this.refused = refused;
  }

  /**
   * Obtains the inputs of a report.
   *
   * @param files the files read, in the order read, not null, no null element
   * @param documents the number of documents or records read, not negative
   * @param refused the number of documents or rows that could not be read, not negative
   * @return the inputs
   * @throws IllegalArgumentException if a count is negative
   */
  public static ReportInputs of(List<String> files, long documents, long refused) {
    if (documents < 0) {
      throw new IllegalArgumentException("ReportInputs.documents must not be negative: " + documents);
    }
    if (refused < 0) {
      throw new IllegalArgumentException("ReportInputs.refused must not be negative: " + refused);
    }
    return new ReportInputs(List.copyOf(files), documents, refused);
  }

  /**
   * Returns the inputs of a report made from objects in memory: no file, nothing counted.
   *
   * @return the empty inputs
   */
  public static ReportInputs none() {
    return NONE;
  }

  /**
   * Returns the files read.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<String> files() {
    return files;
  }

  /**
   * Returns the number of documents or records read.
   *
   * @return 0 or more
   */
  public long documents() {
    return documents;
  }

  /**
   * Returns the number of documents or rows that could not be read.
   *
   * @return 0 or more
   */
  public long refused() {
    return refused;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ReportInputs)) {
      return false;
    }
    ReportInputs other = (ReportInputs) o;
    return files.equals(other.files) && documents == other.documents && refused == other.refused;
  }

  @Override
  public int hashCode() {
    return Objects.hash(files, documents, refused);
  }

  @Override
  public String toString() {
    return "ReportInputs{files=" + files + ", documents=" + documents + ", refused=" + refused + "}";
  }
}
