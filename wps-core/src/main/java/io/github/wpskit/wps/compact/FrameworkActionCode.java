package io.github.wpskit.wps.compact;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.ParseException;
import java.util.Objects;

/**
 * The code of a specific action of the Compact Framework, such as {@code A.1.1}: the thematic area's
 * letter, then a group number and an action number within the group.
 *
 * <p>The Compact Framework has 134 specific actions across the five thematic areas, with codes such as
 * {@code A.1.1} to {@code A.1.10}. This type checks the form of a code only, not that an action with
 * that code exists: the list of actions is not encoded here.
 *
 * <p>Form: a letter {@code A} to {@code E} (upper case), then {@code .<group>.<number>}, each a number
 * from 1 to 99 written without leading zeros. {@link #toString()} writes that form and {@link #parse}
 * reads it back. Ordered by letter, then group, then number, so {@code A.1.2} comes before
 * {@code A.1.10}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FrameworkActionCode implements Comparable<FrameworkActionCode> {
  /** The largest group or action number accepted (two digits). */
  public static final int MAX_NUMBER = 99;

  private static final String FORMAT = "<letter A-E>.<group 1-99>.<number 1-99>";

  private final char letter;
  private final int group;
  private final int number;

  private FrameworkActionCode(char letter, int group, int number) {
    this.letter = letter;
    this.group = group;
    this.number = number;
  }

  /**
   * Obtains a code from its parts.
   *
   * @param letter the thematic area's letter, {@code A} to {@code E}
   * @param group the group number, 1 to 99
   * @param number the action number within the group, 1 to 99
   * @return the code, not null
   * @throws InvalidValueException if a part is out of range
   */
  public static FrameworkActionCode of(char letter, int group, int number) {
    if (letter < 'A' || letter > 'E') {
      throw new InvalidValueException(
          "FrameworkActionCode.letter", letter, "valid values A - E");
    }
    if (group < 1 || group > MAX_NUMBER) {
      throw new InvalidValueException(
          "FrameworkActionCode.group", group, "valid values 1 - " + MAX_NUMBER);
    }
    if (number < 1 || number > MAX_NUMBER) {
      throw new InvalidValueException(
          "FrameworkActionCode.number", number, "valid values 1 - " + MAX_NUMBER);
    }
    return new FrameworkActionCode(letter, group, number);
  }

  /**
   * Parses a code such as {@code A.1.1}.
   *
   * @param text the text, not null
   * @return the code, not null
   * @throws ParseException if the text is not a code, naming the input and the index
   */
  public static FrameworkActionCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (s.isEmpty() || s.charAt(0) < 'A' || s.charAt(0) > 'E') {
      throw new ParseException("FrameworkActionCode", s, 0, FORMAT);
    }
    int i = dot(s, 1);
    int groupStart = i;
    i = digits(s, i);
    int group = Integer.parseInt(s, groupStart, i, 10);
    i = dot(s, i);
    int numberStart = i;
    i = digits(s, i);
    int number = Integer.parseInt(s, numberStart, i, 10);
    if (i != s.length()) {
      throw new ParseException("FrameworkActionCode", s, i, "end of text after " + FORMAT);
    }
    return new FrameworkActionCode(s.charAt(0), group, number);
  }

  private static int dot(String s, int at) {
    if (at >= s.length() || s.charAt(at) != '.') {
      throw new ParseException("FrameworkActionCode", s, at, FORMAT);
    }
    return at + 1;
  }

  /** Reads one or two ASCII digits without a leading zero; returns the index after them. */
  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && i - from < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == from || i - from > 2 || s.charAt(from) == '0') {
      throw new ParseException("FrameworkActionCode", s, from, FORMAT);
    }
    return i;
  }

  /**
   * Returns the thematic area's letter.
   *
   * @return {@code A} to {@code E}
   */
  public char letter() {
    return letter;
  }

  /**
   * Returns the group number, the middle part of the code.
   *
   * @return 1 to 99
   */
  public int group() {
    return group;
  }

  /**
   * Returns the action number within the group, the last part of the code.
   *
   * @return 1 to 99
   */
  public int number() {
    return number;
  }

  /**
   * Returns the thematic area named by the code's letter.
   *
   * @return the area, not null
   */
  public ThematicArea thematicArea() {
    return ThematicArea.ofLetter(letter);
  }

  @Override
  public int compareTo(FrameworkActionCode other) {
    int c = Character.compare(letter, other.letter);
    if (c == 0) {
      c = Integer.compare(group, other.group);
    }
    return c != 0 ? c : Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FrameworkActionCode
        && ((FrameworkActionCode) o).letter == letter
        && ((FrameworkActionCode) o).group == group
        && ((FrameworkActionCode) o).number == number;
  }

  @Override
  public int hashCode() {
    return (letter * 100 + group) * 100 + number;
  }

  /**
   * Returns the canonical code, such as {@code A.1.10}, which {@link #parse} reads back.
   *
   * @return the code text
   */
  @Override
  public String toString() {
    return letter + "." + group + "." + number;
  }
}
