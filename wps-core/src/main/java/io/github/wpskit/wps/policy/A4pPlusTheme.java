package io.github.wpskit.wps.policy;

/** The two cross-cutting themes of A4P+ (2021-2023). Women, peace and security is the first. */
public enum A4pPlusTheme implements PolicyReference {
  /** Cross-cutting theme 1. */
  WOMEN_PEACE_AND_SECURITY(1, "Women, peace and security"),
  /**
   * Cross-cutting theme 2, including the Strategy for the Digital Transformation of UN Peacekeeping.
   */
  DATA_AND_TECHNOLOGY(2, "Innovative, data-driven and technology-enabled peacekeeping");

  private final int number;
  /** Computed once: codes are written for every reference encoded. */
  private final String code;
  private final String title;

  A4pPlusTheme(int number, String title) {
    this.number = number;
    this.code = "A4P+.T" + number;
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
    return PolicyFramework.A4P_PLUS;
  }
}
