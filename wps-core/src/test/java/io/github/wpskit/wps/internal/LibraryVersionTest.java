package io.github.wpskit.wps.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The library version comes from the POM through a filtered resource, and a broken one is told. */
class LibraryVersionTest {

  @Test
  void versionAndGroupIdAreThePomsAsTheBuildPassesThemToTheTests() {
    assertThat(System.getProperty("wps.expectedVersion")).isNotBlank();
    assertThat(LibraryVersion.version()).isEqualTo(System.getProperty("wps.expectedVersion"));
    assertThat(LibraryVersion.groupId()).isEqualTo(System.getProperty("wps.expectedGroupId"));
  }

  @Test
  void validatorReportsTheSameVersion() {
    assertThat(Validator.LIBRARY_VERSION).isEqualTo(LibraryVersion.version());
  }

  @Test
  void missingResourceIsABrokenBuild() {
    assertThatThrownBy(() -> LibraryVersion.parse(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("wps-core is built wrongly: resource library.properties is missing");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock = """
      groupId=io.github.wpskit\\nversion=${project.version} | version in library.properties is not set by the build: '${project.version}'
      groupId=io.github.wpskit                              | version in library.properties is not set by the build: ''
      version=1.0.0\\ngroupId=                              | groupId in library.properties is not set by the build: ''
      """)
  void unfilteredOrMissingValueIsABrokenBuild(String properties, String message) {
    InputStream in = new ByteArrayInputStream(
        properties.replace("\\n", "\n").getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> LibraryVersion.parse(in))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("wps-core is built wrongly: " + message);
  }
}
