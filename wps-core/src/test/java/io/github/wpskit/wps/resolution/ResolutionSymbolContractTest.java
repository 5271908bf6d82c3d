package io.github.wpskit.wps.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The digit check at both ends of '0'-'9' in the number and the year, text that ends early, and
 * the equality and order contracts between different symbols (mutation testing found these
 * untested).
 */
class ResolutionSymbolContractTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "S/RES/10 (2000)|10|2000", "S/RES/1090 (1999)|1090|1999", "S/RES/9 (1946)|9|1946",
      "S/RES/2099 (2090)|2099|2090",
  })
  void readsZeroAndNineAfterTheFirstDigit(String text, int number, int year) {
    ResolutionSymbol symbol = ResolutionSymbol.parse(text);
    assertThat(symbol.number()).isEqualTo(number);
    assertThat(symbol.year()).isEqualTo(year);
  }

  /** '/' and ':' are the characters just outside '0'-'9'. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "S/RES/1/ (2000)|7", "S/RES/1: (2000)|7", "S/RES// (2000)|6", "S/RES/: (2000)|6",
      "S/RES/1 (/000)|9", "S/RES/1 (:000)|9", "S/RES/1 (200/)|9", "S/RES/1 (200:)|9",
      "S/RES/1325|10", "'S/RES/1325 '|11", "S/RES/1325 (2000|16", "S/RES/1325 (|12", "S/RES|5",
      "S/RES/1325 (20000)|12",
  })
  void refusesTextAtTheIndexWhereItStopsBeingASymbol(String text, int index) {
    assertThatThrownBy(() -> ResolutionSymbol.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessageStartingWith("Text '" + text + "' could not be parsed as ResolutionSymbol"
            + " at index " + index + " (expected ")
        .satisfies(e -> assertThat(((ParseException) e).errorIndex()).isEqualTo(index));
  }

  @Test
  void symbolsDifferingInNumberOrYearAreNotEqual() {
    ResolutionSymbol s = ResolutionSymbol.of(1325, 2000);
    assertThat(s).isEqualTo(ResolutionSymbol.parse("S/RES/1325(2000)"))
        .hasSameHashCodeAs(ResolutionSymbol.parse("S/RES/1325(2000)"));
    assertThat(s).isNotEqualTo(ResolutionSymbol.of(1326, 2000))
        .isNotEqualTo(ResolutionSymbol.of(1325, 2001)).isNotEqualTo("S/RES/1325 (2000)");
    assertThat(s.hashCode()).isNotEqualTo(ResolutionSymbol.of(1325, 2001).hashCode())
        .isNotEqualTo(ResolutionSymbol.of(1326, 2000).hashCode());
  }

  @Test
  void ordersByNumberThenYear() {
    List<ResolutionSymbol> symbols = new ArrayList<>(List.of(
        ResolutionSymbol.of(2493, 2019), ResolutionSymbol.of(1325, 2001),
        ResolutionSymbol.of(1325, 2000), ResolutionSymbol.of(999, 2100)));
    symbols.sort(null);
    assertThat(symbols).extracting(ResolutionSymbol::toString).containsExactly(
        "S/RES/999 (2100)", "S/RES/1325 (2000)", "S/RES/1325 (2001)", "S/RES/2493 (2019)");
    assertThat(ResolutionSymbol.of(1325, 2000).compareTo(ResolutionSymbol.of(1325, 2000)))
        .isZero();
  }
}
