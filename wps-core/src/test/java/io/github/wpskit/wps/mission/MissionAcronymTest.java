package io.github.wpskit.wps.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.ParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MissionAcronymTest {

  @ParameterizedTest
  @CsvSource({"UNMISS,UNMISS", "unmiss,UNMISS", "MONUSCO,MONUSCO", "UN,UN",
      "ABCDEFGHIJKLMNOP,ABCDEFGHIJKLMNOP", "UN-1,UN-1", "UNEF I,UNEF I", "unavem iii,UNAVEM III",
      "UNOSOM II,UNOSOM II"})
  void parsesAndNormalisesToUpperCase(String text, String value) {
    MissionAcronym acronym = MissionAcronym.parse(text);
    assertThat(acronym.value()).isEqualTo(value);
    assertThat(MissionAcronym.parse(acronym.toString())).isEqualTo(acronym);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "U|1", "''|0", "1UN|0", "UN  MISS|3", "'UNEF '|4", "' UNEF'|0", "ABCDEFGHIJKLMNOPQ|16",
      "-UN|0", "UNMIß|4", "UN\tMISS|2",
  })
  void refusesOtherText(String text, int index) {
    assertThatThrownBy(() -> MissionAcronym.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessage("Text '" + text + "' could not be parsed as MissionAcronym at index " + index
            + " (expected 2-16 letters, digits or hyphens, starting with a letter, words separated"
            + " by single spaces)");
  }
}
