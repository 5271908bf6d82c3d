package io.github.wpskit.wps.gender;

/**
 * The roles of a mission's gender and women's protection architecture.
 *
 * <p>Sources: the Senior Gender Adviser heads the Gender Unit and reports to senior mission leadership
 * (UNMISS); Military Gender Advisers sit in the military component; police gender advisers in the
 * police component (UN Police Gender Toolkit, 2015); Women Protection Advisers come from resolutions
 * 1888 (2009) and 1960 (2010).
 */
public enum GenderRole {
  /** Head of the mission's Gender Unit or Office of the Gender Adviser. */
  SENIOR_GENDER_ADVISER("Senior Gender Adviser", true),
  /** Gender Adviser in the Gender Unit. */
  GENDER_ADVISER("Gender Adviser", false),
  /** Gender Affairs Officer in the Gender Unit. */
  GENDER_AFFAIRS_OFFICER("Gender Affairs Officer", false),
  /** Military Gender Adviser, in the military component (Force headquarters). */
  MILITARY_GENDER_ADVISER("Military Gender Adviser", false),
  /** Military gender focal point in a military unit. */
  MILITARY_GENDER_FOCAL_POINT("Military Gender Focal Point", false),
  /** Police gender adviser or gender officer, in the police component. */
  POLICE_GENDER_ADVISER("Police Gender Adviser", false),
  /** Gender focal point in any component or section. */
  GENDER_FOCAL_POINT("Gender Focal Point", false),
  /** Senior Women Protection Adviser, who coordinates the mission's Women Protection Advisers. */
  SENIOR_WOMEN_PROTECTION_ADVISER("Senior Women Protection Adviser", true),
  /** Women Protection Adviser (resolutions 1888 (2009) and 1960 (2010)). */
  WOMEN_PROTECTION_ADVISER("Women Protection Adviser", false);

  private final String displayName;
  private final boolean senior;

  GenderRole(String displayName, boolean senior) {
    this.displayName = displayName;
    this.senior = senior;
  }

  /**
   * Returns the role's title for people.
   *
   * @return the display name
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns whether the role heads a part of the architecture (Senior Gender Adviser, Senior Women
   * Protection Adviser).
   *
   * @return true for senior roles
   */
  public boolean isSenior() {
    return senior;
  }

  /**
   * Returns whether the role is a Women Protection Adviser role.
   *
   * @return true for Senior Women Protection Adviser and Women Protection Adviser
   */
  public boolean isWomenProtection() {
    return this == SENIOR_WOMEN_PROTECTION_ADVISER || this == WOMEN_PROTECTION_ADVISER;
  }
}
