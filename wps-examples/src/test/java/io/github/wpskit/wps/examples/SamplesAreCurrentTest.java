package io.github.wpskit.wps.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins the committed sample files to {@link SampleGenerator}: every generated file exists with
 * exactly the generated content. Run with {@code -Dwps.updateSamples=true} to rewrite them after a
 * deliberate change (of the data, the seed or the JSON format), then review the diff.
 */
class SamplesAreCurrentTest {
  static final Path SAMPLES = Path.of("src/main/resources/samples");

  @Test
  void committedSamplesEqualWhatTheGeneratorProduces() throws IOException {
    Map<String, String> files = SampleGenerator.generate();
    boolean update = Boolean.getBoolean("wps.updateSamples");
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path file = SAMPLES.resolve(e.getKey());
      if (update) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      }
      assertThat(file).as("generated sample %s (regenerate with -Dwps.updateSamples=true)",
          e.getKey()).exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as("sample %s is what SampleGenerator produces", e.getKey())
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void theDeploymentBatchHasAFewThousandRecords() {
    assertThat(SampleGenerator.batch()).hasSizeBetween(2000, 5000);
    assertThat(SampleGenerator.batch()).isEqualTo(SampleGenerator.batch());
  }
}
