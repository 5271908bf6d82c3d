package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.ParseException;
import java.util.Objects;

/**
 * The stable identifier of a validation rule, {@code WPS-<AREA>-<NNN>}, such as {@code WPS-RES-001}.
 *
 * <p>The area is three upper-case ASCII letters naming the kind of data the rule judges ({@code RES}
 * resolutions, {@code MSN} missions, {@code MND} mandates, {@code GND} gender posts, {@code CPT} the
 * Compact, {@code PAR} parity, {@code SYS} the validation engine itself); the number is 1 to 999,
 * written with three digits. Ids never change meaning once published: a retired rule's id is not
 * reused. Ordered by area, then number.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleId implements Comparable<RuleId> {
  /** The largest rule number. */
  public static final int MAX_NUMBER = 999;

  private static final String FORMAT = "WPS-<AREA>-<NNN> (three upper-case letters, three digits)";
  private static final String PREFIX = "WPS-";

  private final String area;
  private final int number;

  private RuleId(String area, int number) {
    this.area = area;
    this.number = number;
  }

  /**
   * Obtains a rule id from its area and number.
   *
   * @param area three upper-case ASCII letters, such as {@code RES}, not null
   * @param number the number within the area, 1 to 999
   * @return the id, not null
   * @throws InvalidValueException if the area or the number is out of range
   */
  public static RuleId of(String area, int number) {
    Objects.requireNonNull(area, "area");
    if (!isArea(area)) {
      throw new InvalidValueException(
          "RuleId.area", "\"" + area + "\"", "three upper-case letters A-Z");
    }
    if (number < 1 || number > MAX_NUMBER) {
      throw new InvalidValueException("RuleId.number", number, "valid values 1 - " + MAX_NUMBER);
    }
    return new RuleId(area, number);
  }

  /**
   * Parses {@code WPS-<AREA>-<NNN>}, which {@link #toString()} writes.
   *
   * @param text the text, not null
   * @return the id, not null
   * @throws ParseException if the text is not a rule id, naming the input and the index
   */
  public static RuleId parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    for (int i = 0; i < PREFIX.length(); i++) {
      if (i >= s.length() || s.charAt(i) != PREFIX.charAt(i)) {
        throw new ParseException("RuleId", s, i, FORMAT);
      }
    }
    int i = PREFIX.length();
    for (int k = 0; k < 3; k++, i++) {
      if (i >= s.length() || s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
        throw new ParseException("RuleId", s, i, FORMAT);
      }
    }
    if (i >= s.length() || s.charAt(i) != '-') {
      throw new ParseException("RuleId", s, i, FORMAT);
    }
    i++;
    int numberStart = i;
    for (int k = 0; k < 3; k++, i++) {
      if (i >= s.length() || s.charAt(i) < '0' || s.charAt(i) > '9') {
        throw new ParseException("RuleId", s, i, FORMAT);
      }
    }
    if (i != s.length()) {
      throw new ParseException("RuleId", s, i, FORMAT);
    }
    int number = Integer.parseInt(s, numberStart, i, 10);
    if (number == 0) {
      throw new ParseException("RuleId", s, numberStart, "a rule number from 001 to 999");
    }
    return new RuleId(s.substring(PREFIX.length(), PREFIX.length() + 3), number);
  }

  private static boolean isArea(String area) {
    if (area.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = area.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the area, such as {@code RES}.
   *
   * @return three upper-case letters
   */
  public String area() {
    return area;
  }

  /**
   * Returns the number within the area.
   *
   * @return 1 to 999
   */
  public int number() {
    return number;
  }

  @Override
  public int compareTo(RuleId other) {
    int c = area.compareTo(other.area);
    return c != 0 ? c : Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleId && ((RuleId) o).number == number && ((RuleId) o).area.equals(area);
  }

  @Override
  public int hashCode() {
    return area.hashCode() * 1009 + number;
  }

  /**
   * Returns {@code WPS-<AREA>-<NNN>}, such as {@code WPS-RES-001}, which {@link #parse} reads back.
   *
   * @return the id text
   */
  @Override
  public String toString() {
    String n = Integer.toString(number);
    return PREFIX + area + (n.length() == 1 ? "-00" : n.length() == 2 ? "-0" : "-") + n;
  }
}
