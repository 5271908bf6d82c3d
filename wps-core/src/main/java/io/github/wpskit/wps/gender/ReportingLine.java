package io.github.wpskit.wps.gender;

/**
 * To whom a post reports. Sources confirm that the Senior Gender Adviser reports directly to senior
 * mission leadership; the other lines are a vocabulary for the caller's data, not statements of UN
 * policy.
 */
public enum ReportingLine {
  /** The Head of Mission, the Special Representative or their deputies. */
  MISSION_LEADERSHIP,
  /** The Force Commander or the military chain of command. */
  FORCE_COMMANDER,
  /** The Police Commissioner or the police chain of command. */
  POLICE_COMMISSIONER,
  /** The mission's Senior Gender Adviser. */
  SENIOR_GENDER_ADVISER,
  /** The mission's Senior Women Protection Adviser. */
  SENIOR_WOMEN_PROTECTION_ADVISER,
  /** The head of a section or component, such as Human Rights. */
  HEAD_OF_SECTION
}
