package io.github.wpskit.wps.csv;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import io.github.wpskit.wps.validation.Origin;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes validation issues, and a reader's findings, as one CSV table with one row per issue, to
 * sort and filter in a spreadsheet: {@code severity, rule_id, object, location, message,
 * source_file, line}. Open one with {@link DpoCsv#reportWriter}.
 *
 * <p>A validation issue fills {@code rule_id} with its rule ({@code WPS-PAR-001}), {@code object}
 * with the object's id and {@code location} with its path ({@code $.women}); a {@link CsvFinding}
 * fills {@code rule_id} with its code ({@code CSV-TRIMMED-CELL}), {@code location} with the column
 * and {@code object} with nothing. {@code source_file} and {@code line} are the file and line the
 * object was read from: the issue's own {@link ValidationIssue#origin() origin} where it has one,
 * else the row the caller gives ({@link #write(ValidationReport, DeploymentRow)}); when neither is
 * known they are empty, but present, so every file this writer makes has the same columns.
 *
 * <p>Not thread-safe: one writer per stream and thread.
 */
public final class ReportCsvWriter implements Closeable, Flushable {
  /** The columns written, in order. */
  public static final List<String> COLUMNS =
      List.of("severity", "rule_id", "object", "location", "message", "source_file", "line");

  private final CsvGenerator out;
  private long rows;

  ReportCsvWriter(CsvGenerator out) throws IOException {
    this.out = out;
    writeRow(COLUMNS.get(0), COLUMNS.get(1), COLUMNS.get(2), COLUMNS.get(3), COLUMNS.get(4),
        COLUMNS.get(5), COLUMNS.get(6));
  }

  /**
   * Writes an issue, with the file and line of its {@link ValidationIssue#origin() origin} (empty
   * when it has none, or when the origin has no line).
   *
   * @param issue the issue, not null
   * @throws IOException if writing fails
   */
  public void write(ValidationIssue issue) throws IOException {
    Objects.requireNonNull(issue, "issue");
    Optional<Origin> origin = issue.origin();
    write(issue, origin.map(Origin::file).orElse(""),
        origin.isPresent() ? origin.get().line().orElse(-1) : -1);
  }

  /**
   * Writes an issue found in an object read from a file.
   *
   * @param issue the issue, not null
   * @param sourceFile the file's name, not null
   * @param line the physical line (from 1) the object was read from, or a negative number if not
   *     known (the cell is then empty)
   * @throws IOException if writing fails
   */
  public void write(ValidationIssue issue, String sourceFile, long line) throws IOException {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(sourceFile, "sourceFile");
    rows++;
    writeRow(issue.severity().name(), issue.ruleId().toString(), issue.objectId(),
        issue.location().toString(), issue.message(), sourceFile, line < 0 ? "" : Long.toString(line));
  }

  /**
   * Writes every issue of a report, each with its origin where it has one.
   *
   * @param report the report, not null
   * @throws IOException if writing fails
   */
  public void write(ValidationReport report) throws IOException {
    for (ValidationIssue issue : report.issues()) {
      write(issue);
    }
  }

  /**
   * Writes every issue of the report on a deployment read from a file: each with its own origin
   * where it has one, else with the row's file and line.
   *
   * @param report the report on {@code row.deployment()}, not null
   * @param row the row the deployment was read from, not null
   * @throws IOException if writing fails
   */
  public void write(ValidationReport report, DeploymentRow row) throws IOException {
    Objects.requireNonNull(row, "row");
    for (ValidationIssue issue : report.issues()) {
      if (issue.origin().isPresent()) {
        write(issue);
      } else {
        write(issue, row.source(), row.line());
      }
    }
  }

  /**
   * Writes a reader's finding.
   *
   * @param finding the finding, not null
   * @throws IOException if writing fails
   */
  public void write(CsvFinding finding) throws IOException {
    Objects.requireNonNull(finding, "finding");
    rows++;
    writeRow(finding.severity().name(), finding.code().code(), "", finding.column().orElse(""),
        finding.message(), finding.source(), Long.toString(finding.line()));
  }

  /**
   * Returns how many issue rows were written, the header not counted.
   *
   * @return the count
   */
  public long rows() {
    return rows;
  }

  private void writeRow(String... cells) throws IOException {
    out.writeStartArray();
    for (String c : cells) {
      out.writeString(c);
    }
    out.writeEndArray();
  }

  /**
   * Flushes what was written to the stream.
   *
   * @throws IOException if flushing fails
   */
  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /**
   * Flushes and closes the stream.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    out.close();
  }
}
