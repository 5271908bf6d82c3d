package io.github.wpskit.wps.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The examples jar's entry point: {@code tour} (or nothing) runs the six examples, else exit 2. */
class TourTest {

  private static final class Run {
    final int code;
    final String out;
    final String err;

    Run(String... args) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      code = Tour.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      this.out = out.toString(StandardCharsets.UTF_8);
      this.err = err.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void tourRunsAllSixExamples() {
    Run r = new Run("tour");
    assertThat(r.code).as(r.err).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out)
        .contains("######## 1. The reference catalog", "######## 2.", "######## 3.",
            "######## 4.", "######## 5.", "######## 6.")
        .contains("S/RES/1325 (2000)  adopted 2000-10-31, S/PV.4213, vote 15-0-0")
        .contains("WARNING WPS-MSN-003", "ERROR WPS-GND-001", "Decision: HOLD", "Decision: IMPORT")
        .contains("WARNING WPS-MND-008")
        .contains("A   Financing")
        .contains("Female share against UGPS targets: 384 records")
        .contains("line 5, column 166: MALFORMED_JSON at $.men");
  }

  @Test
  void noArgumentRunsTheTourToo() {
    assertThat(new Run().out).isEqualTo(new Run("tour").out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "--help", "tours"})
  void anythingElseSaysWhereTheToolIs(String arg) {
    Run r = new Run(arg);
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).isEqualTo("wps-examples: this jar runs the example tour only (java -jar"
        + " wps-examples/target/wps.jar tour); the wps tool is wps-cli/target/wps.jar, or the wps"
        + " launcher at the project root\n");
  }
}
