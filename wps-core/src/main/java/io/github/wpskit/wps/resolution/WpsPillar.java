package io.github.wpskit.wps.resolution;

/**
 * The four pillars of the Women, Peace and Security agenda as practitioners frame resolution 1325
 * (2000). The pillars are a common framing, not operative text of 1325, and sources list them in
 * different orders; this order follows PeaceWomen.
 */
public enum WpsPillar {
  /** Women's participation in decision-making, peace processes and security institutions. */
  PARTICIPATION("Participation"),
  /** Protection of women and girls, including from sexual and gender-based violence. */
  PROTECTION("Protection"),
  /** Conflict prevention, including prevention of violence against women. */
  PREVENTION("Prevention"),
  /** Relief and recovery, with a gender perspective in post-conflict work. */
  RELIEF_AND_RECOVERY("Relief and recovery");

  private final String displayName;

  WpsPillar(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Returns the pillar's name for people, such as "Relief and recovery".
   *
   * @return the display name
   */
  public String displayName() {
    return displayName;
  }
}
