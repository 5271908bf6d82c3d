package io.github.wpskit.wps.gender;

/**
 * The functions a gender post covers, after the Department of Peace Operations' description of
 * gender units' work.
 */
public enum GenderFunction {
  /** Strategic advice to mission leadership. */
  STRATEGIC_ADVICE("Strategic advice"),
  /** Technical guidance to components and sections. */
  TECHNICAL_GUIDANCE("Technical guidance"),
  /** Monitoring progress and accountability. */
  MONITORING_AND_ACCOUNTABILITY("Monitoring progress and accountability"),
  /** Gender-responsive conflict analysis and data. */
  CONFLICT_ANALYSIS_AND_DATA("Gender-responsive conflict analysis and data"),
  /** Partnerships with women's civil society organisations. */
  CIVIL_SOCIETY_PARTNERSHIPS("Partnerships with women's civil society organisations"),
  /** Support to women peacekeepers. */
  SUPPORT_TO_WOMEN_PEACEKEEPERS("Support to women peacekeepers"),
  /** Protection from sexual and gender-based violence. */
  SGBV_PROTECTION("Protection from sexual and gender-based violence");

  private final String displayName;

  GenderFunction(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Returns the function's name for people.
   *
   * @return the display name
   */
  public String displayName() {
    return displayName;
  }
}
