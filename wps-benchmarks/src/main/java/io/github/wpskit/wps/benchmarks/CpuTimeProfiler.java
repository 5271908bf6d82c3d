package io.github.wpskit.wps.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the benchmark JVM's CPU time per operation ({@code cpu.time.norm},
 * ns/op), as {@code -prof gc} reports bytes per operation: the process CPU time consumed during an
 * iteration (benchmark thread, and the garbage collector's work it causes) divided by the iteration's
 * operations.
 *
 * <p>Why: on a machine shared with other builds, the wall-clock time of an operation grows whenever
 * another process holds the core, by a factor that changes from second to second; the CPU time the
 * operation itself burns does not. Comparing CPU time per operation keeps the ratios between wps and
 * the baselines meaningful when the wall-clock scores are not. On an idle machine with one benchmark
 * thread the two agree (after warm-up, when the JIT compiler threads are idle). Use with {@code
 * -prof io.github.wpskit.wps.benchmarks.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private long before;

  /** Creates the profiler; JMH calls this. */
  public CpuTimeProfiler() {}

  @Override
  public String getDescription() {
    return "Process CPU time per operation (robust to other processes on the machine)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    before = OS.getProcessCpuTime();
  }

  @Override
  @SuppressWarnings("rawtypes") // JMH's InternalProfiler declares the raw Result type
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long used = OS.getProcessCpuTime() - before;
    long ops = result.getMetadata().getAllOps();
    double perOp = ops == 0 ? Double.NaN : (double) used / ops;
    return List.of(new ScalarResult("cpu.time.norm", perOp, "ns/op", AggregationPolicy.AVG));
  }
}
