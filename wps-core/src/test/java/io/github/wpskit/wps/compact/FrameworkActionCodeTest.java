package io.github.wpskit.wps.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameworkActionCodeTest {
  @ParameterizedTest
  @CsvSource({
    "A.1.1, A, 1, 1, A",
    "A.1.10, A, 1, 10, A",
    "B.2.3, B, 2, 3, B",
    "C.12.9, C, 12, 9, C",
    "D.9.99, D, 9, 99, D",
    "E.99.99, E, 99, 99, E",
  })
  void parsesAndWritesBackTheCanonicalForm(
      String text, char letter, int group, int number, ThematicArea area) {
    FrameworkActionCode code = FrameworkActionCode.parse(text);

    assertThat(code.letter()).isEqualTo(letter);
    assertThat(code.group()).isEqualTo(group);
    assertThat(code.number()).isEqualTo(number);
    assertThat(code.thematicArea()).isEqualTo(area);
    assertThat(code).hasToString(text);
    assertThat(FrameworkActionCode.parse(code.toString())).isEqualTo(code);
    assertThat(FrameworkActionCode.of(letter, group, number)).isEqualTo(code).hasToString(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''         | 0",
        "a.1.1      | 0",
        "F.1.1      | 0",
        "1.1.1      | 0",
        "' A.1.1'   | 0",
        "A          | 1",
        "A1.1       | 1",
        "A..1       | 2",
        "A.         | 2",
        "A.0.1      | 2",
        "A.01.1     | 2",
        "A.100.1    | 2",
        "A.-1.1     | 2",
        "A.1        | 3",
        "A.1-1      | 3",
        "A.1.       | 4",
        "A.1.0      | 4",
        "A.1.01     | 4",
        "A.1.x      | 4",
        "E.99.100   | 5",
        "A.12.345   | 5",
        "A.1.1.     | 5",
        "'A.1.1 '   | 5",
        "A.1.1.1    | 5",
      })
  void refusesMalformedTextNamingInputAndIndex(String text, int index) {
    assertThatThrownBy(() -> FrameworkActionCode.parse(text))
        .isInstanceOfSatisfying(
            ParseException.class,
            e -> {
              assertThat(e.input()).isEqualTo(text);
              assertThat(e.errorIndex()).isEqualTo(index);
            })
        .hasMessageStartingWith(
            "Text '" + text + "' could not be parsed as FrameworkActionCode at index " + index
                + " (expected ");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A.1.1.  | Text 'A.1.1.' could not be parsed as FrameworkActionCode at index 5 (expected end"
            + " of text after <letter A-E>.<group 1-99>.<number 1-99>)",
        "A.100.1 | Text 'A.100.1' could not be parsed as FrameworkActionCode at index 2 (expected"
            + " <letter A-E>.<group 1-99>.<number 1-99>)",
        "e.1.1   | Text 'e.1.1' could not be parsed as FrameworkActionCode at index 0 (expected"
            + " <letter A-E>.<group 1-99>.<number 1-99>)",
      })
  void parseMessagesAreExact(String text, String message) {
    assertThatThrownBy(() -> FrameworkActionCode.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "F | 1  | 1  | Invalid value for FrameworkActionCode.letter (valid values A - E): F",
        "a | 1  | 1  | Invalid value for FrameworkActionCode.letter (valid values A - E): a",
        "A | 0  | 1  | Invalid value for FrameworkActionCode.group (valid values 1 - 99): 0",
        "A | 100| 1  | Invalid value for FrameworkActionCode.group (valid values 1 - 99): 100",
        "A | 1  | 0  | Invalid value for FrameworkActionCode.number (valid values 1 - 99): 0",
        "A | 1  | 100| Invalid value for FrameworkActionCode.number (valid values 1 - 99): 100",
        "A | 1  | -1 | Invalid value for FrameworkActionCode.number (valid values 1 - 99): -1",
      })
  void ofRefusesOutOfRangeParts(char letter, int group, int number, String message) {
    assertThatThrownBy(() -> FrameworkActionCode.of(letter, group, number))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void ordersByLetterThenGroupThenNumberNumerically() {
    List<FrameworkActionCode> codes = new ArrayList<>();
    for (String s : List.of("B.1.1", "A.2.1", "A.1.10", "A.1.2", "A.10.1", "A.1.1")) {
      codes.add(FrameworkActionCode.parse(s));
    }
    Collections.sort(codes);

    assertThat(codes)
        .extracting(FrameworkActionCode::toString)
        .containsExactly("A.1.1", "A.1.2", "A.1.10", "A.2.1", "A.10.1", "B.1.1");
  }

  @Test
  void equalCodesHaveEqualHashCodesAndDifferentCodesDiffer() {
    assertThat(FrameworkActionCode.parse("C.3.4"))
        .isEqualTo(FrameworkActionCode.of('C', 3, 4))
        .hasSameHashCodeAs(FrameworkActionCode.of('C', 3, 4))
        .isNotEqualTo(FrameworkActionCode.of('C', 4, 3))
        .isNotEqualTo("C.3.4");
    // Regression: a naive hash of group and number could collide A.1.11 with A.11.1.
    assertThat(FrameworkActionCode.parse("A.1.11").hashCode())
        .isNotEqualTo(FrameworkActionCode.parse("A.11.1").hashCode());
  }

  @Test
  void parseRefusesNull() {
    assertThatThrownBy(() -> FrameworkActionCode.parse(null))
        .isInstanceOf(NullPointerException.class);
  }
}
