package io.github.wpskit.wps.policy;

/**
 * The priorities of A4P+ (2021-2023) whose wording is confirmed verbatim.
 *
 * <p>Deliberately incomplete: A4P+ has further priorities (integrated planning, accountability to and
 * of peacekeepers, strategic communications, cooperation with host countries), but their exact
 * wording was found only in paraphrase, so they are not encoded. Codes keep the priority's number, so
 * adding them later changes no existing code.
 */
public enum A4pPlusPriority implements PolicyReference {
  /** Priority 1. */
  COLLECTIVE_COHERENCE(1, "Collective coherence behind a political strategy"),
  /** Priority 3. */
  CAPABILITIES_AND_MINDSETS(3, "Capabilities and mindsets");

  private final int number;
  /** Computed once: codes are written for every reference encoded. */
  private final String code;
  private final String title;

  A4pPlusPriority(int number, String title) {
    this.number = number;
    this.code = "A4P+.P" + number;
    this.title = title;
  }

  /**
   * Returns the priority's number in A4P+.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public PolicyFramework framework() {
    return PolicyFramework.A4P_PLUS;
  }
}
