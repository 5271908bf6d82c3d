package io.github.wpskit.wps.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResolutionSymbolTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "S/RES/1325 (2000)|1325|2000",
      "S/RES/1888(2009)|1888|2009",
      "S/RES/1 (1946)|1|1946",
      "S/RES/99999 (9999)|99999|9999",
  })
  void parsesPrintedAndDigitalLibraryForms(String text, int number, int year) {
    ResolutionSymbol symbol = ResolutionSymbol.parse(text);
    assertThat(symbol.number()).isEqualTo(number);
    assertThat(symbol.year()).isEqualTo(year);
    assertThat(symbol).isEqualTo(ResolutionSymbol.of(number, year));
  }

  @Test
  void toStringIsTheCanonicalPrintedForm() {
    assertThat(ResolutionSymbol.parse("S/RES/1888(2009)")).hasToString("S/RES/1888 (2009)");
  }

  @ParameterizedTest
  @CsvSource({"1,1946", "1325,2000", "2538,2020", "9999,2099", "99999,9999", "10,1947"})
  void roundTripsAtTheExtremes(int number, int year) {
    ResolutionSymbol symbol = ResolutionSymbol.of(number, year);
    assertThat(ResolutionSymbol.parse(symbol.toString())).isEqualTo(symbol);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "S/RES/1325 2000|Text 'S/RES/1325 2000' could not be parsed as ResolutionSymbol at index 11"
          + " (expected S/RES/<number> (<year>))",
      "s/res/1325 (2000)|Text 's/res/1325 (2000)' could not be parsed as ResolutionSymbol at"
          + " index 0 (expected S/RES/<number> (<year>))",
      "S/RES/ (2000)|Text 'S/RES/ (2000)' could not be parsed as ResolutionSymbol at index 6"
          + " (expected S/RES/<number> (<year>))",
      "S/RES/0325 (2000)|Text 'S/RES/0325 (2000)' could not be parsed as ResolutionSymbol at"
          + " index 6 (expected S/RES/<number> (<year>))",
      "S/RES/1325 (200)|Text 'S/RES/1325 (200)' could not be parsed as ResolutionSymbol at"
          + " index 12 (expected a four-digit year in S/RES/<number> (<year>))",
      "'S/RES/1325 (2000) '|Text 'S/RES/1325 (2000) ' could not be parsed as ResolutionSymbol"
          + " at index 17 (expected end of text after S/RES/<number> (<year>))",
      "S/RES/123456 (2000)|Text 'S/RES/123456 (2000)' could not be parsed as ResolutionSymbol"
          + " at index 6 (expected S/RES/<number> (<year>))",
      "S/RES/1325  (2000)|Text 'S/RES/1325  (2000)' could not be parsed as ResolutionSymbol at"
          + " index 11 (expected S/RES/<number> (<year>))",
  })
  void refusesMalformedTextNamingInputAndIndex(String text, String message) {
    assertThatThrownBy(() -> ResolutionSymbol.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((ParseException) e).input()).isEqualTo(text));
  }

  @Test
  void refusesEmptyText() {
    assertThatThrownBy(() -> ResolutionSymbol.parse(""))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("at index 0");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0|2000|Invalid value for ResolutionSymbol.number (valid values 1 - 99999): 0",
      "100000|2000|Invalid value for ResolutionSymbol.number (valid values 1 - 99999): 100000",
      "1|1945|Invalid value for ResolutionSymbol.year (valid values 1946 - 9999): 1945",
      "1|10000|Invalid value for ResolutionSymbol.year (valid values 1946 - 9999): 10000",
  })
  void refusesOutOfRangeValues(int number, int year, String message) {
    assertThatThrownBy(() -> ResolutionSymbol.of(number, year))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void parseRefusesAYearBeforeTheCouncilExisted() {
    assertThatThrownBy(() -> ResolutionSymbol.parse("S/RES/1 (1945)"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for ResolutionSymbol.year (valid values 1946 - 9999): 1945");
  }

  @Test
  void ordersByNumber() {
    assertThat(ResolutionSymbol.of(1820, 2008)).isLessThan(ResolutionSymbol.of(1888, 2009));
    assertThat(ResolutionSymbol.of(2493, 2019)).isGreaterThan(ResolutionSymbol.of(1325, 2000));
  }
}
