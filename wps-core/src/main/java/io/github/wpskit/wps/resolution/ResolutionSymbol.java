package io.github.wpskit.wps.resolution;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.ParseException;
import java.util.Comparator;
import java.util.Objects;

/**
 * The document symbol of a Security Council resolution, such as {@code S/RES/1325 (2000)}.
 *
 * <p>{@link #parse(CharSequence)} accepts the printed form with a space ({@code S/RES/1820 (2008)})
 * and the UN Digital Library's form without one ({@code S/RES/1888(2009)}); {@link #toString()}
 * always writes the canonical printed form, which {@code parse} reads back. Ordered by resolution
 * number, which the Council assigns in adoption order.
 *
 * <p>Early resolutions were issued under ordinary document symbols (res. 47 (1948) is S/726); this
 * type names every resolution by the {@code S/RES/} form the UN Digital Library uses today.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResolutionSymbol implements Comparable<ResolutionSymbol> {
  /** The smallest resolution number. */
  public static final int MIN_NUMBER = 1;
  /** The largest resolution number this type accepts (five digits). */
  public static final int MAX_NUMBER = 99_999;
  /** The year of the Council's first meeting (17 January 1946). */
  public static final int MIN_YEAR = 1946;
  /** The largest year this type accepts (four digits, so that the text form reads back). */
  public static final int MAX_YEAR = 9999;

  private static final String FORMAT = "S/RES/<number> (<year>)";
  private static final Comparator<ResolutionSymbol> ORDER =
      Comparator.comparingInt(ResolutionSymbol::number).thenComparingInt(ResolutionSymbol::year);

  private final int number;
  private final int year;

  private ResolutionSymbol(int number, int year) {
    this.number = number;
    this.year = year;
  }

  /**
   * Obtains a symbol from its number and year.
   *
   * @param number the resolution number, from 1 to 99999
   * @param year the year in the symbol, from 1946 to 9999
   * @return the symbol, not null
   * @throws InvalidValueException if either value is out of range
   */
  public static ResolutionSymbol of(int number, int year) {
    if (number < MIN_NUMBER || number > MAX_NUMBER) {
      throw new InvalidValueException(
          "ResolutionSymbol.number", number, "valid values " + MIN_NUMBER + " - " + MAX_NUMBER);
    }
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidValueException(
          "ResolutionSymbol.year", year, "valid values " + MIN_YEAR + " - " + MAX_YEAR);
    }
    return new ResolutionSymbol(number, year);
  }

  /**
   * Parses {@code S/RES/<number> (<year>)}, with or without the space before the parenthesis.
   *
   * @param text the text to parse, not null
   * @return the symbol, not null
   * @throws ParseException if the text is not a resolution symbol, naming the input and the index
   * @throws InvalidValueException if the number or year is out of range
   */
  public static ResolutionSymbol parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int i = expect(s, 0, "S/RES/");
    int numberStart = i;
    i = digits(s, i, 5);
    int number = Integer.parseInt(s, numberStart, i, 10);
    if (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    i = expect(s, i, "(");
    int yearStart = i;
    i = digits(s, i, 4);
    if (i - yearStart != 4) {
      throw new ParseException("ResolutionSymbol", s, yearStart, "a four-digit year in " + FORMAT);
    }
    int year = Integer.parseInt(s, yearStart, i, 10);
    i = expect(s, i, ")");
    if (i != s.length()) {
      throw new ParseException("ResolutionSymbol", s, i, "end of text after " + FORMAT);
    }
    return of(number, year);
  }

  private static int expect(String s, int from, String literal) {
    for (int k = 0; k < literal.length(); k++) {
      if (from + k >= s.length() || s.charAt(from + k) != literal.charAt(k)) {
        throw new ParseException("ResolutionSymbol", s, from + k, FORMAT);
      }
    }
    return from + literal.length();
  }

  /** Reads 1..max ASCII digits without a leading zero; returns the index after them. */
  private static int digits(String s, int from, int max) {
    int i = from;
    while (i < s.length() && i - from < max + 1 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == from || i - from > max || s.charAt(from) == '0') {
      throw new ParseException("ResolutionSymbol", s, from, FORMAT);
    }
    return i;
  }

  /**
   * Returns the resolution number.
   *
   * @return the number, from 1 to 99999
   */
  public int number() {
    return number;
  }

  /**
   * Returns the year written in the symbol, which is the year of adoption.
   *
   * @return the year, from 1946 to 9999
   */
  public int year() {
    return year;
  }

  @Override
  public int compareTo(ResolutionSymbol other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResolutionSymbol
        && ((ResolutionSymbol) o).number == number
        && ((ResolutionSymbol) o).year == year;
  }

  @Override
  public int hashCode() {
    return number * 31 + year;
  }

  /**
   * Returns the canonical symbol, such as {@code S/RES/1325 (2000)}, which {@link #parse} reads back.
   *
   * @return the symbol text
   */
  @Override
  public String toString() {
    return "S/RES/" + number + " (" + year + ")";
  }
}
