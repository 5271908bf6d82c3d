package io.github.wpskit.wps.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import io.github.wpskit.wps.resolution.WpsPillar;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** EnumCodec matches the parser's characters in place: every spelling, and nothing else. */
class EnumCodecTest {
  private static final EnumCodec<WpsPillar> CODEC = EnumCodec.of(WpsPillar.class, "a WPS pillar");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A mapper's context for one parser, as Jackson hands it to a deserializer. */
  private static DeserializationContext context(JsonParser p) {
    return ((DefaultDeserializationContext) MAPPER.getDeserializationContext())
        .createInstance(MAPPER.getDeserializationConfig(), p, null);
  }

  private static JsonParser at(String json) throws IOException {
    JsonParser p = new JsonFactory().createParser(json);
    p.nextToken();
    return p;
  }

  @ParameterizedTest
  @EnumSource(WpsPillar.class)
  void readsEverySpelling(WpsPillar pillar) throws IOException {
    String spelling = CODEC.print(pillar);
    try (JsonParser p = at("\"" + spelling + "\"")) {
      assertThat(CODEC.read(p, context(p))).isSameAs(pillar);
    }
    // The same text inside a longer buffer (offset > 0), as parsers hand it over in documents.
    try (JsonParser p = at("[\"x\",\"" + spelling + "\"]")) {
      p.nextToken();
      p.nextToken();
      assertThat(CODEC.read(p, context(p))).isSameAs(pillar);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"protectiom", "Protection", "protectio", "protectionn", "", "p",
      "relief-and-recoverx", "relief-and-recovery-and-more-than-any-spelling-is-long"})
  void refusesNearMisses(String text) throws IOException {
    try (JsonParser p = at("\"" + text + "\"")) {
      assertThatThrownBy(() -> CODEC.read(p, context(p))).hasMessageContaining("a WPS pillar (one of");
    }
  }
}
