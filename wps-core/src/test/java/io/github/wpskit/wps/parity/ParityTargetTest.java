package io.github.wpskit.wps.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParityTargetTest {

  @ParameterizedTest
  @CsvSource({"1946, 0.0", "2028, 15.0", "9999, 100.0", "2021, 17.5"})
  void acceptsValuesWithinBounds(int year, double percentage) {
    ParityTarget t = ParityTarget.of(ParityTargetGroup.FORMED_POLICE_UNITS, Year.of(year), percentage);

    assertThat(t.group()).isEqualTo(ParityTargetGroup.FORMED_POLICE_UNITS);
    assertThat(t.year()).isEqualTo(Year.of(year));
    assertThat(t.percentage()).isEqualTo(percentage);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2028  | -0.5     | Invalid value for ParityTarget.percentage (valid values 0.0 - 100.0): -0.5",
        "2028  | 100.01   | Invalid value for ParityTarget.percentage (valid values 0.0 - 100.0):"
            + " 100.01",
        "2028  | NaN      | Invalid value for ParityTarget.percentage (valid values 0.0 - 100.0): NaN",
        "2028  | Infinity | Invalid value for ParityTarget.percentage (valid values 0.0 - 100.0):"
            + " Infinity",
        "1945  | 10       | Invalid value for ParityTarget.year (valid values 1946 - 9999): 1945",
        "10000 | 10       | Invalid value for ParityTarget.year (valid values 1946 - 9999): 10000",
      })
  void refusesValuesOutOfRange(int year, double percentage, String message) {
    assertThatThrownBy(
            () ->
                ParityTarget.of(
                    ParityTargetGroup.MILITARY_CONTINGENTS, Year.of(year), percentage))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> ParityTarget.of(null, Year.of(2028), 15))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ParityTarget.of(ParityTargetGroup.MILITARY_CONTINGENTS, null, 15))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void equalByValue() {
    assertThat(ParityTarget.of(ParityTargetGroup.MILITARY_CONTINGENTS, Year.of(2028), 15))
        .isEqualTo(ParityTarget.of(ParityTargetGroup.MILITARY_CONTINGENTS, Year.of(2028), 15))
        .isNotEqualTo(ParityTarget.of(ParityTargetGroup.MILITARY_CONTINGENTS, Year.of(2028), 16));
  }
}
