package io.github.wpskit.wps.benchmarks;

import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Compares builds of wps with each other (before and after a change) where JMH's run-after-run
 * comparison drowns in the noise of a shared machine: each build's {@code benchmarks.jar} is loaded
 * into its own class loader (its own copy of wps and Jackson, so no build's JIT profile affects
 * another's) in one JVM, and the builds take turns in short slices, many rounds, so that whatever the
 * machine does at a moment affects all of them alike. Reports the median and quartiles of the thread's
 * CPU time per operation, and the bytes allocated per operation.
 *
 * <pre>{@code
 * cp wps-benchmarks/target/benchmarks.jar /tmp/before.jar   # then apply the change and rebuild
 * java -cp wps-benchmarks/target/benchmarks.jar io.github.wpskit.wps.benchmarks.Interleaved 60 \
 *     before=/tmp/before.jar after=wps-benchmarks/target/benchmarks.jar
 * }</pre>
 *
 * <p>Operations are {@link CodecBenchmark}'s methods, by default every wps one plus the baselines
 * (from the first build, as they do not depend on wps); choose others with {@code -Dops=a,b,c}.
 * {@link CsvBenchmark}'s are {@code csvReadWps}, {@code csvReadRecords} and {@code csvReadFloor}, one
 * read of the whole file per operation (divide by {@link CsvBenchmark#ROWS} for a row).
 */
public final class Interleaved {
  private static final String DEFAULT_OPS =
      "deploymentDecodeWps,deploymentEncodeWps,mandateDecodeWps,mandateEncodeWps,"
          + "deploymentDecodeRecords,deploymentDecodeFloor,deploymentEncodeRecords,"
          + "deploymentEncodeFloor,mandateDecodeRecords,mandateDecodeFloor,mandateEncodeRecords,"
          + "mandateEncodeFloor";

  private Interleaved() {}

  /**
   * Runs one build's operations; loaded once per build, in that build's class loader.
   */
  public static final class Driver {
    private static volatile Object sink;
    private static final com.sun.management.ThreadMXBean MX =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final CodecBenchmark benchmark = new CodecBenchmark();
    private final CsvBenchmark csv = new CsvBenchmark();

    /** Sets the benchmark state up. */
    public Driver() {
      benchmark.setUp();
      csv.setUp();
    }

    /**
     * Runs an operation {@code n} times.
     *
     * @param name a {@link CodecBenchmark} method
     * @param n how many times
     * @return the thread's CPU nanoseconds and allocated bytes
     * @throws IllegalArgumentException if there is no such operation
     */
    public long[] run(String name, int n) {
      Supplier<Object> op = operation(name);
      long allocated = MX.getCurrentThreadAllocatedBytes();
      long cpu = MX.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink = op.get();
      }
      return new long[] {
        MX.getCurrentThreadCpuTime() - cpu, MX.getCurrentThreadAllocatedBytes() - allocated
      };
    }

    /** Direct calls, not reflection, so that the JIT compiles each operation as JMH would. */
    private Supplier<Object> operation(String name) {
      CodecBenchmark b = benchmark;
      switch (name) {
        case "deploymentDecodeWps": return b::deploymentDecodeWps;
        case "deploymentDecodeWpsReader": return unchecked(b::deploymentDecodeWpsReader);
        case "deploymentDecodeRecords": return unchecked(b::deploymentDecodeRecords);
        case "deploymentDecodeFloor": return b::deploymentDecodeFloor;
        case "deploymentEncodeWps": return b::deploymentEncodeWps;
        case "deploymentEncodeWpsWriter": return unchecked(b::deploymentEncodeWpsWriter);
        case "deploymentEncodeRecords": return unchecked(b::deploymentEncodeRecords);
        case "deploymentEncodeFloor": return b::deploymentEncodeFloor;
        case "mandateDecodeWps": return b::mandateDecodeWps;
        case "mandateDecodeWpsReader": return unchecked(b::mandateDecodeWpsReader);
        case "mandateDecodeRecords": return unchecked(b::mandateDecodeRecords);
        case "mandateDecodeFloor": return b::mandateDecodeFloor;
        case "mandateEncodeWps": return b::mandateEncodeWps;
        case "mandateEncodeWpsWriter": return unchecked(b::mandateEncodeWpsWriter);
        case "mandateEncodeRecords": return unchecked(b::mandateEncodeRecords);
        case "mandateEncodeFloor": return b::mandateEncodeFloor;
        case "csvReadWps": return unchecked(csv::wpsRead);
        case "csvReadRecords": return unchecked(csv::recordsMappingIterator);
        case "csvReadFloor": return unchecked(csv::floorCsvParser);
        default: throw new IllegalArgumentException("No such operation: " + name);
      }
    }

    private interface IoSupplier {
      Object get() throws java.io.IOException;
    }

    private static Supplier<Object> unchecked(IoSupplier s) {
      return () -> {
        try {
          return s.get();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      };
    }
  }

  /**
   * Compares the builds.
   *
   * @param args the number of rounds, then {@code label=path/to/benchmarks.jar} per build
   * @throws Exception if a jar cannot be loaded or an operation fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    String[] ops = System.getProperty("ops", DEFAULT_OPS).split(",");
    Map<String, Object> drivers = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      URLClassLoader loader = new URLClassLoader(
          new URL[] {Path.of(kv[1]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      drivers.put(kv[0], loader.loadClass(Driver.class.getName()).getConstructor().newInstance());
    }
    String first = drivers.keySet().iterator().next();
    Map<String, List<Double>> cpu = new TreeMap<>();
    Map<String, Long> bytes = new TreeMap<>();
    List<String> labels = new ArrayList<>(drivers.keySet());
    for (int r = -8; r < rounds; r++) { // 8 rounds of warm-up
      Collections.rotate(labels, 1);
      for (String op : ops) {
        boolean baseline = !op.contains("Wps");
        // One read of the CSV file is 16 351 rows: one per slice.
        int n = op.startsWith("csv") ? 1 : op.startsWith("mandate") ? 2_000 : 30_000;
        for (String label : labels) {
          if (baseline && !label.equals(first)) {
            continue;
          }
          Object d = drivers.get(label);
          long[] res = (long[]) d.getClass().getMethod("run", String.class, int.class)
              .invoke(d, op, n);
          if (r >= 0) {
            String key = op + (baseline ? "" : " " + label);
            cpu.computeIfAbsent(key, k -> new ArrayList<>()).add(res[0] / (double) n);
            bytes.put(key, res[1] / n);
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "%-36s %10s %10s %10s %8s%n", "operation", "median ns",
        "q1", "q3", "B/op");
    for (Map.Entry<String, List<Double>> e : cpu.entrySet()) {
      List<Double> v = e.getValue();
      Collections.sort(v);
      System.out.printf(Locale.ROOT, "%-36s %10.1f %10.1f %10.1f %8d%n", e.getKey(),
          v.get(v.size() / 2), v.get(v.size() / 4), v.get(3 * v.size() / 4), bytes.get(e.getKey()));
    }
  }
}
