package io.github.wpskit.wps.mission;

import io.github.wpskit.wps.ParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * The acronym of a peace operation, such as {@code UNMISS} or {@code MONUSCO}: the key that ties
 * mandates, gender posts and deployment figures to their mission.
 *
 * <p>Two to sixteen characters: a letter first, then letters, digits or hyphens, with single spaces
 * between words for the numbered missions the UN writes that way ({@code UNEF I}, {@code UNAVEM II},
 * {@code UNOSOM II}). Parsing accepts lower case and returns the upper-case acronym, so
 * {@code parse("unmiss")} equals {@code parse("UNMISS")}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MissionAcronym implements Comparable<MissionAcronym> {
  /** The longest acronym accepted. */
  public static final int MAX_LENGTH = 16;

  private static final String FORMAT =
      "2-16 letters, digits or hyphens, starting with a letter, words separated by single spaces";

  private final String value;

  private MissionAcronym(String value) {
    this.value = value;
  }

  /**
   * Parses an acronym.
   *
   * @param text the acronym, not null
   * @return the acronym in upper case, not null
   * @throws ParseException if the text does not have the acronym's form
   */
  public static MissionAcronym parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      boolean space = c == ' ' && i > 0 && s.charAt(i - 1) != ' ' && i < s.length() - 1;
      boolean ok = i == 0 ? letter : letter || (c >= '0' && c <= '9') || c == '-' || space;
      if (!ok || i >= MAX_LENGTH) {
        throw new ParseException("MissionAcronym", s, i, FORMAT);
      }
    }
    if (s.length() < 2) {
      throw new ParseException("MissionAcronym", s, s.length(), FORMAT);
    }
    return new MissionAcronym(s.toUpperCase(Locale.ROOT));
  }

  /**
   * Returns the acronym in upper case.
   *
   * @return the acronym
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(MissionAcronym other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MissionAcronym && ((MissionAcronym) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the acronym, which {@link #parse} reads back.
   *
   * @return the acronym
   */
  @Override
  public String toString() {
    return value;
  }
}
