package io.github.wpskit.wps.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What each check returns and where its range ends (the builders return the checked value, so a
 * check that returned anything else would change the value built), and {@code uniqueBy} over every
 * kind of collection the model types pass.
 */
class ChecksContractTest {

  @ParameterizedTest
  @CsvSource({"1,1,10", "10,1,10", "5,1,10", "-3,-3,-3", "0,-5,5"})
  void inRangeReturnsTheValueItAccepts(long value, long min, long max) {
    assertThat(Checks.inRange("X.y", value, min, max)).isEqualTo(value);
    assertThat(Checks.inRange("X.y", (double) value, (double) min, (double) max))
        .isEqualTo((double) value);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0|1|10|Invalid value for X.y (valid values 1 - 10): 0",
      "11|1|10|Invalid value for X.y (valid values 1 - 10): 11",
      "-4|-3|-3|Invalid value for X.y (valid values -3 - -3): -4",
  })
  void inRangeRefusesTheValuesJustOutside(long value, long min, long max, String message) {
    assertThatThrownBy(() -> Checks.inRange("X.y", value, min, max))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0.49999|Invalid value for X.y (valid values 0.5 - 1.5): 0.49999",
      "1.50001|Invalid value for X.y (valid values 0.5 - 1.5): 1.50001",
      "NaN|Invalid value for X.y (valid values 0.5 - 1.5): NaN",
      "Infinity|Invalid value for X.y (valid values 0.5 - 1.5): Infinity",
  })
  void doubleRangeRefusesValuesOutsideAndNaN(double value, String message) {
    assertThatThrownBy(() -> Checks.inRange("X.y", value, 0.5, 1.5))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
    assertThat(Checks.inRange("X.y", 0.5, 0.5, 1.5)).isEqualTo(0.5);
    assertThat(Checks.inRange("X.y", 1.5, 0.5, 1.5)).isEqualTo(1.5);
  }

  @Test
  void finiteReturnsTheValueAndRefusesNaNAndInfinities() {
    assertThat(Checks.finite("X.y", 0.35)).isEqualTo(0.35);
    assertThat(Checks.finite("X.y", -Double.MAX_VALUE)).isEqualTo(-Double.MAX_VALUE);
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> Checks.finite("X.y", bad))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("Invalid value for X.y (must be a finite number): " + bad);
    }
  }

  @Test
  void textReturnsTheTextItAccepts() {
    assertThat(Checks.text("X.y", "UNMISS")).isEqualTo("UNMISS");
    assertThat(Checks.text("X.y", "a b", 3)).isEqualTo("a b");
    String longest = "x".repeat(Checks.MAX_TEXT_LENGTH);
    assertThat(Checks.text("X.y", longest)).isSameAs(longest);
    assertThatThrownBy(() -> Checks.text("X.y", longest + "x"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for X.y (at most 10000 characters): \"" + "x".repeat(40)
            + "...\" (10001 characters)");
  }

  @Test
  void textRefusesSurroundingWhiteSpaceQuotingTheText() {
    assertThatThrownBy(() -> Checks.text("X.y", " UNMISS"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for X.y (must not start or end with white space): \" UNMISS\"");
    assertThatThrownBy(() -> Checks.text("X.y", "UNMISS\n", 7))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for X.y (must not start or end with white space): \"UNMISS\n\"");
  }

  /**
   * A blank text one character over the limit is abbreviated, one at the limit is quoted whole; a
   * 40-character prefix is shown without "..." when nothing is cut.
   */
  @Test
  void blankTextIsAbbreviatedOnlyWhenOverTheLimit() {
    assertThatThrownBy(() -> Checks.text("X.y", "   ", 2))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for X.y (must not be blank): \"   \" (3 characters)");
    assertThatThrownBy(() -> Checks.text("X.y", "   ", 3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for X.y (must not be blank): \"   \"");
  }

  /**
   * A text no longer than the shown prefix is shown whole, even when it ends in half a surrogate
   * pair: only a cut inside the text may step back over a high surrogate.
   */
  @Test
  void anOverlongTextShorterThanThePrefixIsShownWholeWhateverItsLastCharacter() {
    assertThatThrownBy(() -> Checks.text("X.y", "a\uD835", 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for X.y (at most 1 characters): \"a\uD835\" (2 characters)");
  }

  /** A collection that is not a list (or not random access) is checked by hashing, whatever size. */
  @Test
  void uniqueByFindsRepeatsInEveryKindOfCollection() {
    List<Collection<String>> withRepeat = List.of(
        List.of("a", "b", "A"), new LinkedList<>(List.of("a", "b", "A")),
        new ArrayDeque<>(List.of("a", "b", "A")), new LinkedHashSet<>(List.of("a", "b", "A")));
    for (Collection<String> values : withRepeat) {
      assertThatThrownBy(() -> Checks.uniqueBy("X.y", values, v -> v.toLowerCase()))
          .as(values.getClass().getSimpleName())
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("Invalid value for X.y (must not contain duplicates): a");
    }
    List<Collection<String>> distinct = List.of(
        List.of("a", "b"), new LinkedList<>(List.of("a", "b")), new ArrayDeque<>(List.of("a", "b")),
        new LinkedHashSet<>(List.of("a", "b")), List.of("a"), List.of());
    for (Collection<String> values : distinct) {
      Checks.uniqueBy("X.y", values, v -> v.toLowerCase());
    }
  }
}
