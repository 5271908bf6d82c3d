package io.github.wpskit.wps.report;

/**
 * The colours of the report: the Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2008),
 * whose eight colours stay apart for readers with the common forms of colour blindness. Colour is
 * never the only carrier of meaning: every status and severity is also written in words, and lines
 * differ by dash pattern as well as colour.
 */
final class Palette {
  /** Okabe-Ito blue: the share of women. */
  static final String BLUE = "#0072B2";
  /** Okabe-Ito vermillion: targets, errors, red status. */
  static final String VERMILLION = "#D55E00";
  /** Okabe-Ito orange: warnings. */
  static final String ORANGE = "#E69F00";
  /** Okabe-Ito sky blue: information. */
  static final String SKY_BLUE = "#56B4E9";
  /** Okabe-Ito bluish green: green status. */
  static final String BLUISH_GREEN = "#009E73";
  /** Okabe-Ito yellow: yellow status. */
  static final String YELLOW = "#F0E442";
  /** Okabe-Ito reddish purple: a status the published rule leaves open. */
  static final String REDDISH_PURPLE = "#CC79A7";
  /** A neutral grey for axes, grid and undecided statuses. */
  static final String GREY = "#767676";

  private Palette() {}
}
