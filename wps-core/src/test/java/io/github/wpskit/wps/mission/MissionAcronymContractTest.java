package io.github.wpskit.wps.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The character checks at the ends of the letter and digit ranges, the length limit, where a space
 * may stand, and the equality and order contracts between different acronyms (mutation testing
 * found these untested).
 */
class MissionAcronymContractTest {

  @ParameterizedTest
  @CsvSource({"AZ,AZ", "ZA,ZA", "az,AZ", "za,ZA", "A0,A0", "A9,A9", "Z-9,Z-9", "a b,A B",
      "ABCDEFGHIJKLMNO9,ABCDEFGHIJKLMNO9", "UNEF I,UNEF I"})
  void acceptsTheCharactersAtTheEndsOfEachRange(String text, String value) {
    assertThat(MissionAcronym.parse(text).value()).isEqualTo(value);
  }

  /** '@' '[' '`' '{' border the letters, '/' ':' the digits; a digit or hyphen cannot start. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "@N|0", "[N|0", "`n|0", "{n|0", "0N|0", "9N|0", "' N'|0",
      "U@|1", "U[|1", "u`|1", "u{|1", "U/|1", "U:|1", "UN,|2", "UN.I|2",
      "'U '|1", "'U  I'|2", "ABCDEFGHIJKLMNOPQR|16", "ABCDEFGHIJKLMNO P|16", "A|1",
  })
  void refusesOtherCharactersAtTheirIndex(String text, int index) {
    assertThatThrownBy(() -> MissionAcronym.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessage("Text '" + text + "' could not be parsed as MissionAcronym at index " + index
            + " (expected 2-16 letters, digits or hyphens, starting with a letter, words separated"
            + " by single spaces)");
  }

  @Test
  void differentAcronymsAreNotEqual() {
    MissionAcronym unmiss = MissionAcronym.parse("UNMISS");
    assertThat(unmiss).isEqualTo(MissionAcronym.parse("unmiss"))
        .hasSameHashCodeAs(MissionAcronym.parse("unmiss"));
    assertThat(unmiss).isNotEqualTo(MissionAcronym.parse("UNMIS")).isNotEqualTo("UNMISS")
        .isNotEqualTo(null);
    assertThat(unmiss.hashCode()).isNotEqualTo(MissionAcronym.parse("UNMIS").hashCode());
  }

  @Test
  void ordersAlphabeticallyByUpperCaseAcronym() {
    List<MissionAcronym> acronyms = new ArrayList<>(List.of(
        MissionAcronym.parse("unmiss"), MissionAcronym.parse("MINUSCA"),
        MissionAcronym.parse("UNMIS"), MissionAcronym.parse("monusco")));
    acronyms.sort(null);
    assertThat(acronyms).extracting(MissionAcronym::value)
        .containsExactly("MINUSCA", "MONUSCO", "UNMIS", "UNMISS");
    assertThat(MissionAcronym.parse("unmiss").compareTo(MissionAcronym.parse("UNMISS"))).isZero();
  }
}
