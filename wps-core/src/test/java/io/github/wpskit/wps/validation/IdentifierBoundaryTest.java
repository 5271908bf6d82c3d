package io.github.wpskit.wps.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule ids and locations at the ends of their character ranges ('A'-'Z', 'a'-'z', '0'-'9' and the
 * characters just outside: '@', '[', '`', '{', '/', ':'), text that ends early, and hash codes of
 * different values (mutation testing found these untested).
 */
class IdentifierBoundaryTest {
  private static final String RULE_FORMAT =
      "WPS-<AREA>-<NNN> (three upper-case letters, three digits)";

  @ParameterizedTest
  @CsvSource({"WPS-AZA-109,AZA,109", "WPS-ZAZ-900,ZAZ,900", "WPS-RES-999,RES,999"})
  void ruleIdsAtTheEndsOfTheRanges(String text, String area, int number) {
    RuleId id = RuleId.parse(text);
    assertThat(id.area()).isEqualTo(area);
    assertThat(id.number()).isEqualTo(number);
    assertThat(RuleId.of(area, number)).isEqualTo(id);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "WPS-@ES-001|4", "WPS-[ES-001|4", "WPS-R@S-001|5", "WPS-RE[-001|6", "WPS-RES-/01|8",
      "WPS-RES-:01|8", "WPS-RES-00/|10", "WPS-RES-00:|10", "WPS-RES|7", "WPS-RES-|8", "WPS-RE|6",
      "WPS-RES-01|10", "WPS|3", "WPS-RES-0011|11", "WPS-RES+001|7",
  })
  void ruleIdsRefusedAtTheIndexWhereTheyGoWrong(String text, int index) {
    assertThatThrownBy(() -> RuleId.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessage("Text '" + text + "' could not be parsed as RuleId at index " + index
            + " (expected " + RULE_FORMAT + ")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"@ES", "[ES", "R@S", "RE[", "res", "RE", "RESS", "R1S"})
  void ruleIdAreasOutsideTheUpperCaseLettersAreRefused(String area) {
    assertThatThrownBy(() -> RuleId.of(area, 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for RuleId.area (three upper-case letters A-Z): \"" + area
            + "\"");
  }

  @Test
  void ruleIdAreasAtTheEndsOfTheRangeAreAccepted() {
    assertThat(RuleId.of("AZZ", 1)).hasToString("WPS-AZZ-001");
    assertThat(RuleId.of("ZZA", 999)).hasToString("WPS-ZZA-999");
  }

  @ParameterizedTest
  @ValueSource(strings = {"$.AZaz_09", "$.Z", "$.z9", "$._", "$[9]", "$[10]", "$[2147483647]",
      "$[0].a0[90]"})
  void locationsAtTheEndsOfTheRanges(String text) {
    assertThat(Location.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "$.@|2|a field name after '.'", "$.[|2|a field name after '.'",
      "$.`|2|a field name after '.'", "$.{|2|a field name after '.'",
      "$.0|2|a field name after '.'", "$.9|2|a field name after '.'",
      "$.a@|3|$ followed by .field or [index] steps", "$.a`|3|$ followed by .field or [index] steps",
      "$.a{|3|$ followed by .field or [index] steps", "$.a/|3|$ followed by .field or [index] steps",
      "$.a:|3|$ followed by .field or [index] steps", "$.Z@|3|$ followed by .field or [index] steps",
      "$[/]|2|an index from 0 without leading zeros", "$[:]|2|an index from 0 without leading zeros",
      "$[1/]|3|']' after the index", "$[1:]|3|']' after the index",
      "$[12345678901]|12|']' after the index", "$[9999999999]|2|an index up to 2147483647",
  })
  void locationsRefusedAtTheIndexWhereTheyGoWrong(String text, int index, String expected) {
    assertThatThrownBy(() -> Location.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessage("Text '" + text + "' could not be parsed as Location at index " + index
            + " (expected " + expected + ")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"@", "a@", "`", "{", "[", "a{", "9a"})
  void fieldNamesOutsideTheIdentifierCharactersAreRefused(String name) {
    assertThatThrownBy(() -> Location.root().field(name))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Location.field (an identifier of ASCII letters, digits and"
            + " _): \"" + name + "\"");
  }

  @Test
  void differentLocationsHaveDifferentHashCodes() {
    List<String> paths = List.of("$", "$.a", "$.b", "$[0]", "$[1]", "$.a[0]", "$.a[1]", "$.b[0]",
        "$.tasks[2].citedResolutions[0]", "$.tasks[2].citedResolutions[1]");
    Set<Integer> hashes = new HashSet<>();
    for (String p : paths) {
      hashes.add(Location.parse(p).hashCode());
    }
    assertThat(hashes).hasSize(paths.size());
  }

  @Test
  void aLocationEqualsOnlyALocation() {
    Location l = Location.parse("$.tasks[2]");
    assertThat(l.equals(Location.parse("$.tasks[2]"))).isTrue();
    assertThat(l.equals("$.tasks[2]")).isFalse();
    assertThat(Location.root().equals("$")).isFalse();
    assertThat(l.equals(null)).isFalse();
  }
}
