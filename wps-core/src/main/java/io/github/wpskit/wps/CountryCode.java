package io.github.wpskit.wps;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-3 country code, such as {@code SSD} for South Sudan.
 *
 * <p>Only officially assigned codes are accepted; the list is the JDK's own
 * ({@link Locale#getISOCountries(Locale.IsoCountryCode)}), so no country list is hand-kept here.
 * User-assigned codes (such as {@code XKX}, used by some bodies for Kosovo) are refused: describe such a
 * territory in text instead. Parsing accepts lower case and returns the upper-case code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountryCode implements Comparable<CountryCode> {
  private static final Set<String> ASSIGNED =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  private final String code;

  private CountryCode(String code) {
    this.code = code;
  }

  /**
   * Parses an alpha-3 code, in upper or lower case.
   *
   * @param text the code, not null
   * @return the country code, not null
   * @throws ParseException if the text is not three ASCII letters
   * @throws InvalidValueException if the code is not an officially assigned ISO 3166-1 code
   */
  public static CountryCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    for (int i = 0; i < 3; i++) {
      if (i >= s.length() || !isAsciiLetter(s.charAt(i))) {
        throw new ParseException("CountryCode", s, i, "three letters (ISO 3166-1 alpha-3)");
      }
    }
    if (s.length() != 3) {
      throw new ParseException("CountryCode", s, 3, "three letters (ISO 3166-1 alpha-3)");
    }
    String upper = s.toUpperCase(Locale.ROOT);
    if (!ASSIGNED.contains(upper)) {
      throw new InvalidValueException(
          "CountryCode", s, "must be an officially assigned ISO 3166-1 alpha-3 code");
    }
    return new CountryCode(upper);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /**
   * Returns the three upper-case letters.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(CountryCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountryCode && ((CountryCode) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the upper-case code, which {@link #parse} reads back.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return code;
  }
}
