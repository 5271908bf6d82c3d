package io.github.wpskit.wps.benchmarks;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.csv.CsvFindingCode;
import io.github.wpskit.wps.csv.CsvReadOptions;
import io.github.wpskit.wps.csv.CsvReadSummary;
import io.github.wpskit.wps.csv.DeploymentReader;
import io.github.wpskit.wps.csv.DeploymentRow;
import io.github.wpskit.wps.csv.DpoCsv;
import io.github.wpskit.wps.validation.Severity;
import io.github.wpskit.wps.validation.ValidationContext;
import io.github.wpskit.wps.validation.ValidationReport;
import io.github.wpskit.wps.validation.Validator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The CSV scale run: reads a large file in DPO's monthly-table layout with wps-csv's {@link
 * DeploymentReader} and validates every deployment with one {@link Validator} (the standard
 * reference catalog), in a small heap, printing the rows per second and the heap in use after each
 * garbage collection every 100 000 rows. Flat figures show that nothing accumulates per row, the
 * repeated-row check included.
 *
 * <pre>{@code
 * java -Xmx64m -cp wps-benchmarks/target/benchmarks.jar \
 *     io.github.wpskit.wps.benchmarks.CsvScaleRun [rows] [file]
 * }</pre>
 *
 * <p>The file ({@code rows} rows, default 1 000 000, about 51 MB) is made, unless it exists, from
 * DPO's real monthly table repeated with its dates moved back 18 months at each repetition (so every
 * reporting date's rows stay together and each repetition has dates of its own: about 1 100 distinct
 * month ends), in the temporary directory by default.
 */
public final class CsvScaleRun {
  private static final int SAMPLE_EVERY = 100_000;
  private static final int SHIFT_MONTHS = 18;

  private CsvScaleRun() {}

  /**
   * Runs the scale run.
   *
   * @param args optional row count and file path
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    Path file = args.length > 1
        ? Path.of(args[1])
        : Path.of(System.getProperty("java.io.tmpdir"), "wps-monthly-" + count + ".csv");
    if (!Files.exists(file)) {
      generate(file, count);
    }
    ScaleRun.listenToGc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "file %s (%,d bytes), max heap %d MB, %s %s, %d CPUs%n",
        file, Files.size(file), rt.maxMemory() >> 20, System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"), rt.availableProcessors());
    System.out.printf(Locale.ROOT, "%10s %9s %12s %18s %10s%n",
        "rows", "seconds", "rows/s", "heap after GC (MB)", "GCs");

    Validator validator = Validator.of(ValidationContext.of(ReferenceCatalog.standard()));
    long[] bySeverity = new long[Severity.values().length];
    long nonEmpty = 0;
    long rows = 0;
    long start = System.nanoTime();
    long lastTime = start;
    long lastRows = 0;
    long halfTime = 0;
    long halfRows = 0;
    CsvReadSummary summary;
    try (DeploymentReader reader = DpoCsv.read(file, CsvReadOptions.defaults())) {
      while (reader.hasNext()) {
        DeploymentRow row = reader.next();
        ValidationReport report = validator.validate(row.deployment());
        if (!report.issues().isEmpty() || !report.skipped().isEmpty()) {
          nonEmpty++;
          for (Severity s : Severity.values()) {
            bySeverity[s.ordinal()] += report.count(s);
          }
        }
        rows++;
        if (rows % SAMPLE_EVERY == 0) {
          long now = System.nanoTime();
          System.out.printf(Locale.ROOT, "%,10d %9.2f %,12.0f %18s %10d%n", rows,
              (now - start) / 1e9, (rows - lastRows) * 1e9 / (now - lastTime),
              ScaleRun.mb(ScaleRun.AFTER_GC.get()), ScaleRun.gcCount());
          lastTime = now;
          lastRows = rows;
          if (halfTime == 0 && rows * 2 >= count) {
            halfTime = now;
            halfRows = rows;
          }
        }
      }
      summary = reader.summary();
    }
    long end = System.nanoTime();
    long elapsed = end - start;
    System.out.println(summary);
    StringBuilder findings = new StringBuilder();
    for (CsvFindingCode c : CsvFindingCode.values()) {
      if (summary.count(c) > 0) {
        findings.append(String.format(Locale.ROOT, " %s %,d", c.code(), summary.count(c)));
      }
    }
    System.out.println("reader findings:" + (findings.length() == 0 ? " none" : findings));
    System.out.printf(Locale.ROOT,
        "%,d deployments read and validated in %.2f s: %,.0f rows/s overall, %s rows/s over the"
            + " second half (after warm-up); %,d reports with issues (%,d errors, %,d warnings,"
            + " %,d infos); heap after GC at most %s MB of %d MB; %d GCs%n",
        rows, elapsed / 1e9, rows * 1e9 / elapsed,
        halfTime == 0 || end == halfTime ? "-"
            : String.format(Locale.ROOT, "%,.0f", (rows - halfRows) * 1e9 / (end - halfTime)),
        nonEmpty, bySeverity[Severity.ERROR.ordinal()], bySeverity[Severity.WARNING.ordinal()],
        bySeverity[Severity.INFO.ordinal()], ScaleRun.mb(ScaleRun.MAX_AFTER_GC.get()),
        rt.maxMemory() >> 20, ScaleRun.gcCount());
  }

  /** Writes {@code count} rows from the real table, moving its dates back at each repetition. */
  private static void generate(Path file, int count) throws IOException {
    List<String> lines = Arrays.asList(
        new String(CsvBenchmark.monthlyTable(), StandardCharsets.UTF_8).split("\r\n"));
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "wps-", ".part");
    try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      out.write(lines.get(0));
      out.write("\r\n");
      int written = 0;
      for (int rep = 0; written < count; rep++) {
        String lastText = null;
        String lastShifted = null;
        for (int i = 1; i < lines.size() && written < count; i++, written++) {
          String line = lines.get(i);
          int comma = line.indexOf(',');
          String date = line.substring(0, comma);
          if (!date.equals(lastText)) {
            lastText = date;
            LocalDate d = LocalDate.of(Integer.parseInt(date.substring(6)),
                Integer.parseInt(date.substring(3, 5)), Integer.parseInt(date.substring(0, 2)));
            LocalDate shifted = YearMonth.from(d).minusMonths((long) SHIFT_MONTHS * rep)
                .atEndOfMonth();
            lastShifted = String.format(Locale.ROOT, "%02d/%02d/%04d",
                shifted.getDayOfMonth(), shifted.getMonthValue(), shifted.getYear());
          }
          out.write(lastShifted);
          out.write(line, comma, line.length() - comma);
          out.write("\r\n");
        }
      }
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    System.out.printf(Locale.ROOT, "generated %,d rows into %s%n", count, file);
  }
}
