package io.github.wpskit.wps.mission;

/**
 * The types of uniformed personnel as DPO reports them in its monthly figures ("Contribution of
 * Uniformed Personnel to UN by Mission, Country, and Personnel Type"), in which missions are
 * authorised and deployments counted.
 *
 * <p>DPO keeps staff officers and military experts on mission apart in its figures, but the
 * Uniformed Gender Parity Strategy sets one target for "military observers and staff officers"
 * together; {@link io.github.wpskit.wps.parity.ParityTargetGroup#of(PersonnelType)} maps each type to
 * the group its target is set for. Data that does not split the two (documents of the first
 * format, a mandate's authorised strength) uses {@link #MILITARY_OBSERVERS_AND_STAFF_OFFICERS}.
 *
 * <p>DPO's spellings: {@code Troops} is {@link #MILITARY_CONTINGENTS}, {@code Staff Officer} is
 * {@link #STAFF_OFFICERS}, {@code Experts on Mission} is {@link #MILITARY_EXPERTS_ON_MISSION},
 * {@code Formed Police Units} is {@link #FORMED_POLICE_UNITS}, {@code Individual Police} is
 * {@link #INDIVIDUAL_POLICE_OFFICERS}.
 */
public enum PersonnelType {
  /** Troops in formed military contingents (DPO: {@code Troops}). */
  MILITARY_CONTINGENTS("Troops"),
  /** Military staff officers (DPO: {@code Staff Officer}). */
  STAFF_OFFICERS("Staff officers"),
  /**
   * United Nations military experts on mission (UNMEM), such as military observers and military
   * liaison officers (DPO: {@code Experts on Mission}).
   */
  MILITARY_EXPERTS_ON_MISSION("Military experts on mission"),
  /**
   * Staff officers and military experts on mission counted together, for data that does not split
   * them: documents written before the split (format version 1 spelled every individual military
   * figure {@code military-observers-and-staff-officers}) and authorised strengths, which mandates
   * set for individual military personnel as a whole. Figures that DPO splits use
   * {@link #STAFF_OFFICERS} and {@link #MILITARY_EXPERTS_ON_MISSION}.
   */
  MILITARY_OBSERVERS_AND_STAFF_OFFICERS("Military observers and staff officers"),
  /** Formed police units (FPU). */
  FORMED_POLICE_UNITS("Formed police units"),
  /** Individual police officers (IPO; DPO: {@code Individual Police}). */
  INDIVIDUAL_POLICE_OFFICERS("Individual police officers"),
  /** Justice and corrections government-provided personnel (GPP). */
  JUSTICE_AND_CORRECTIONS("Justice and corrections personnel");

  private final String displayName;

  PersonnelType(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Returns the type's name for people, such as {@code Troops} or {@code Staff officers}.
   *
   * @return the display name
   */
  public String displayName() {
    return displayName;
  }
}
