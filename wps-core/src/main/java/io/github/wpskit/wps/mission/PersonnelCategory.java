package io.github.wpskit.wps.mission;

/**
 * The categories of uniformed personnel in which missions are authorised and deployments counted,
 * and for which the Uniformed Gender Parity Strategy 2018-2028 sets targets.
 */
public enum PersonnelCategory {
  /** Troops in formed military contingents. */
  MILITARY_CONTINGENTS("Military contingents"),
  /** Individual military personnel: military observers (experts on mission) and staff officers. */
  MILITARY_OBSERVERS_AND_STAFF_OFFICERS("Military observers and staff officers"),
  /** Formed police units (FPU). */
  FORMED_POLICE_UNITS("Formed police units"),
  /** Individual police officers (IPO). */
  INDIVIDUAL_POLICE_OFFICERS("Individual police officers"),
  /** Justice and corrections government-provided personnel (GPP). */
  JUSTICE_AND_CORRECTIONS("Justice and corrections personnel");

  private final String displayName;

  PersonnelCategory(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Returns the category's name for people.
   *
   * @return the display name
   */
  public String displayName() {
    return displayName;
  }
}
