package io.github.wpskit.wps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The letter check at the ends of both ASCII letter ranges, and the equality and order contracts
 * between different codes (mutation testing found both untested).
 */
class CountryCodeContractTest {

  /** The first and last letter of each range, in every position, in both cases. */
  @ParameterizedTest
  @CsvSource({"AFG,AFG", "afg,AFG", "ZWE,ZWE", "zwe,ZWE", "aze,AZE", "ZAF,ZAF", "usa,USA",
      "kaz,KAZ", "BLZ,BLZ"})
  void acceptsTheLettersAtBothEndsOfEachRange(String text, String code) {
    assertThat(CountryCode.parse(text).code()).isEqualTo(code);
  }

  /** The characters just outside 'A'-'Z' and 'a'-'z': '@' and '[', '`' and '{'. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "@FG|0", "[FG|0", "`fg|0", "{fg|0",
      "A@G|1", "A[G|1", "a`g|1", "a{g|1",
      "AF@|2", "AF[|2", "af`|2", "af{|2",
  })
  void refusesTheCharactersNextToTheLetterRanges(String text, int index) {
    assertThatThrownBy(() -> CountryCode.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessage("Text '" + text + "' could not be parsed as CountryCode at index " + index
            + " (expected three letters (ISO 3166-1 alpha-3))");
  }

  @Test
  void differentCodesAreNotEqual() {
    CountryCode ssd = CountryCode.parse("SSD");
    assertThat(ssd).isEqualTo(CountryCode.parse("ssd")).hasSameHashCodeAs(CountryCode.parse("ssd"));
    assertThat(ssd).isNotEqualTo(CountryCode.parse("SDN")).isNotEqualTo("SSD").isNotEqualTo(null);
  }

  @Test
  void ordersByCodeAlphabetically() {
    List<CountryCode> codes = new ArrayList<>(List.of(
        CountryCode.parse("ZWE"), CountryCode.parse("AFG"), CountryCode.parse("SSD"),
        CountryCode.parse("SDN")));
    codes.sort(null);
    assertThat(codes).extracting(CountryCode::code).containsExactly("AFG", "SDN", "SSD", "ZWE");
    assertThat(CountryCode.parse("SSD").compareTo(CountryCode.parse("ssd"))).isZero();
  }

  /** Codes key hash maps (deployments by country): distinct codes must not share one bucket. */
  @Test
  void hashCodesOfTheAssignedCodesAreDistinct() {
    Set<Integer> hashes = new HashSet<>();
    String[] all = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).toArray(new String[0]);
    for (String code : all) {
      hashes.add(CountryCode.parse(code).hashCode());
    }
    assertThat(hashes).hasSize(all.length);
  }

  /** A text of up to 100 characters may be a country's name (here padded), a longer one is not. */
  @Test
  void aNameIsLookedUpInTextsOfAtMostAHundredCharacters() {
    String hundred = "Norway" + " ".repeat(94);
    assertThatThrownBy(() -> CountryCode.parse(hundred))
        .isInstanceOf(ParseException.class).hasMessageEndingWith("; did you mean NOR?)");
    assertThatThrownBy(() -> CountryCode.parse(hundred + " "))
        .isInstanceOf(ParseException.class).hasMessageEndingWith("(ISO 3166-1 alpha-3))");
  }
}
