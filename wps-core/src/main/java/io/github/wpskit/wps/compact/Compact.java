package io.github.wpskit.wps.compact;

import java.time.LocalDate;

/**
 * Fixed, confirmed facts about the WPS-HA Compact itself.
 *
 * <p>Sources (project fact sheet, section 3): the UN Women press release of 2 July 2021 on the launch
 * of the Compact on Women, Peace and Security and Humanitarian Action; wpshacompact.org on the Compact
 * Framework and its 134 specific actions. Facts the sources disagree on (the number of signatories at
 * launch: "more than 100" or "120") are deliberately not encoded.
 */
public final class Compact {
  /**
   * The launch date: 2 July 2021, in Paris, at the Generation Equality Forum, as one of the Forum's
   * key outcomes.
   */
  public static final LocalDate LAUNCH_DATE = LocalDate.of(2021, 7, 2);

  /**
   * The number of specific actions in the Compact Framework (134), spread over the five thematic
   * areas A to E.
   */
  public static final int FRAMEWORK_ACTION_COUNT = 134;

  private Compact() {}
}
