package io.github.wpskit.wps.policy;

/**
 * The four commitments of the Secretary-General's Call to Action on women, peace and security in
 * peacekeeping contexts, launched 8 October 2020 (press release SG/SM/20321).
 */
public enum CallToActionCommitment implements PolicyReference {
  /** Commitment 1. */
  WOMENS_LEADERSHIP(1, "Prioritize women's leadership"),
  /** Commitment 2. */
  COMMUNITY_WOMENS_NETWORKS(2, "Invest in community-based women's networks as equal partners"),
  /** Commitment 3. */
  GENDER_DATA_REVOLUTION(3,
      "Embrace evidence-based decision-making through a gender data revolution"),
  /** Commitment 4. */
  FEMINIST_APPROACH(4,
      "Adopt a feminist approach to accelerate women's full, equal and meaningful participation");

  private final int number;
  /** Computed once: codes are written for every reference encoded. */
  private final String code;
  private final String title;

  CallToActionCommitment(int number, String title) {
    this.number = number;
    this.code = "CTA." + number;
    this.title = title;
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
    return PolicyFramework.CALL_TO_ACTION_2020;
  }
}
