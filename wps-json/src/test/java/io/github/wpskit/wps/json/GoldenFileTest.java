package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One golden file per document kind under {@code src/test/resources/golden/<kind>.json}: encoding
 * the sample gives exactly the file, compact encoding gives the file without white space, and the
 * file decodes to the sample. The catalog's file is the live standard catalog: after a change to the
 * catalog, regenerate the files with {@code -Dwps.updateGolden=true} and review the diff.
 */
class GoldenFileTest extends JsonTestSupport {

  @Test
  void everyKindHasASample() {
    assertThat(Samples.BY_KIND).containsOnlyKeys(DocumentKind.values());
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void prettyEncodingIsExactlyTheGoldenFile(DocumentKind kind) throws java.io.IOException {
    Object sample = Samples.BY_KIND.get(kind);
    if (Boolean.getBoolean("wps.updateGolden")) {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("src/test/resources/golden/" + kind.id() + ".json"),
          STRICT.encodePretty(sample));
      return;
    }
    assertThat(STRICT.encodePretty(sample)).isEqualTo(resource("/golden/" + kind.id() + ".json"));
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void compactEncodingIsTheGoldenFileWithoutWhiteSpace(DocumentKind kind) throws Exception {
    Object sample = Samples.BY_KIND.get(kind);
    // Minified independently: Jackson's tree copy of the golden file, written compact.
    String golden = resource("/golden/" + kind.id() + ".json");
    String minified = new com.fasterxml.jackson.databind.ObjectMapper()
        .writeValueAsString(new com.fasterxml.jackson.databind.ObjectMapper().readTree(golden));
    assertThat(STRICT.encodeToString(sample)).isEqualTo(minified);
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void goldenFileDecodesToTheSample(DocumentKind kind) {
    Object sample = Samples.BY_KIND.get(kind);
    String golden = resource("/golden/" + kind.id() + ".json");
    assertThat(STRICT.decode(golden, kind.valueType())).isEqualTo(sample);
    assertThat(STRICT.readDocument(golden)).isEqualTo(sample);
  }
}
