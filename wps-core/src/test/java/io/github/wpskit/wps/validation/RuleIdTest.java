package io.github.wpskit.wps.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RuleIdTest {
  @ParameterizedTest
  @CsvSource({"WPS-RES-001, RES, 1", "WPS-MND-003, MND, 3", "WPS-PAR-010, PAR, 10", "WPS-SYS-999, SYS, 999"})
  void parsesAndRoundTrips(String text, String area, int number) {
    RuleId id = RuleId.parse(text);
    assertThat(id.area()).isEqualTo(area);
    assertThat(id.number()).isEqualTo(number);
    assertThat(id.toString()).isEqualTo(text);
    assertThat(RuleId.of(area, number)).isEqualTo(id).hasSameHashCodeAs(id);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "wps-RES-001|0",
        "WPS-Res-001|5",
        "WPS-RE-001|6",
        "WPS-RESX001|7",
        "WPS-RES-01|10",
        "WPS-RES-0011|11",
        "WPS-RES-00a|10",
        "''|0",
      })
  void refusesMalformedText(String text, int index) {
    assertThatThrownBy(() -> RuleId.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessage(
            "Text '" + text + "' could not be parsed as RuleId at index " + index
                + " (expected WPS-<AREA>-<NNN> (three upper-case letters, three digits))");
  }

  @Test
  void refusesRuleNumberZero() {
    assertThatThrownBy(() -> RuleId.parse("WPS-RES-000"))
        .isInstanceOf(ParseException.class)
        .hasMessage(
            "Text 'WPS-RES-000' could not be parsed as RuleId at index 8"
                + " (expected a rule number from 001 to 999)");
  }

  @ParameterizedTest
  @CsvSource({
    "RE, 1, 'Invalid value for RuleId.area (three upper-case letters A-Z): \"RE\"'",
    "res, 1, 'Invalid value for RuleId.area (three upper-case letters A-Z): \"res\"'",
    "RES, 0, 'Invalid value for RuleId.number (valid values 1 - 999): 0'",
    "RES, 1000, 'Invalid value for RuleId.number (valid values 1 - 999): 1000'",
  })
  void refusesOutOfRangeParts(String area, int number, String message) {
    assertThatThrownBy(() -> RuleId.of(area, number))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void ordersByAreaThenNumber() {
    List<RuleId> ids =
        new ArrayList<>(
            List.of(RuleId.parse("WPS-RES-010"), RuleId.parse("WPS-MND-002"),
                RuleId.parse("WPS-RES-002")));
    ids.sort(null);
    assertThat(ids).extracting(RuleId::toString)
        .containsExactly("WPS-MND-002", "WPS-RES-002", "WPS-RES-010");
  }
}
