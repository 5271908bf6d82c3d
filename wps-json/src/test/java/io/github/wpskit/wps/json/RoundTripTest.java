package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wpskit.wps.resolution.Resolution;
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
}
