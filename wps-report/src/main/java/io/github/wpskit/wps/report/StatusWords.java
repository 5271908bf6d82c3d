package io.github.wpskit.wps.report;

import io.github.wpskit.wps.parity.ParityStatus;

/**
 * DPO's colour statuses as the colour list writes them: a colour name and what it means in words,
 * and the palette colour of its swatch. The three cases the published rule leaves open have no DPO
 * colour, and the page says so instead of colouring them.
 */
final class StatusWords {
  private StatusWords() {}

  /** The status in words, such as {@code Green: meets or exceeds the target}. */
  static String of(ParityStatus status) {
    switch (status) {
      case GREEN:
        return "Green: meets or exceeds the target";
      case YELLOW:
        return "Yellow: below the target, women 0.1% or more";
      case RED:
        return "Red: no women deployed";
      case BELOW_YELLOW_THRESHOLD:
        return "No DPO colour: women below 0.1%";
      case TARGET_UNKNOWN:
        return "Not coloured: no target known for the year";
      case NO_PERSONNEL:
        return "Nobody deployed";
      default:
        throw new IllegalArgumentException("unknown status " + status);
    }
  }

  /** The short name, as the chart of status counts labels its bars. */
  static String shortName(ParityStatus status) {
    switch (status) {
      case GREEN:
        return "Green";
      case YELLOW:
        return "Yellow";
      case RED:
        return "Red";
      case BELOW_YELLOW_THRESHOLD:
        return "Below 0.1%";
      case TARGET_UNKNOWN:
        return "Target unknown";
      case NO_PERSONNEL:
        return "Nobody deployed";
      default:
        throw new IllegalArgumentException("unknown status " + status);
    }
  }

  /** The swatch colour of a status. */
  static String colour(ParityStatus status) {
    switch (status) {
      case GREEN:
        return Palette.BLUISH_GREEN;
      case YELLOW:
        return Palette.YELLOW;
      case RED:
        return Palette.VERMILLION;
      case BELOW_YELLOW_THRESHOLD:
        return Palette.REDDISH_PURPLE;
      default:
        return Palette.GREY;
    }
  }
}
