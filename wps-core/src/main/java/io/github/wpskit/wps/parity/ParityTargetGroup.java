package io.github.wpskit.wps.parity;

import io.github.wpskit.wps.mission.PersonnelType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The groups of uniformed personnel for which the Uniformed Gender Parity Strategy 2018-2028 sets
 * its targets, and which DPO's gender parity lists judge.
 *
 * <p>A group is one {@link PersonnelType} or several: the strategy's target for "military observers
 * and staff officers" applies to {@link PersonnelType#STAFF_OFFICERS} and
 * {@link PersonnelType#MILITARY_EXPERTS_ON_MISSION} together (DPO's lists: "UN Military Experts on
 * Mission (UNMEM) and Staff Officers (SOs) (combined)"), and to figures that do not split them
 * ({@link PersonnelType#MILITARY_OBSERVERS_AND_STAFF_OFFICERS}). Every other type is a group of its
 * own. {@link #of(PersonnelType)} gives the group of a type, {@link #personnelTypes()} the types of a
 * group.
 */
public enum ParityTargetGroup {
  /** Troops in military contingents (the strategy's name; DPO's figures say {@code Troops}). */
  MILITARY_CONTINGENTS("Military contingents", PersonnelType.MILITARY_CONTINGENTS),
  /**
   * Individual military personnel: staff officers and military experts on mission (military
   * observers among them), split or not.
   */
  MILITARY_OBSERVERS_AND_STAFF_OFFICERS(
      "Military observers and staff officers",
      PersonnelType.STAFF_OFFICERS,
      PersonnelType.MILITARY_EXPERTS_ON_MISSION,
      PersonnelType.MILITARY_OBSERVERS_AND_STAFF_OFFICERS),
  /** Formed police units (FPU). */
  FORMED_POLICE_UNITS("Formed police units", PersonnelType.FORMED_POLICE_UNITS),
  /** Individual police officers (IPO). */
  INDIVIDUAL_POLICE_OFFICERS(
      "Individual police officers", PersonnelType.INDIVIDUAL_POLICE_OFFICERS),
  /** Justice and corrections government-provided personnel (GPP). */
  JUSTICE_AND_CORRECTIONS(
      "Justice and corrections personnel", PersonnelType.JUSTICE_AND_CORRECTIONS);

  private static final ParityTargetGroup[] BY_TYPE =
      new ParityTargetGroup[PersonnelType.values().length];

  static {
    for (ParityTargetGroup group : values()) {
      for (PersonnelType type : group.types) {
        BY_TYPE[type.ordinal()] = group;
      }
    }
  }

  private final String displayName;
  private final Set<PersonnelType> types;

  ParityTargetGroup(String displayName, PersonnelType first, PersonnelType... rest) {
    this.displayName = displayName;
    this.types = Collections.unmodifiableSet(EnumSet.of(first, rest));
  }

  /**
   * Returns the group whose target applies to a personnel type.
   *
   * @param type the personnel type, not null
   * @return the group; every type belongs to exactly one
   */
  public static ParityTargetGroup of(PersonnelType type) {
    return BY_TYPE[Objects.requireNonNull(type, "type").ordinal()];
  }

  /**
   * Returns the personnel types the group's target applies to.
   *
   * @return an unmodifiable set, in declaration order, never empty
   */
  public Set<PersonnelType> personnelTypes() {
    return types;
  }

  /**
   * Returns the group's name for people, as the strategy names it, such as
   * {@code Military contingents} or {@code Military observers and staff officers}.
   *
   * @return the display name
   */
  public String displayName() {
    return displayName;
  }
}
