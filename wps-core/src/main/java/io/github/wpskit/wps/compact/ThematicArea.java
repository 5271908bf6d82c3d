package io.github.wpskit.wps.compact;

import io.github.wpskit.wps.ParseException;

/**
 * The five thematic areas of the WPS-HA Compact, lettered A to E, under which commitments and the
 * actions of the Compact Framework are grouped.
 *
 * <p>{@link #title()} is the area's full name; {@link #shortName()} is the short name used in the
 * Compact's monitoring (which lists them in another order: Financing, Participation, Leadership,
 * Economic Security, Protection). Enum order is letter order.
 */
public enum ThematicArea {
  /** A: financing. */
  A("Financing the WPS agenda and gender equality in humanitarian programming", "Financing"),
  /** B: participation. */
  B("Women's meaningful participation in peace processes", "Participation"),
  /** C: economic security. */
  C(
      "Women's economic security, access to resources and other essential services",
      "Economic Security"),
  /** D: leadership. */
  D("Women's leadership and agency across peace, security and humanitarian sectors", "Leadership"),
  /** E: protection. */
  E(
      "Protection of women in conflict and crisis contexts, including women human rights defenders",
      "Protection");

  private final String title;
  private final String shortName;

  ThematicArea(String title, String shortName) {
    this.title = title;
    this.shortName = shortName;
  }

  /**
   * Finds the area with a letter.
   *
   * @param letter an upper-case letter from A to E
   * @return the area, not null
   * @throws ParseException if the letter is not A to E
   */
  public static ThematicArea ofLetter(char letter) {
    if (letter < 'A' || letter > 'E') {
      throw new ParseException("ThematicArea", String.valueOf(letter), 0, "one of A, B, C, D, E");
    }
    return values()[letter - 'A'];
  }

  /**
   * Returns the area's letter.
   *
   * @return A to E
   */
  public char letter() {
    return name().charAt(0);
  }

  /**
   * Returns the area's full name, such as "Women's meaningful participation in peace processes".
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the short name used in the Compact's monitoring, such as "Participation".
   *
   * @return the short name
   */
  public String shortName() {
    return shortName;
  }
}
