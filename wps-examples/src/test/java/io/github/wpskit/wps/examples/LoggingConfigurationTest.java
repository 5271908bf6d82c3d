package io.github.wpskit.wps.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Regression: the logging configuration lay under src/main/java/resources, which Maven does not
 * package, so slf4j-simple logged at its default level, info. It is a class-path resource now.
 */
class LoggingConfigurationTest {

  @Test
  void theConfigurationIsOnTheClassPath() throws IOException {
    Properties p = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/simplelogger.properties")) {
      assertThat(in).as("simplelogger.properties on the class path").isNotNull();
      p.load(in);
    }
    assertThat(p).containsEntry("org.slf4j.simpleLogger.defaultLogLevel", "warn")
        .containsEntry("org.slf4j.simpleLogger.logFile", "System.err");
  }

  @Test
  void slf4jSimpleAppliesIt() {
    Logger log = LoggerFactory.getLogger("io.github.wpskit.wps");
    assertThat(log.isWarnEnabled()).isTrue();
    assertThat(log.isInfoEnabled()).as("info is below the configured level").isFalse();
  }
}
