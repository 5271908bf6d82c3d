package io.github.wpskit.wps.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChecksTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "abcdefghijkl|10|Invalid value for X.y (at most 10 characters): \"abcdefghijkl\" (12 characters)",
      "abcdefghijk|10|Invalid value for X.y (at most 10 characters): \"abcdefghijk\" (11 characters)",
      "ab|1|Invalid value for X.y (at most 1 characters): \"ab\" (2 characters)",
  })
  void overlongTextShorterThanTheShownPrefixDoesNotFailWithIndexOutOfBounds(
      String value, int maxLength, String message) {
    // Regression: the overlong branch cut 40 characters unconditionally, so a maxLength below 40
    // threw StringIndexOutOfBoundsException instead of InvalidValueException.
    assertThatThrownBy(() -> Checks.text("X.y", value, maxLength))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void overlongTextIsShownByItsFirstFortyCharacters() {
    String value = "x".repeat(41);
    assertThatThrownBy(() -> Checks.text("X.y", value, 40))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for X.y (at most 40 characters): \"" + "x".repeat(40)
            + "...\" (41 characters)");
  }

  @Test
  void abbreviationNeverCutsASurrogatePairInHalf() {
    // 39 letters, then U+1D400 (a surrogate pair) across the 40-character cut.
    String value = "a".repeat(39) + "\uD835\uDC00" + "b".repeat(10);
    assertThatThrownBy(() -> Checks.text("X.y", value, 45))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for X.y (at most 45 characters): \"" + "a".repeat(39)
            + "...\" (51 characters)");
  }

  @Test
  void hugeBlankTextIsShownAbbreviated() {
    String value = " ".repeat(1_000_000);
    assertThatThrownBy(() -> Checks.text("X.y", value))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for X.y (must not be blank): \"" + " ".repeat(40)
            + "...\" (1000000 characters)");
  }

  @Test
  void blankTextWithinTheLimitIsShownWhole() {
    assertThatThrownBy(() -> Checks.text("X.y", "  ", 10))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for X.y (must not be blank): \"  \"");
  }

  @Test
  void textAtTheLimitIsAccepted() {
    assertThat(Checks.text("X.y", "abc", 3)).isEqualTo("abc");
  }

  /** uniqueBy compares short lists pairwise and hashes long ones: both must find the first repeat. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {2, 3, 8, 9, 50})
  void uniqueByFindsTheRepeatInShortAndLongLists(int size) {
    java.util.List<Integer> values = new java.util.ArrayList<>();
    for (int i = 0; i < size - 1; i++) {
      values.add(i);
    }
    values.add((size - 1) / 2);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Checks.uniqueBy("X.y", values, v -> "k" + v))
        .isInstanceOf(io.github.wpskit.wps.InvalidValueException.class)
        .hasMessage("Invalid value for X.y (must not contain duplicates): k" + (size - 1) / 2);
    java.util.List<Integer> distinct = values.subList(0, size - 1);
    Checks.uniqueBy("X.y", distinct, v -> v);
    Checks.uniqueBy("X.y", new java.util.LinkedHashSet<>(distinct), v -> v);
  }
}
