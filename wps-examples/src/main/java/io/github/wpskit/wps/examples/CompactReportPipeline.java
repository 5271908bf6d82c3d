package io.github.wpskit.wps.examples;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.compact.CompactCommitment;
import io.github.wpskit.wps.compact.CompactReport;
import io.github.wpskit.wps.compact.ProgressEntry;
import io.github.wpskit.wps.compact.ProgressRating;
import io.github.wpskit.wps.compact.ThematicArea;
import io.github.wpskit.wps.json.NdjsonReader;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.validation.ValidationContext;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import io.github.wpskit.wps.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A WPS-HA Compact annual-report pipeline: read, validate, summarise progress by thematic area.
 *
 * <p>The integration story: a Compact reporting portal receives each signatory's commitments (once)
 * and its annual self-report (every year, on the previous year). Before the report feeds the
 * Compact's accountability report, the portal reads the commitments from NDJSON and the report from
 * JSON, validates them together ({@code validateAll}, so the rules can check that the report rates
 * the signatory's own commitments and that each action's letter matches its thematic area), and
 * summarises the ratings by thematic area A to E on the Compact's progress scale.
 *
 * <p>The signatories, commitments, indicators and ratings of the bundled samples are illustrative;
 * the thematic areas, the action-code form and the progress scale are the Compact's own.
 */
public final class CompactReportPipeline implements Runnable {
  private final PrintStream out;

  /**
   * Creates the example.
   *
   * @param out where to write, not null
   */
  public CompactReportPipeline(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Runs the pipeline on the bundled commitments and 2024 report. */
  @Override
  public void run() {
    List<CompactCommitment> commitments = new ArrayList<>();
    try (InputStream in = Samples.open(Samples.COMPACT_COMMITMENTS);
        NdjsonReader<CompactCommitment> reader =
            WpsJson.strict().ndjsonReader(in, CompactCommitment.class)) {
      reader.forEachRemaining(commitments::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CompactReport report =
        WpsJson.strict().decode(Samples.read(Samples.COMPACT_REPORT), CompactReport.class);
    process(commitments, report);
  }

  /**
   * Validates a report with the commitments and prints the summary by thematic area.
   *
   * @param commitments the commitments the report may rate
   * @param report the report
   * @return the validation report
   */
  public ValidationReport process(List<CompactCommitment> commitments, CompactReport report) {
    out.printf("== Compact report of %s on %s (submitted %s) ==%n", report.signatory(),
        report.reportingYear(), report.submitted().map(Object::toString).orElse("date unknown"));
    out.printf("  Read %d commitments and %d ratings%n", commitments.size(),
        report.entries().size());
    List<Object> batch = new ArrayList<>(commitments);
    batch.add(report);
    ValidationReport validation =
        Validator.of(ValidationContext.of(ReferenceCatalog.standard())).validateAll(batch);
    out.printf("  Validation: %s (errors %d, warnings %d, info %d)%n",
        validation.isValid() ? "valid" : "INVALID", validation.errorCount(),
        validation.warningCount(), validation.infoCount());
    for (ValidationIssue issue : validation.issues()) {
      out.printf("    %s %s %s: %s%n", issue.severity(), issue.ruleId(), issue.objectId(),
          issue.message());
    }
    Map<String, CompactCommitment> byId = new java.util.HashMap<>();
    commitments.forEach(c -> byId.put(c.id(), c));
    Map<ThematicArea, Map<ProgressRating, Integer>> summary = new EnumMap<>(ThematicArea.class);
    for (ThematicArea area : ThematicArea.values()) {
      Map<ProgressRating, Integer> counts = new EnumMap<>(ProgressRating.class);
      for (ProgressRating r : ProgressRating.values()) {
        counts.put(r, 0);
      }
      summary.put(area, counts);
    }
    int unmatched = 0;
    for (ProgressEntry e : report.entries()) {
      CompactCommitment c = byId.get(e.commitmentId());
      if (c == null) {
        unmatched++;
      } else {
        summary.get(c.thematicArea()).merge(e.rating(), 1, Integer::sum);
      }
    }
    out.println();
    out.printf("  %-3s %-18s %9s %5s %8s %12s%n", "", "Thematic area", "Exceeded", "Met",
        "Limited", "No progress");
    for (ThematicArea area : ThematicArea.values()) {
      Map<ProgressRating, Integer> c = summary.get(area);
      out.printf("  %-3s %-18s %9d %5d %8d %12d%n", area.letter(), area.shortName(),
          c.get(ProgressRating.EXCEEDED), c.get(ProgressRating.MET), c.get(ProgressRating.LIMITED),
          c.get(ProgressRating.NO_PROGRESS));
    }
    if (unmatched > 0) {
      out.printf("  %d rating(s) name no known commitment%n", unmatched);
    }
    return validation;
  }

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new CompactReportPipeline(System.out).run();
  }
}
