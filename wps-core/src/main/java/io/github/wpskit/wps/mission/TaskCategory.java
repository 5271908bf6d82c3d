package io.github.wpskit.wps.mission;

/**
 * What a mandate task is about. The first six are the Women, Peace and Security tasks
 * ({@link #isWps()}); the others are the usual tasks of peace operations, with {@link #OTHER} for
 * what no category fits.
 */
public enum TaskCategory {
  /** Gender mainstreaming across the mission's work. */
  GENDER_MAINSTREAMING(true, "Gender mainstreaming"),
  /** Women's full, equal and meaningful participation in political and peace processes. */
  WOMENS_PARTICIPATION(true, "Women's participation in political processes"),
  /** Protection from sexual and gender-based violence. */
  SGBV_PROTECTION(true, "Protection from sexual and gender-based violence"),
  /**
   * Monitoring, analysis and reporting on conflict-related sexual violence (the MARA of resolution
   * 1960 (2010)).
   */
  CRSV_MONITORING_AND_REPORTING(true, "CRSV monitoring, analysis and reporting"),
  /** Deployment of Women Protection Advisers (resolutions 1888 (2009) and 1960 (2010)). */
  WOMEN_PROTECTION_ADVISERS(true, "Women Protection Advisers"),
  /** Gender-responsive conflict analysis and sex-disaggregated data. */
  GENDER_RESPONSIVE_CONFLICT_ANALYSIS(true, "Gender-responsive conflict analysis"),
  /** Protection of civilians. */
  PROTECTION_OF_CIVILIANS(false, "Protection of civilians"),
  /** Support to the political process. */
  POLITICAL_PROCESS(false, "Political process"),
  /** Human rights monitoring and promotion. */
  HUMAN_RIGHTS(false, "Human rights"),
  /** Rule of law, justice and corrections. */
  RULE_OF_LAW(false, "Rule of law"),
  /** Security sector reform. */
  SECURITY_SECTOR_REFORM(false, "Security sector reform"),
  /** Disarmament, demobilization and reintegration. */
  DDR(false, "Disarmament, demobilization and reintegration"),
  /** Electoral assistance. */
  ELECTORAL_ASSISTANCE(false, "Electoral assistance"),
  /** Support to humanitarian assistance and access. */
  HUMANITARIAN_SUPPORT(false, "Humanitarian support"),
  /** Monitoring of a ceasefire or of the separation of forces. */
  CEASEFIRE_MONITORING(false, "Ceasefire monitoring"),
  /** Child protection. */
  CHILD_PROTECTION(false, "Child protection"),
  /** Any other task. */
  OTHER(false, "Other");

  private final boolean wps;
  private final String displayName;

  TaskCategory(boolean wps, String displayName) {
    this.wps = wps;
    this.displayName = displayName;
  }

  /**
   * Returns whether this is a Women, Peace and Security task.
   *
   * @return true for the six WPS categories
   */
  public boolean isWps() {
    return wps;
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
