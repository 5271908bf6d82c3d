package io.github.wpskit.wps.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocationTest {
  @Test
  void buildsThePathSyntax() {
    Location l = Location.root().field("tasks").index(2).field("citedResolutions").index(0);
    assertThat(l.toString()).isEqualTo("$.tasks[2].citedResolutions[0]");
    assertThat(l.depth()).isEqualTo(4);
    assertThat(l.isRoot()).isFalse();
    assertThat(Location.root().toString()).isEqualTo("$");
    assertThat(Location.root().isRoot()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"$", "$.a", "$[0]", "$.tasks[2].citedResolutions[0]", "$[2147483647]",
          "$.x_1.Y2[10][0]", "$._"})
  void parseReadsBackToString(String text) {
    Location l = Location.parse(text);
    assertThat(l.toString()).isEqualTo(text);
    assertThat(Location.parse(l.toString())).isEqualTo(l).hasSameHashCodeAs(l);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\"\"|0|$ followed by .field or [index] steps",
        "a|0|$ followed by .field or [index] steps",
        "$.|2|a field name after '.'",
        "$.1a|2|a field name after '.'",
        "$a|1|$ followed by .field or [index] steps",
        "$[]|2|an index from 0 without leading zeros",
        "$[01]|2|an index from 0 without leading zeros",
        "$[1|3|']' after the index",
        "$[2147483648]|2|an index up to 2147483647",
        "$.a-b|3|$ followed by .field or [index] steps",
      })
  void refusesMalformedText(String text, int index, String expected) {
    assertThatThrownBy(() -> Location.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessage(
            "Text '" + text + "' could not be parsed as Location at index " + index + " (expected "
                + expected + ")");
  }

  @Test
  void refusesBadSteps() {
    assertThatThrownBy(() -> Location.root().field("a.b"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Invalid value for Location.field (an identifier of ASCII letters, digits and _): \"a.b\"");
    assertThatThrownBy(() -> Location.root().field(""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Invalid value for Location.field (an identifier of ASCII letters, digits and _): \"\"");
    assertThatThrownBy(() -> Location.root().index(-1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Location.index (must not be negative): -1");
  }

  @Test
  void equalityIsStructural() {
    assertThat(Location.root().field("a").index(1)).isEqualTo(Location.parse("$.a[1]"));
    assertThat(Location.root().field("a").index(1)).isNotEqualTo(Location.parse("$.a[2]"));
    assertThat(Location.root().field("a")).isNotEqualTo(Location.parse("$.a[0]"));
    assertThat(Location.root().index(0)).isNotEqualTo(Location.root().field("a"));
  }

  @Test
  void ordersSegmentBySegmentPrefixFirstFieldsBeforeIndexes() {
    List<Location> list = new ArrayList<>();
    for (String s : new String[] {"$.b", "$[0]", "$.a[10]", "$.a[2]", "$.a", "$", "$.a.z"}) {
      list.add(Location.parse(s));
    }
    list.sort(null);
    assertThat(list).extracting(Location::toString)
        .containsExactly("$", "$.a", "$.a.z", "$.a[2]", "$.a[10]", "$.b", "$[0]");
  }
}
