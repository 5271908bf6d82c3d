package io.github.wpskit.wps.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import io.github.wpskit.wps.benchmarks.baseline.Databind;
import io.github.wpskit.wps.benchmarks.baseline.DeploymentRecord;
import io.github.wpskit.wps.benchmarks.baseline.HandWritten;
import io.github.wpskit.wps.json.NdjsonReader;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Streaming an NDJSON file of {@value #RECORDS} deployment records (about 1.8 MB, held in memory so
 * that the disk is not measured), reported in records per second: wps's {@link NdjsonReader}, the
 * same plus {@link Validator#validate} of every record, a plain databind {@link MappingIterator} into
 * records (baseline a), and one hand-written parser over the whole stream (the floor).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class NdjsonBenchmark {
  /** Records in the file. */
  public static final int RECORDS = 10_000;

  private final WpsJson json = WpsJson.strict();
  private byte[] file;
  private Validator validator;

  /** Generates the file and the validator. */
  @Setup
  public void setUp() {
    file = Samples.ndjson(RECORDS);
    validator = Validator.of(Samples.context());
  }

  /**
   * wps decodes every record.
   *
   * @param bh the sink
   * @return the number of records
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public long wpsDecode(Blackhole bh) {
    long n = 0;
    NdjsonReader<Deployment> r = json.ndjsonReader(new ByteArrayInputStream(file), Deployment.class);
    while (r.hasNext()) {
      bh.consume(r.next());
      n++;
    }
    return n;
  }

  /**
   * wps decodes and validates every record.
   *
   * @param bh the sink
   * @return the number of records
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public long wpsDecodeValidate(Blackhole bh) {
    long n = 0;
    NdjsonReader<Deployment> r = json.ndjsonReader(new ByteArrayInputStream(file), Deployment.class);
    while (r.hasNext()) {
      bh.consume(validator.validate(r.next()));
      n++;
    }
    return n;
  }

  /**
   * A plain MappingIterator reads every record.
   *
   * @param bh the sink
   * @return the number of records
   * @throws IOException never
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public long recordsMappingIterator(Blackhole bh) throws IOException {
    long n = 0;
    try (MappingIterator<DeploymentRecord> it =
        Databind.DEPLOYMENT_READER.readValues(new ByteArrayInputStream(file))) {
      while (it.hasNext()) {
        bh.consume(it.next());
        n++;
      }
    }
    return n;
  }

  /**
   * One hand-written parser reads every record.
   *
   * @param bh the sink
   * @return the number of records
   */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public long floorStreaming(Blackhole bh) {
    return HandWritten.readDeployments(new ByteArrayInputStream(file), bh::consume);
  }
}
