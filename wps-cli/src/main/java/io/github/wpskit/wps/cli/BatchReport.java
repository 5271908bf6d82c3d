package io.github.wpskit.wps.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.wpskit.wps.csv.CsvFinding;
import io.github.wpskit.wps.csv.CsvReadSummary;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.validation.Location;
import io.github.wpskit.wps.validation.Origin;
import io.github.wpskit.wps.validation.RuleCatalogue;
import io.github.wpskit.wps.validation.RuleDescriptor;
import io.github.wpskit.wps.validation.RuleId;
import io.github.wpskit.wps.validation.Severity;
import io.github.wpskit.wps.validation.SkippedRule;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import io.github.wpskit.wps.validation.Validator;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The report of one {@code wps validate} run, gathered as the documents are validated and written at
 * the end, in bounded memory whatever the batch's size: it counts every issue (by severity, by rule,
 * by mission), keeps the first issues for the text detail, and, for a JSON report, writes every
 * issue and skipped rule to a temporary file as it comes, to copy into the report document at the
 * end. What could not be read is kept apart (there are few: a file lists at most
 * {@value DocumentReader#MAX_LISTED_PER_FILE} bad lines) and reported first.
 *
 * <p>Not thread-safe: one run, one thread.
 */
final class BatchReport implements AutoCloseable {
  /** The mission column of issues about an object of no mission (a resolution, a commitment). */
  static final String NO_MISSION = "(none)";
  /** The mission column of documents that could not be read. */
  static final String UNREAD = "(unread)";

  private static final Severity[] SEVERITIES = Severity.values();
  /** The lenient-read warnings shown one by one; the rest are counted. */
  private static final int MAX_WARNINGS_SHOWN = 20;

  private final int maxDetail;
  private final ObjectWriter issueWriter;
  private final ObjectWriter skippedWriter;
  private final Map<String, Long> documentsPerInput = new LinkedHashMap<>();
  private final List<ValidationIssue> unreadable = new ArrayList<>();
  /** The same, one line each for people: {@code FILE:LINE:COLUMN: PROBLEM at PATH: DETAIL}. */
  private final List<String> unreadableLines = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private long warningCount;
  /** The CSV reader's one-line counts, by input name. */
  private final Map<String, String> csvSummaries = new LinkedHashMap<>();
  private final Map<String, long[]> csvFindingsByCode = new TreeMap<>();
  private final List<String> csvWarnings = new ArrayList<>();
  private long csvWarningCount;

  // What the validation found; cleared when the batch is validated again (see clearFindings).
  private final long[] bySeverity = new long[SEVERITIES.length];
  private final Map<RuleId, long[]> byRule = new TreeMap<>();
  private final Map<String, long[]> byMission = new TreeMap<>();
  private final Map<RuleId, long[]> skippedByRule = new TreeMap<>();
  private final List<ValidationIssue> detail = new ArrayList<>();
  private long issueCount;
  private long skippedCount;
  private Path issueSpill;
  private Path skippedSpill;
  private BufferedWriter issueOut;
  private BufferedWriter skippedOut;

  /**
   * Creates an empty report.
   *
   * @param maxDetail the most issues kept for the text detail
   * @param keepAll whether every issue and skipped rule is kept for a JSON report
   */
  BatchReport(int maxDetail, boolean keepAll) {
    this.maxDetail = maxDetail;
    if (keepAll) {
      ObjectMapper mapper = WpsJson.newObjectMapper();
      issueWriter = mapper.writerFor(ValidationIssue.class);
      skippedWriter = mapper.writerFor(SkippedRule.class);
    } else {
      issueWriter = null;
      skippedWriter = null;
    }
  }

  /** Records how many documents an input gave. */
  void read(String input, long documents) {
    documentsPerInput.merge(input, documents, Long::sum);
  }

  /**
   * Records a document or file that could not be read, as a WPS-SYS-003 issue.
   *
   * @param origin where reading failed
   * @param location the path in the document, {@code $} when not known
   * @param problem the kind of decoding failure, or null for a file that cannot be used
   * @param detail what is wrong
   */
  void unreadable(
      Origin origin,
      Location location,
      String problem,
      String detail) {
    unreadable.add(ValidationIssue.unreadable(origin, location,
        problem == null ? detail : problem + ": " + detail));
    unreadableLines.add(OneLine.of(origin) + ": "
        + (problem == null ? "" : problem + " at " + OneLine.of(location) + ": ") + OneLine.of(detail));
  }

  /** Records a warning of a lenient read. */
  void warning(String warning) {
    warningCount++;
    if (warnings.size() < MAX_WARNINGS_SHOWN) {
      warnings.add(warning);
    }
  }

  /**
   * Records a repair or warning of the CSV reader. They are about the file, not the data, and have
   * codes of their own ({@code CSV-TRIMMED-CELL}), not rule ids: the text report counts them and
   * shows the first warnings, and standard error says the same beside a JSON report.
   *
   * @param finding the finding, of severity INFO or WARNING
   */
  void csvFinding(CsvFinding finding) {
    csvFindingsByCode.computeIfAbsent(finding.code().code(),
        k -> new long[SEVERITIES.length])[finding.severity().ordinal()]++;
    if (finding.severity() == Severity.WARNING) {
      csvWarningCount++;
      if (csvWarnings.size() < MAX_WARNINGS_SHOWN) {
        csvWarnings.add(finding.toString());
      }
    }
  }

  /** Records the CSV reader's counts for one file. */
  void csvSummary(CsvReadSummary summary) {
    csvSummaries.put(summary.source(), summary.toString());
  }

  /**
   * Records what the validation of one object found.
   *
   * @param report the object's report
   * @param mission the object's mission, or {@link #NO_MISSION}
   */
  void add(ValidationReport report, String mission) {
    for (ValidationIssue issue : report.issues()) {
      count(issue, mission);
      if (detail.size() < maxDetail) {
        detail.add(issue);
      }
      if (issueWriter != null) {
        issueOut = spill(issueOut, issueWriter, issue, true);
      }
    }
    for (SkippedRule s : report.skipped()) {
      skippedCount++;
      skippedByRule.computeIfAbsent(s.ruleId(), k -> new long[1])[0]++;
      if (skippedWriter != null) {
        skippedOut = spill(skippedOut, skippedWriter, s, false);
      }
    }
  }

  private void count(ValidationIssue issue, String mission) {
    issueCount++;
    int sev = issue.severity().ordinal();
    bySeverity[sev]++;
    byRule.computeIfAbsent(issue.ruleId(), k -> new long[SEVERITIES.length])[sev]++;
    byMission.computeIfAbsent(mission, k -> new long[SEVERITIES.length])[sev]++;
  }

  /** Writes one value as a line of the spill file, opening it first if need be. */
  private BufferedWriter spill(BufferedWriter out, ObjectWriter writer, Object value, boolean issues) {
    try {
      if (out == null) {
        Path file = Files.createTempFile(issues ? "wps-issues-" : "wps-skipped-", ".ndjson");
        file.toFile().deleteOnExit();
        if (issues) {
          issueSpill = file;
        } else {
          skippedSpill = file;
        }
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      }
      out.write(writer.writeValueAsString(value));
      out.write('\n');
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report's temporary file", e);
    }
  }

  /**
   * Forgets every finding of the validation so far (not what was read), for a batch validated again
   * once every document it refers to is known.
   */
  void clearFindings() {
    close();
    java.util.Arrays.fill(bySeverity, 0);
    byRule.clear();
    byMission.clear();
    skippedByRule.clear();
    detail.clear();
    issueCount = 0;
    skippedCount = 0;
  }

  /** Whether any document or file could not be read. */
  boolean hasUnreadable() {
    return !unreadable.isEmpty();
  }

  /** Whether any issue, read errors included, is an ERROR. */
  boolean hasErrors() {
    return hasUnreadable() || bySeverity[Severity.ERROR.ordinal()] > 0;
  }

  private long total(Severity s) {
    long n = bySeverity[s.ordinal()];
    return s == Severity.ERROR ? n + unreadable.size() : n;
  }

  /**
   * Writes the report for people: the summary first (what was read, counts by severity, by rule and
   * by mission, skipped rules, what could not be read), then the first issues, one line each.
   *
   * @param out where to write
   * @param catalogAsOf the reference catalog's horizon
   */
  void writeText(PrintWriter out, String catalogAsOf) {
    long documents = documentsPerInput.values().stream().mapToLong(Long::longValue).sum();
    out.printf(Locale.ROOT, "Read %,d document%s from %d input%s%s%n", documents,
        documents == 1 ? "" : "s", documentsPerInput.size(), documentsPerInput.size() == 1 ? "" : "s",
        unreadable.isEmpty() ? "" : String.format(Locale.ROOT, "; %,d could not be read",
            unreadable.size()));
    if (documentsPerInput.size() <= 10) {
      for (Map.Entry<String, Long> e : documentsPerInput.entrySet()) {
        String csv = csvSummaries.get(e.getKey());
        out.println("  " + (csv != null ? OneLine.of(csv) : String.format(Locale.ROOT,
            "%s: %,d document%s", OneLine.of(e.getKey()), e.getValue(),
            e.getValue() == 1 ? "" : "s")));
      }
    }
    out.printf(Locale.ROOT, "Validation report: %s (errors: %,d, warnings: %,d, info: %,d,"
            + " skipped: %,d)%n", hasErrors() ? "INVALID" : "VALID", total(Severity.ERROR),
        total(Severity.WARNING), total(Severity.INFO), skippedCount);
    out.printf("wps %s, rule catalogue %s, reference catalog to %s%n", Validator.LIBRARY_VERSION,
        RuleCatalogue.VERSION, catalogAsOf);
    Map<RuleId, long[]> rules = new TreeMap<>(byRule);
    if (!unreadable.isEmpty()) {
      long[] n = new long[SEVERITIES.length];
      n[Severity.ERROR.ordinal()] = unreadable.size();
      rules.merge(unreadable.get(0).ruleId(), n, BatchReport::sum);
    }
    if (!rules.isEmpty()) {
      out.println();
      out.println("By rule:");
      for (Map.Entry<RuleId, long[]> e : rules.entrySet()) {
        for (Severity s : SEVERITIES) {
          long n = e.getValue()[s.ordinal()];
          if (n > 0) {
            out.printf(Locale.ROOT, "  %,9d  %-7s  %s  %s%n", n, s, e.getKey(), title(e.getKey()));
          }
        }
      }
      Map<String, long[]> missions = new TreeMap<>(byMission);
      if (!unreadable.isEmpty()) {
        long[] n = new long[SEVERITIES.length];
        n[Severity.ERROR.ordinal()] = unreadable.size();
        missions.merge(UNREAD, n, BatchReport::sum);
      }
      out.println();
      out.println("By mission:        errors   warnings       info");
      for (Map.Entry<String, long[]> e : missions.entrySet()) {
        long[] n = e.getValue();
        out.printf(Locale.ROOT, "  %-12s %,11d %,10d %,10d%n", e.getKey(),
            n[Severity.ERROR.ordinal()], n[Severity.WARNING.ordinal()], n[Severity.INFO.ordinal()]);
      }
    }
    if (!skippedByRule.isEmpty()) {
      out.println();
      out.println("Skipped (data absent):");
      for (Map.Entry<RuleId, long[]> e : skippedByRule.entrySet()) {
        out.printf(Locale.ROOT, "  %,9d  %s  %s%n", e.getValue()[0], e.getKey(), title(e.getKey()));
      }
    }
    if (!unreadable.isEmpty()) {
      out.println();
      out.printf(Locale.ROOT, "Could not be read (%,d):%n", unreadable.size());
      for (String line : unreadableLines) {
        out.println("  " + line);
      }
    }
    if (!csvFindingsByCode.isEmpty()) {
      out.println();
      out.println("CSV reading (repairs and warnings, not validation issues):");
      for (Map.Entry<String, long[]> e : csvFindingsByCode.entrySet()) {
        for (Severity s : SEVERITIES) {
          long n = e.getValue()[s.ordinal()];
          if (n > 0) {
            out.printf(Locale.ROOT, "  %,9d  %-7s  %s%n", n, s, e.getKey());
          }
        }
      }
      for (String w : csvWarnings) {
        out.println("  " + OneLine.of(w));
      }
      if (csvWarningCount > csvWarnings.size()) {
        out.printf(Locale.ROOT, "  ... and %,d more warnings%n", csvWarningCount - csvWarnings.size());
      }
    }
    if (warningCount > 0) {
      out.println();
      out.printf(Locale.ROOT, "Warnings of the lenient read (%,d):%n", warningCount);
      for (String w : warnings) {
        out.println("  " + OneLine.of(w));
      }
      if (warningCount > warnings.size()) {
        out.printf(Locale.ROOT, "  ... and %,d more%n", warningCount - warnings.size());
      }
    }
    out.println();
    if (issueCount == 0) {
      out.println("No issues.");
    } else {
      out.printf(Locale.ROOT, "Issues%s:%n", issueCount > detail.size()
          ? String.format(Locale.ROOT, " (the first %,d of %,d; --max-issues N shows more,"
              + " --format json lists all)", detail.size(), issueCount) : "");
      for (ValidationIssue i : detail) {
        out.println("  " + detailLine(i));
      }
    }
    out.flush();
  }

  /** What the CSV reader counted in each CSV file: rows, deployments, repaired, refused, skipped. */
  private void writeCsvSummary(PrintWriter out, String prefix) {
    for (String line : csvSummaries.values()) {
      out.println(prefix + OneLine.of(line));
    }
  }

  /** {@code FILE:LINE: SEVERITY RULE at PATH (OBJECT): MESSAGE}, on one line. */
  static String detailLine(ValidationIssue i) {
    StringBuilder sb = new StringBuilder(160);
    i.origin().ifPresent(o -> sb.append(OneLine.of(o)).append(": "));
    return sb.append(i.severity()).append(' ').append(i.ruleId()).append(" at ")
        .append(i.location()).append(" (").append(OneLine.of(i.objectId())).append("): ")
        .append(OneLine.of(i.message())).toString();
  }

  private static String title(RuleId id) {
    String t = RuleCatalogue.find(id).map(RuleDescriptor::title).orElse("(a custom rule)");
    return t.length() <= 72 ? t : t.substring(0, 69) + "...";
  }

  private static long[] sum(long[] a, long[] b) {
    long[] r = a.clone();
    for (int k = 0; k < r.length; k++) {
      r[k] += b[k];
    }
    return r;
  }

  /**
   * Writes to standard error, beside a JSON report, what the document does not hold: what each
   * input gave and the warnings of a lenient read, one line each.
   *
   * @param err where to write
   */
  void writeNotes(PrintWriter err) {
    if (documentsPerInput.size() <= 10) {
      for (Map.Entry<String, Long> e : documentsPerInput.entrySet()) {
        err.printf(Locale.ROOT, "wps: read %s: %,d document%s%n", OneLine.of(e.getKey()),
            e.getValue(), e.getValue() == 1 ? "" : "s");
      }
    } else {
      long documents = documentsPerInput.values().stream().mapToLong(Long::longValue).sum();
      err.printf(Locale.ROOT, "wps: read %,d documents from %d inputs%n", documents,
          documentsPerInput.size());
    }
    writeCsvSummary(err, "wps: ");
    for (String w : warnings) {
      err.println("wps: warning: " + OneLine.of(w));
    }
    for (String w : csvWarnings) {
      err.println("wps: " + OneLine.of(w));
    }
    if (csvWarningCount > csvWarnings.size()) {
      err.printf(Locale.ROOT, "wps: and %,d more CSV warnings%n",
          csvWarningCount - csvWarnings.size());
    }
    if (warningCount > warnings.size()) {
      err.printf(Locale.ROOT, "wps: and %,d more warnings%n", warningCount - warnings.size());
    }
    err.flush();
  }

  /**
   * Writes the report as one {@code validation-report} document of the wps JSON format: what could
   * not be read first (WPS-SYS-003 issues), then every issue in reading order, then the skipped
   * rules. {@code WpsJson} reads it back as a {@code ValidationReport}.
   *
   * @param out where to write
   * @param knowledgeHorizon the date to which the reference catalog's facts run, written as the
   *     report's {@code knowledgeHorizon} where known
   */
  void writeJson(Writer out, Optional<LocalDate> knowledgeHorizon) {
    try {
      closeSpills();
      JsonGenerator g = WpsJson.newObjectMapper().getFactory().createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("kind", "validation-report");
      g.writeNumberField("formatVersion", 1);
      g.writeStringField("libraryVersion", Validator.LIBRARY_VERSION);
      g.writeStringField("catalogueVersion", RuleCatalogue.VERSION);
      if (knowledgeHorizon.isPresent()) {
        // Where the codec writes it: the report says to which date the facts it judged by run.
        g.writeStringField("knowledgeHorizon", knowledgeHorizon.get().toString());
      }
      g.writeBooleanField("valid", !hasErrors());
      g.writeObjectFieldStart("counts");
      for (Severity s : SEVERITIES) {
        g.writeNumberField(s.name().toLowerCase(Locale.ROOT), total(s));
      }
      g.writeEndObject();
      g.writeArrayFieldStart("issues");
      for (ValidationIssue i : unreadable) {
        g.writeRawValue(issueWriter.writeValueAsString(i));
      }
      copy(issueSpill, g);
      g.writeEndArray();
      g.writeArrayFieldStart("skipped");
      copy(skippedSpill, g);
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path spill, JsonGenerator g) throws IOException {
    if (spill == null) {
      return;
    }
    try (BufferedReader in = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        g.writeRawValue(line);
      }
    }
  }

  private void closeSpills() throws IOException {
    if (issueOut != null) {
      issueOut.close();
      issueOut = null;
    }
    if (skippedOut != null) {
      skippedOut.close();
      skippedOut = null;
    }
  }

  /** Closes and deletes the temporary files. */
  @Override
  public void close() {
    try {
      closeSpills();
    } catch (IOException e) {
      // deleteOnExit still applies
    }
    for (Path p : new Path[] {issueSpill, skippedSpill}) {
      if (p != null) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // deleteOnExit still applies
        }
      }
    }
    issueSpill = null;
    skippedSpill = null;
  }
}
