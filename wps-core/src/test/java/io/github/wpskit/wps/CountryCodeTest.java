package io.github.wpskit.wps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
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
      "QQ|2", "S1D|1", "SSDX|3", "''|0", "É12|0",
  })
  void refusesTextThatIsNotThreeLetters(String text, int index) {
    assertThatThrownBy(() -> CountryCode.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessage("Text '" + text + "' could not be parsed as CountryCode at index " + index
            + " (expected three letters (ISO 3166-1 alpha-3))");
  }

  @ParameterizedTest
  @ValueSource(strings = {"XKX", "ZZZ", "AAA", "SDS", "NRO", "GER"})
  void refusesCodesThatAreNotOfficiallyAssigned(String text) {
    assertThatThrownBy(() -> CountryCode.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for CountryCode (must be an officially assigned ISO 3166-1"
            + " alpha-3 code): " + text);
  }

  /**
   * An unassigned code one slip (a letter replaced, or two swapped) from exactly one assigned code
   * names it; one from several names none (above: SDS is one from SDN, SGS and SSD; NRO from FRO,
   * NOR and NRU; GER from GBR, GEO, NER and PER).
   */
  @ParameterizedTest
  @CsvSource({"UAG,UGA", "uag,UGA", "RWQ,RWA", "USS,USA"})
  void anUnassignedCodeOneSlipFromExactlyOneCodeNamesIt(String text, String meant) {
    assertThatThrownBy(() -> CountryCode.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for CountryCode (must be an officially assigned ISO 3166-1"
            + " alpha-3 code; did you mean " + meant + "?): " + text);
  }

  /** A country's English name, or its alpha-2 code, names the alpha-3 code: no guess involved. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Norway|3|NOR", "south sudan|3|SSD", "Cote d'Ivoire|3|CIV", "Côte d’Ivoire|1|CIV",
      "SS|2|SSD", "no|2|NOR",
  })
  void aCountrysNameOrAlpha2CodeNamesItsCode(String text, int index, String meant) {
    assertThatThrownBy(() -> CountryCode.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessage("Text '" + text + "' could not be parsed as CountryCode at index " + index
            + " (expected three letters (ISO 3166-1 alpha-3); did you mean " + meant + "?)");
  }

  /** {@code suggest} gives the code the parser's hint names, and nothing for a code or a guess. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "UAG|UGA", "uag|UGA", "Norway|NOR", "Côte d’Ivoire|CIV", "(Norway)|NOR", "SS|SSD", "no|NOR",
      // An assigned code needs no suggestion, even one a slip from exactly one other (CUW).
      "NOR|", "nor|", "CUB|", "cub|", "SDS|", "ZZZZ|", "''|", "S1|", "Nor way|",
  })
  void suggestNamesTheCodeTheParsersHintNames(String text, String meant) {
    assertThat(CountryCode.suggest(text).map(CountryCode::code))
        .isEqualTo(java.util.Optional.ofNullable(meant));
    if (meant != null) {
      assertThatThrownBy(() -> CountryCode.parse(text))
          .hasMessageContaining("; did you mean " + meant + "?)");
    } else if (!text.equalsIgnoreCase("NOR") && !text.equalsIgnoreCase("CUB")) {
      assertThatThrownBy(() -> CountryCode.parse(text)).hasMessageNotContaining("did you mean");
    }
  }

  @Test
  void suggestRefusesNull() {
    assertThatThrownBy(() -> CountryCode.suggest(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
  }
}
