package io.github.wpskit.wps.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.benchmarks.baseline.DeploymentRecord;
import io.github.wpskit.wps.benchmarks.baseline.HandWritten;
import io.github.wpskit.wps.json.NdjsonReader;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.parity.Deployment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * wps reads the benchmark documents to the values the baselines' records stand for, and writes those
 * values back to exactly the bytes the baselines write: all three implementations do the same work.
 */
class WpsSameDocumentsTest {
  private final WpsJson json = WpsJson.strict();

  static Stream<DeploymentRecord> deployments() {
    return IntStream.of(0, 1, 7, 159, 160, 1_000, 99_999).mapToObj(Samples::deployment);
  }

  @ParameterizedTest
  @MethodSource("deployments")
  void wpsReadsADeploymentToTheRecordsValue(DeploymentRecord record) {
    assertThat(json.decode(HandWritten.encode(record), Deployment.class))
        .isEqualTo(Samples.toWps(record));
  }

  @ParameterizedTest
  @MethodSource("deployments")
  void wpsWritesTheBaselinesBytesForADeployment(DeploymentRecord record) {
    assertThat(new String(json.encode(Samples.toWps(record)), StandardCharsets.UTF_8))
        .isEqualTo(new String(HandWritten.encode(record), StandardCharsets.UTF_8));
  }

  @Test
  void wpsReadsTheMandateToTheRecordsValue() {
    assertThat(json.decode(HandWritten.encode(Samples.mandate()), Mandate.class))
        .isEqualTo(Samples.toWps(Samples.mandate()));
  }

  @Test
  void wpsWritesTheBaselinesBytesForTheMandate() {
    assertThat(new String(json.encode(Samples.toWps(Samples.mandate())), StandardCharsets.UTF_8))
        .isEqualTo(new String(HandWritten.encode(Samples.mandate()), StandardCharsets.UTF_8));
  }

  @Test
  void ndjsonReaderReadsTheRecordsValues() throws Exception {
    int n = 2_000;
    List<Deployment> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      expected.add(Samples.toWps(Samples.deployment(i)));
    }
    List<Deployment> read = new ArrayList<>();
    try (NdjsonReader<Deployment> r =
        json.ndjsonReader(new ByteArrayInputStream(Samples.ndjson(n)), Deployment.class)) {
      r.forEachRemaining(read::add);
      assertThat(r.errorCount()).isZero();
    }
    assertThat(read).isEqualTo(expected);
  }
}
