package io.github.wpskit.wps.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.io.SerializedString;

/** The personnel types as a user's own enum, spelled as in the wps wire format. */
public enum PersonnelKind {
  /** Military contingents. */
  @JsonProperty("military-contingents")
  MILITARY_CONTINGENTS,
  /** Staff officers. */
  @JsonProperty("staff-officers")
  STAFF_OFFICERS,
  /** Military experts on mission. */
  @JsonProperty("military-experts-on-mission")
  MILITARY_EXPERTS_ON_MISSION,
  /** Military observers and staff officers, not split. */
  @JsonProperty("military-observers-and-staff-officers")
  MILITARY_OBSERVERS_AND_STAFF_OFFICERS,
  /** Formed police units. */
  @JsonProperty("formed-police-units")
  FORMED_POLICE_UNITS,
  /** Individual police officers. */
  @JsonProperty("individual-police-officers")
  INDIVIDUAL_POLICE_OFFICERS,
  /** Justice and corrections personnel. */
  @JsonProperty("justice-and-corrections")
  JUSTICE_AND_CORRECTIONS;

  private final SerializedString wire = new SerializedString(Wire.spelling(this));

  /**
   * Returns the wire spelling, pre-encoded for a generator.
   *
   * @return the spelling
   */
  public SerializedString wire() {
    return wire;
  }

  /**
   * Looks up a wire spelling, as hand-written code would: a switch on the string.
   *
   * @param s the spelling
   * @return the constant
   * @throws IllegalArgumentException if the spelling is unknown
   */
  public static PersonnelKind fromWire(String s) {
    switch (s) {
      case "military-contingents":
        return MILITARY_CONTINGENTS;
      case "staff-officers":
        return STAFF_OFFICERS;
      case "military-experts-on-mission":
        return MILITARY_EXPERTS_ON_MISSION;
      case "military-observers-and-staff-officers":
        return MILITARY_OBSERVERS_AND_STAFF_OFFICERS;
      case "formed-police-units":
        return FORMED_POLICE_UNITS;
      case "individual-police-officers":
        return INDIVIDUAL_POLICE_OFFICERS;
      case "justice-and-corrections":
        return JUSTICE_AND_CORRECTIONS;
      default:
        throw new IllegalArgumentException("Unknown personnel type: " + s);
    }
  }
}
