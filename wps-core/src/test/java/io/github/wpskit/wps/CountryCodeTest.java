package io.github.wpskit.wps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

  @ParameterizedTest
  @CsvSource({"SSD,SSD", "ssd,SSD", "CoD,COD", "ESH,ESH", "AFG,AFG", "ZWE,ZWE"})
  void parsesAssignedCodesInAnyCase(String text, String code) {
    CountryCode country = CountryCode.parse(text);
    assertThat(country.code()).isEqualTo(code);
    assertThat(CountryCode.parse(country.toString())).isEqualTo(country);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SS|2", "S1D|1", "SSDX|3", "''|0", "É12|0",
  })
  void refusesTextThatIsNotThreeLetters(String text, int index) {
    assertThatThrownBy(() -> CountryCode.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessage("Text '" + text + "' could not be parsed as CountryCode at index " + index
            + " (expected three letters (ISO 3166-1 alpha-3))");
  }

  @ParameterizedTest
  @ValueSource(strings = {"XKX", "ZZZ", "AAA"})
  void refusesCodesThatAreNotOfficiallyAssigned(String text) {
    assertThatThrownBy(() -> CountryCode.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for CountryCode (must be an officially assigned ISO 3166-1"
            + " alpha-3 code): " + text);
  }
}
