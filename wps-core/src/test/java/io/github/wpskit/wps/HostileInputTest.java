package io.github.wpskit.wps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.compact.FrameworkActionCode;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.resolution.MeetingRecord;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.validation.Location;
import io.github.wpskit.wps.validation.RuleId;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every identifier parser against input an attacker or a broken file could send: digits of other
 * scripts (which {@link Character#isDigit} accepts), surrogate pairs, megabytes of text. Each must
 * refuse with a {@link ParseException} naming the input and the index, never another exception.
 */
class HostileInputTest {
  private static final Map<String, Function<String, Object>> PARSERS = Map.of(
      "ResolutionSymbol", ResolutionSymbol::parse,
      "MeetingRecord", MeetingRecord::parse,
      "MissionAcronym", MissionAcronym::parse,
      "CountryCode", CountryCode::parse,
      "FrameworkActionCode", FrameworkActionCode::parse,
      "RuleId", RuleId::parse,
      "Location", Location::parse);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // Arabic-Indic digits
      "ResolutionSymbol|S/RES/\u0661\u0663\u0662\u0665 (2000)|6|S/RES/<number> (<year>)",
      "ResolutionSymbol|S/RES/1325 (\u0662\u0660\u0660\u0660)|12|S/RES/<number> (<year>)",
      "MeetingRecord|S/PV.\u0668\u0666\u0664\u0669|5|S/PV.<meeting number>",
      "FrameworkActionCode|A.\u0661.1|2|<letter A-E>.<group 1-99>.<number 1-99>",
      "RuleId|WPS-RES-\u0660\u0660\u0661|8|WPS-<AREA>-<NNN> (three upper-case letters, three digits)",
      "Location|$[\u0660]|2|an index from 0 without leading zeros",
      "MissionAcronym|UN\u0661|2|2-16 letters, digits or hyphens, starting with a letter, words separated by single spaces",
      // fullwidth digits and letters
      "ResolutionSymbol|S/RES/\uFF11\uFF13\uFF12\uFF15 (2000)|6|S/RES/<number> (<year>)",
      "CountryCode|\uFF33\uFF33\uFF24|0|three letters (ISO 3166-1 alpha-3)",
      "RuleId|WPS-\uFF32ES-001|4|WPS-<AREA>-<NNN> (three upper-case letters, three digits)",
      // surrogate pairs (U+1D400 MATHEMATICAL BOLD CAPITAL A, U+1F600)
      "MissionAcronym|UN\uD835\uDC00|2|2-16 letters, digits or hyphens, starting with a letter, words separated by single spaces",
      "ResolutionSymbol|S/RES/1325 (2000)\uD83D\uDE00|17|end of text after S/RES/<number> (<year>)",
      "Location|$.\uD835\uDC00|2|a field name after '.'",
      "CountryCode|S\uD835\uDC00|1|three letters (ISO 3166-1 alpha-3)",
  })
  void refusesDigitsAndLettersOfOtherScripts(String type, String text, int index, String expected) {
    assertThatThrownBy(() -> PARSERS.get(type).apply(text))
        .isInstanceOf(ParseException.class)
        .hasMessage("Text '" + text + "' could not be parsed as " + type + " at index " + index
            + " (expected " + expected + ")");
  }

  @Test
  void aMegabyteOfDigitsIsRefusedWithABoundedMessage() {
    String text = "S/RES/" + "1".repeat(1_000_000);
    assertThatThrownBy(() -> ResolutionSymbol.parse(text))
        .isInstanceOfSatisfying(ParseException.class, e -> {
          assertThat(e.input()).isEqualTo(text);
          assertThat(e.errorIndex()).isEqualTo(6);
        })
        .hasMessage("Text '" + text.substring(0, 1000) + "...' (1000006 characters) could not be"
            + " parsed as ResolutionSymbol at index 6 (expected S/RES/<number> (<year>))");
  }

  @ParameterizedTest
  @CsvSource({"ResolutionSymbol", "MeetingRecord", "MissionAcronym", "CountryCode",
      "FrameworkActionCode", "RuleId", "Location"})
  void everyParserRefusesAMegabyteOfTextWithAMessageOfAboutAKilobyte(String type) {
    String text = "\u0661".repeat(1_000_000);
    assertThatThrownBy(() -> PARSERS.get(type).apply(text))
        .isInstanceOfSatisfying(ParseException.class, e -> {
          assertThat(e.input()).hasSize(1_000_000);
          assertThat(e.getMessage()).hasSizeLessThan(1200)
              .startsWith("Text '" + "\u0661".repeat(1000) + "...' (1000000 characters) could not"
                  + " be parsed as " + type + " at index 0");
        });
  }

  @Test
  void theMessageCutNeverSplitsASurrogatePair() {
    String text = "x".repeat(999) + "\uD83D\uDE00" + "x";
    assertThatThrownBy(() -> MissionAcronym.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessage("Text '" + "x".repeat(999) + "...' (1002 characters) could not be parsed as"
            + " MissionAcronym at index 16 (expected 2-16 letters, digits or hyphens, starting"
            + " with a letter, words separated by single spaces)");
  }

  @Test
  void inputOfExactlyAThousandCharactersIsQuotedWhole() {
    String text = "x".repeat(1000);
    assertThatThrownBy(() -> MissionAcronym.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessage("Text '" + text + "' could not be parsed as MissionAcronym at index 16"
            + " (expected 2-16 letters, digits or hyphens, starting with a letter, words separated by"
            + " single spaces)");
  }

  @Test
  void aVeryDeepLocationParsesPrintsAndComparesWithoutRecursion() {
    String text = "$" + ".a[0]".repeat(100_000);
    Location l = Location.parse(text);
    Location again = Location.parse(l.toString());
    assertThat(l.depth()).isEqualTo(200_000);
    assertThat(again.toString()).isEqualTo(text);
    assertThat(again).isEqualTo(l).hasSameHashCodeAs(l);
    assertThat(again.compareTo(l)).isZero();
  }
}
