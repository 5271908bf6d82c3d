package io.github.wpskit.wps;

import io.github.wpskit.wps.internal.Suggestions;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-3 country code, such as {@code SSD} for South Sudan.
 *
 * <p>Only officially assigned codes are accepted; the list is the JDK's own
 * ({@link Locale#getISOCountries(Locale.IsoCountryCode)}), so no country list is hand-kept here.
 * User-assigned codes (such as {@code XKX}, used by some bodies for Kosovo) are refused: describe such a
 * territory in text instead. Parsing accepts lower case and returns the upper-case code.
 *
 * <p>A refused text gets a hint where the intended code is certain enough: a country's English name
 * as the JDK gives it ({@code Norway}: did you mean NOR?), an alpha-2 code ({@code SS}: did you mean
 * SSD?), or a slip of one letter, replaced or swapped with its neighbour, from exactly one assigned
 * code ({@code UAG}: did you mean UGA?). Edit distance alone would not do: there are 249 codes
 * among 17,576 three-letter strings, so of the strings that are no code 30% are one slip from
 * exactly one code, 28% from several ({@code SDS} is one from SDN, SGS and SSD), and all but four
 * are within two replaced letters of several codes (27 on average). Several candidates give no
 * hint: naming one would be a guess.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountryCode implements Comparable<CountryCode> {
  private static final Set<String> ASSIGNED =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  private final String code;

  /** The hint's lookups, built on the first refused text only. */
  private static final class Hints {
    static final Map<String, String> ALPHA3_BY_ALPHA2 = new HashMap<>();
    static final Map<String, String> ALPHA3_BY_NAME = new HashMap<>();

    static {
      for (String alpha2 : Locale.getISOCountries()) {
        Locale country = new Locale("", alpha2);
        String alpha3 = country.getISO3Country();
        if (ASSIGNED.contains(alpha3)) {
          ALPHA3_BY_ALPHA2.put(alpha2, alpha3);
          ALPHA3_BY_NAME.put(nameKey(country.getDisplayCountry(Locale.ENGLISH)), alpha3);
        }
      }
    }

    private Hints() {}
  }

  /** Longer texts are not taken for a country's name. */
  private static final int MAX_NAME_LENGTH = 100;

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
        throw new ParseException(
            "CountryCode", s, i, "three letters (ISO 3166-1 alpha-3)" + hint(s));
      }
    }
    if (s.length() != 3) {
      throw new ParseException("CountryCode", s, 3, "three letters (ISO 3166-1 alpha-3)" + hint(s));
    }
    String upper = s.toUpperCase(Locale.ROOT);
    if (!ASSIGNED.contains(upper)) {
      throw new InvalidValueException(
          "CountryCode", s, "must be an officially assigned ISO 3166-1 alpha-3 code" + hint(upper));
    }
    return new CountryCode(upper);
  }

  /**
   * Returns the assigned code a text that is no code most likely stands for, where that is certain
   * enough: the text is a country's English name as the JDK gives it, compared word by word without
   * case, accents or punctuation ({@code Norway}, {@code Cote d'Ivoire}), an alpha-2 code ({@code SS}), or three letters one slip (a letter replaced, or two
   * neighbours swapped) from exactly one assigned code ({@code UAG}). This is the hint that
   * {@link #parse}'s errors give, for callers that report refused codes in their own words (a CSV
   * reader naming the column and line).
   *
   * @param text any text, not null
   * @return the code meant; empty when the text is an assigned code itself (in any case), or when
   *     no code or several are as close
   */
  public static Optional<CountryCode> suggest(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    if (s.length() == 3 && ASSIGNED.contains(s.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String code = meant(s);
    return code == null ? Optional.empty() : Optional.of(new CountryCode(code));
  }

  /** "; did you mean NOR?" for a refused text, where the code meant is certain enough, else "". */
  private static String hint(String text) {
    String code = meant(text);
    return code == null ? "" : Suggestions.didYouMean(List.of(code));
  }

  /** The assigned code a text that is no code stands for (see the class comment), or null. */
  private static String meant(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    String code = null;
    if (upper.length() == 2) {
      code = Hints.ALPHA3_BY_ALPHA2.get(upper);
    } else if (upper.length() == 3 && isAsciiLetter(upper.charAt(0))
        && isAsciiLetter(upper.charAt(1)) && isAsciiLetter(upper.charAt(2))) {
      List<String> slips = new ArrayList<>(2);
      for (String assigned : ASSIGNED) {
        if (Suggestions.distance(upper, assigned) == 1) {
          slips.add(assigned);
        }
      }
      code = slips.size() == 1 ? slips.get(0) : null;
    }
    if (code == null && text.length() <= MAX_NAME_LENGTH) {
      code = Hints.ALPHA3_BY_NAME.get(nameKey(text));
    }
    return code;
  }

  /**
   * A name as its words: letters without accents, in lower case, one space between words whatever
   * stood between them ("Côte d’Ivoire", "cote d ivoire"). Words must agree: "Be nin" is not Benin.
   */
  private static String nameKey(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(plain.length());
    boolean gap = false;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (isAsciiLetter(c)) {
        if (gap && sb.length() > 0) {
          sb.append(' ');
        }
        gap = false;
        sb.append(Character.toLowerCase(c));
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        gap = true; // an accent (a mark after its letter) is no gap between words
      }
    }
    return sb.toString();
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
