package io.github.wpskit.wps.examples;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.json.NdjsonOptions;
import io.github.wpskit.wps.json.NdjsonReader;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.json.WpsJsonException;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.validation.ValidationContext;
import io.github.wpskit.wps.validation.ValidationReport;
import io.github.wpskit.wps.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Handling failure: reading a batch with bad documents, reporting each with its location, keeping
 * the good ones.
 *
 * <p>The integration story: a nightly import receives NDJSON from many contributors, and one bad
 * record must neither stop the import nor vanish silently. The reader is opened with
 * {@code NdjsonOptions.withContinueOnError(true)}: it skips each bad line and keeps its
 * {@code WpsJsonException}, which says what kind of failure it is ({@code MALFORMED_JSON}: not JSON at
 * all; {@code DOES_NOT_FIT}: JSON that does not fit the model) and where (line, column, JSON path).
 * The good records go on to validation, a separate layer: a record can decode and still break a rule.
 * The import writes the bad lines to its error queue for the contributor to fix.
 *
 * <p>The bundled batch has eight records; line 3 has a negative count, line 5 is cut off, and line 7
 * names a personnel category that does not exist. The figures are illustrative.
 */
public final class BatchWithBadDocuments implements Runnable {
  private final PrintStream out;

  /**
   * Creates the example.
   *
   * @param out where to write, not null
   */
  public BatchWithBadDocuments(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Reads the bundled batch with bad lines. */
  @Override
  public void run() {
    List<Deployment> good = new ArrayList<>();
    List<WpsJsonException> bad;
    NdjsonOptions options = NdjsonOptions.defaults().withContinueOnError(true);
    try (InputStream in = Samples.open(Samples.BATCH_WITH_BAD_LINES);
        NdjsonReader<Deployment> reader =
            WpsJson.strict().ndjsonReader(in, Deployment.class, options)) {
      reader.forEachRemaining(good::add);
      bad = reader.errors();
      out.printf("== Read %s: %d lines, %d good, %d bad ==%n", Samples.BATCH_WITH_BAD_LINES,
          reader.lineNumber(), good.size(), reader.errorCount());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (WpsJsonException e : bad) {
      out.printf("  line %d, column %d: %s at %s%n    %s%n", e.line(), e.column(), e.problem(),
          e.path(), e.detail());
    }
    Validator validator = Validator.of(ValidationContext.of(ReferenceCatalog.standard()));
    ValidationReport report = validator.validateAll(good);
    out.printf("  Kept %d records; validation: %s (errors %d, warnings %d, info %d)%n", good.size(),
        report.isValid() ? "valid" : "INVALID", report.errorCount(), report.warningCount(),
        report.infoCount());
    report.issues().forEach(i -> out.printf("    %s %s %s: %s%n", i.severity(), i.ruleId(),
        i.objectId(), i.message()));
  }

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new BatchWithBadDocuments(System.out).run();
  }
}
