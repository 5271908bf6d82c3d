package io.github.wpskit.wps.benchmarks;

import io.github.wpskit.wps.benchmarks.baseline.CsvBaselines;
import io.github.wpskit.wps.csv.CsvReadOptions;
import io.github.wpskit.wps.csv.DeploymentReader;
import io.github.wpskit.wps.csv.DpoCsv;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading DPO's real monthly table ({@value #ROWS} rows, 836 kB, held in memory so that the disk is
 * not measured), in rows per second: wps-csv's {@link DeploymentReader} (layout recognised, every
 * cell checked, country names to ISO codes, repeated rows looked for, a {@code Deployment} and its
 * provenance per row), {@link io.github.wpskit.wps.benchmarks.baseline.MonthlyRow} records bound by
 * jackson-dataformat-csv's {@code MappingIterator} (baseline a), and a hand-written {@code CsvParser}
 * loop into the same records (the floor).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class CsvBenchmark {
  /** Data rows in the monthly table. */
  public static final int ROWS = 16_351;

  /** Where the file is on the class path. */
  public static final String RESOURCE = "/dpo/monthly-by-mission_2023-01_2024-06.csv";

  private byte[] file;

  /** Loads the file. */
  @Setup
  public void setUp() {
    file = monthlyTable();
  }

  /**
   * Returns the bytes of DPO's monthly table, January 2023 to June 2024.
   *
   * @return the file
   */
  public static byte[] monthlyTable() {
    try (InputStream in = CsvBenchmark.class.getResourceAsStream(RESOURCE)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * wps-csv reads every row as a deployment. Returns the sum of the counts, so that no variant's work
   * can be optimised away and all three do the same extra work.
   *
   * @return women plus men over all rows
   * @throws IOException never, the file is in memory
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long wpsRead() throws IOException {
    long sum = 0;
    try (DeploymentReader r = DpoCsv.read(
        new ByteArrayInputStream(file), "monthly.csv", CsvReadOptions.defaults())) {
      while (r.hasNext()) {
        sum += r.next().deployment().total();
      }
    }
    return sum;
  }

  /**
   * Baseline (a): records bound by {@code MappingIterator}.
   *
   * @return women plus men over all rows
   * @throws IOException never, the file is in memory
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long recordsMappingIterator() throws IOException {
    long[] sum = new long[1];
    CsvBaselines.bind(new ByteArrayInputStream(file), row -> sum[0] += row.male() + row.female());
    return sum[0];
  }

  /**
   * The floor: a hand-written {@code CsvParser} loop into the same records.
   *
   * @return women plus men over all rows
   * @throws IOException never, the file is in memory
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long floorCsvParser() throws IOException {
    long[] sum = new long[1];
    CsvBaselines.parse(new ByteArrayInputStream(file), row -> sum[0] += row.male() + row.female());
    return sum[0];
  }
}
