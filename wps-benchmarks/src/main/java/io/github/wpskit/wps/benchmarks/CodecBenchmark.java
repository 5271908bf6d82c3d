package io.github.wpskit.wps.benchmarks;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.wpskit.wps.benchmarks.baseline.Databind;
import io.github.wpskit.wps.benchmarks.baseline.DeploymentRecord;
import io.github.wpskit.wps.benchmarks.baseline.HandWritten;
import io.github.wpskit.wps.benchmarks.baseline.MandateRecord;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.parity.Deployment;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding and encoding one mandate document and one deployment record: wps ({@link WpsJson}), the
 * records bound by databind (baseline a) and hand-written streaming code (baseline b, the floor), all
 * on the same bytes. Every encoder produces exactly the bytes every decoder reads (checked by
 * {@code BaselinesTest}).
 *
 * <p>Names sort by document, then operation, then implementation, so JMH's table reads as groups of
 * three. {@code ...DecodeWpsReader} and {@code ...EncodeWpsWriter} are the same codecs through {@link
 * WpsJson#reader(Class)} and {@link WpsJson#writer(Class)}, without the facade's own checks and
 * lookups, to show what the facade costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class CodecBenchmark {
  private final WpsJson json = WpsJson.strict();

  private byte[] deploymentJson;
  private Deployment deployment;
  private DeploymentRecord deploymentRecord;
  private ObjectReader deploymentReader;
  private ObjectWriter deploymentWriter;

  private byte[] mandateJson;
  private Mandate mandate;
  private MandateRecord mandateRecord;
  private ObjectReader mandateReader;
  private ObjectWriter mandateWriter;

  /** Builds the documents and decodes them once with each implementation. */
  @Setup
  public void setUp() {
    deploymentRecord = Samples.validDeployment();
    deploymentJson = HandWritten.encode(deploymentRecord);
    deployment = json.decode(deploymentJson, Deployment.class);
    deploymentReader = json.reader(Deployment.class);
    deploymentWriter = json.writer(Deployment.class);

    mandateRecord = Samples.mandate();
    mandateJson = HandWritten.encode(mandateRecord);
    mandate = json.decode(mandateJson, Mandate.class);
    mandateReader = json.reader(Mandate.class);
    mandateWriter = json.writer(Mandate.class);
  }

  // ---- deployment ----

  /**
   * wps decodes a deployment.
   *
   * @return the value
   */
  @Benchmark
  public Deployment deploymentDecodeWps() {
    return json.decode(deploymentJson, Deployment.class);
  }

  /**
   * wps decodes a deployment through its ObjectReader.
   *
   * @return the value
   * @throws IOException never
   */
  @Benchmark
  public Deployment deploymentDecodeWpsReader() throws IOException {
    return deploymentReader.readValue(deploymentJson);
  }

  /**
   * Databind decodes the deployment record.
   *
   * @return the record
   * @throws IOException never
   */
  @Benchmark
  public DeploymentRecord deploymentDecodeRecords() throws IOException {
    return Databind.DEPLOYMENT_READER.readValue(deploymentJson);
  }

  /**
   * Hand-written code decodes the deployment record.
   *
   * @return the record
   */
  @Benchmark
  public DeploymentRecord deploymentDecodeFloor() {
    return HandWritten.decodeDeployment(deploymentJson);
  }

  /**
   * wps encodes a deployment.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] deploymentEncodeWps() {
    return json.encode(deployment);
  }

  /**
   * wps encodes a deployment through its ObjectWriter.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] deploymentEncodeWpsWriter() throws IOException {
    return deploymentWriter.writeValueAsBytes(deployment);
  }

  /**
   * Databind encodes the deployment record.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] deploymentEncodeRecords() throws IOException {
    return Databind.DEPLOYMENT_WRITER.writeValueAsBytes(deploymentRecord);
  }

  /**
   * Hand-written code encodes the deployment record.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] deploymentEncodeFloor() {
    return HandWritten.encode(deploymentRecord);
  }

  // ---- mandate ----

  /**
   * wps decodes a mandate.
   *
   * @return the value
   */
  @Benchmark
  public Mandate mandateDecodeWps() {
    return json.decode(mandateJson, Mandate.class);
  }

  /**
   * wps decodes a mandate through its ObjectReader.
   *
   * @return the value
   * @throws IOException never
   */
  @Benchmark
  public Mandate mandateDecodeWpsReader() throws IOException {
    return mandateReader.readValue(mandateJson);
  }

  /**
   * Databind decodes the mandate record.
   *
   * @return the record
   * @throws IOException never
   */
  @Benchmark
  public MandateRecord mandateDecodeRecords() throws IOException {
    return Databind.MANDATE_READER.readValue(mandateJson);
  }

  /**
   * Hand-written code decodes the mandate record.
   *
   * @return the record
   */
  @Benchmark
  public MandateRecord mandateDecodeFloor() {
    return HandWritten.decodeMandate(mandateJson);
  }

  /**
   * wps encodes a mandate.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] mandateEncodeWps() {
    return json.encode(mandate);
  }

  /**
   * wps encodes a mandate through its ObjectWriter.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] mandateEncodeWpsWriter() throws IOException {
    return mandateWriter.writeValueAsBytes(mandate);
  }

  /**
   * Databind encodes the mandate record.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] mandateEncodeRecords() throws IOException {
    return Databind.MANDATE_WRITER.writeValueAsBytes(mandateRecord);
  }

  /**
   * Hand-written code encodes the mandate record.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] mandateEncodeFloor() {
    return HandWritten.encode(mandateRecord);
  }
}
