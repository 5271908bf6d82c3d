package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.compact.CompactCommitment;
import io.github.wpskit.wps.compact.CompactReport;
import io.github.wpskit.wps.compact.Signatory;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityTargets;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.validation.ValidationReport;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests over seeded generated values: decode(encode(x)) equals x, encoding is
 * deterministic, and every encoded document validates against its schema.
 */
class RoundTripTest extends JsonTestSupport {

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  static void assertRoundTrip(Object value, Class<?> type, DocumentKind kind) throws Exception {
    byte[] bytes = STRICT.encode(value);
    assertThat(STRICT.decode(bytes, type)).isEqualTo(value);
    assertThat(STRICT.readDocument(bytes)).isEqualTo(value);
    assertThat(STRICT.encode(value)).isEqualTo(bytes);
    assertThat(STRICT.encode(STRICT.decode(bytes, type))).isEqualTo(bytes);
    String pretty = STRICT.encodePretty(value);
    assertThat(STRICT.decode(pretty, type)).isEqualTo(value);
    JsonNode tree = mapper().readTree(bytes);
    assertThat(schemaErrors(kind, tree)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void resolution(long seed) throws Exception {
    Resolution value = Generators.resolution(new Random(seed));
    assertRoundTrip(value, Resolution.class, DocumentKind.RESOLUTION);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mission(long seed) throws Exception {
    assertRoundTrip(Generators.mission(new Random(seed)), Mission.class, DocumentKind.MISSION);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mandate(long seed) throws Exception {
    assertRoundTrip(Generators.mandate(new Random(seed)), Mandate.class, DocumentKind.MANDATE);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void genderStaffingTable(long seed) throws Exception {
    assertRoundTrip(Generators.genderStaffingTable(new Random(seed)), GenderStaffingTable.class,
        DocumentKind.GENDER_STAFFING_TABLE);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void compactCommitment(long seed) throws Exception {
    assertRoundTrip(Generators.compactCommitment(new Random(seed)), CompactCommitment.class,
        DocumentKind.COMPACT_COMMITMENT);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void compactReport(long seed) throws Exception {
    assertRoundTrip(Generators.compactReport(new Random(seed)), CompactReport.class,
        DocumentKind.COMPACT_REPORT);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void signatory(long seed) throws Exception {
    assertRoundTrip(Generators.signatory(new Random(seed)), Signatory.class,
        DocumentKind.SIGNATORY);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void deployment(long seed) throws Exception {
    assertRoundTrip(Generators.deployment(new Random(seed)), Deployment.class,
        DocumentKind.DEPLOYMENT);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void parityTargets(long seed) throws Exception {
    assertRoundTrip(Generators.parityTargets(new Random(seed)), ParityTargets.class,
        DocumentKind.PARITY_TARGETS);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void parityAnalysis(long seed) throws Exception {
    assertRoundTrip(Generators.parityAnalysis(new Random(seed)), ParityAnalysis.class,
        DocumentKind.PARITY_ANALYSIS);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void validationReport(long seed) throws Exception {
    assertRoundTrip(Generators.validationReport(new Random(seed)), ValidationReport.class,
        DocumentKind.VALIDATION_REPORT);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void catalog(long seed) throws Exception {
    assertRoundTrip(Generators.catalog(new Random(seed)), ReferenceCatalog.class,
        DocumentKind.CATALOG);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void lenientReadOfAStrictDocumentKeepsNothingAndWritesTheSameBytes(long seed) {
    Random r = new Random(seed);
    Object[] values = {Generators.resolution(r), Generators.mission(r), Generators.mandate(r),
        Generators.genderStaffingTable(r), Generators.compactCommitment(r),
        Generators.compactReport(r), Generators.signatory(r), Generators.deployment(r),
        Generators.parityTargets(r), Generators.parityAnalysis(r),
        Generators.validationReport(r), Generators.catalog(r)};
    for (Object value : values) {
      byte[] bytes = STRICT.encode(value);
      Decoded<Object> d = LENIENT.decode(bytes, Object.class);
      assertThat(d.value()).isEqualTo(value);
      assertThat(d.unknownFields()).isEmpty();
      assertThat(LENIENT.encode(d)).isEqualTo(bytes);
    }
  }
}
