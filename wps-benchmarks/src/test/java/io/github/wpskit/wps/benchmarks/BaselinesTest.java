package io.github.wpskit.wps.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import io.github.wpskit.wps.benchmarks.baseline.Databind;
import io.github.wpskit.wps.benchmarks.baseline.DeploymentRecord;
import io.github.wpskit.wps.benchmarks.baseline.HandWritten;
import io.github.wpskit.wps.benchmarks.baseline.MandateRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The baselines measure something only if they do the same work as wps on the same bytes: both read
 * every document to equal records and write the records back to exactly the bytes they read.
 */
class BaselinesTest {
  static Stream<DeploymentRecord> deployments() {
    return IntStream.of(0, 1, 7, 159, 160, 1_000, 99_999).mapToObj(Samples::deployment);
  }

  @ParameterizedTest
  @MethodSource("deployments")
  void databindAndFloorReadADeploymentToEqualRecords(DeploymentRecord record) throws IOException {
    byte[] json = HandWritten.encode(record);
    assertThat((DeploymentRecord) Databind.DEPLOYMENT_READER.readValue(json)).isEqualTo(record);
    assertThat(HandWritten.decodeDeployment(json)).isEqualTo(record);
  }

  @ParameterizedTest
  @MethodSource("deployments")
  void databindWritesTheFloorsBytesForADeployment(DeploymentRecord record) throws IOException {
    assertThat(new String(Databind.DEPLOYMENT_WRITER.writeValueAsBytes(record),
        StandardCharsets.UTF_8))
        .isEqualTo(new String(HandWritten.encode(record), StandardCharsets.UTF_8));
  }

  @Test
  void deploymentBytesAreTheWireFormat() {
    assertThat(new String(HandWritten.encode(Samples.deployment(0)), StandardCharsets.UTF_8))
        .isEqualTo("{\"kind\":\"deployment\",\"formatVersion\":1,\"mission\":\"EXAMPLE\","
            + "\"contributingCountry\":\"BGD\",\"category\":\"military-contingents\","
            + "\"reportingDate\":\"2090-06-30\",\"women\":" + Samples.deployment(0).women()
            + ",\"men\":" + Samples.deployment(0).men() + "}");
  }

  @Test
  void databindAndFloorReadTheMandateToEqualRecords() throws IOException {
    MandateRecord record = Samples.mandate();
    byte[] json = HandWritten.encode(record);
    assertThat((MandateRecord) Databind.MANDATE_READER.readValue(json)).isEqualTo(record);
    assertThat(HandWritten.decodeMandate(json)).isEqualTo(record);
  }

  @Test
  void databindWritesTheFloorsBytesForTheMandate() throws IOException {
    MandateRecord record = Samples.mandate();
    assertThat(new String(Databind.MANDATE_WRITER.writeValueAsBytes(record),
        StandardCharsets.UTF_8))
        .isEqualTo(new String(HandWritten.encode(record), StandardCharsets.UTF_8));
  }

  @Test
  void mappingIteratorAndFloorReadTheSameNdjsonRecords() throws IOException {
    int n = 2_000;
    byte[] file = Samples.ndjson(n);
    List<DeploymentRecord> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      expected.add(Samples.deployment(i));
    }
    List<DeploymentRecord> viaIterator = new ArrayList<>();
    try (MappingIterator<DeploymentRecord> it =
        Databind.DEPLOYMENT_READER.readValues(new ByteArrayInputStream(file))) {
      it.forEachRemaining(viaIterator::add);
    }
    List<DeploymentRecord> viaFloor = new ArrayList<>();
    long count = HandWritten.readDeployments(new ByteArrayInputStream(file), viaFloor::add);
    assertThat(viaIterator).isEqualTo(expected);
    assertThat(viaFloor).isEqualTo(expected);
    assertThat(count).isEqualTo(n);
  }

  @Test
  void ndjsonHasOneCompactDocumentPerLine() {
    String file = new String(Samples.ndjson(3), StandardCharsets.UTF_8);
    assertThat(file.split("\n", -1)).hasSize(4).endsWith("");
    assertThat(file).doesNotContain(" {").doesNotContain("\n\n");
  }

  @Test
  void oneRecordInTenIsBelowItsTarget() {
    // deployment(7) is 5 points under the 15 % target for military contingents.
    DeploymentRecord below = Samples.deployment(7);
    DeploymentRecord valid = Samples.deployment(0);
    assertThat(below.women() * 100.0 / (below.women() + below.men())).isLessThan(15);
    assertThat(valid.women() * 100.0 / (valid.women() + valid.men())).isGreaterThan(15);
  }
}
