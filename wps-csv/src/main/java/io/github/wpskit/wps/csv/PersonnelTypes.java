package io.github.wpskit.wps.csv;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.mission.PersonnelType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * DPO's {@code Personnel_Type} values and the personnel types they are, one to one: no two values
 * are merged, so a file written back says what the file read said. The combined
 * {@link PersonnelType#MILITARY_OBSERVERS_AND_STAFF_OFFICERS} and justice and corrections have no
 * value in DPO's tables.
 */
final class PersonnelTypes {
  /** DPO's values, in the order its tables list them. */
  static final List<String> NAMES = List.of(
      "Troops", "Staff Officer", "Experts on Mission", "Formed Police Units", "Individual Police");

  private static final Map<PersonnelType, String> NAME = new EnumMap<>(PersonnelType.class);

  static {
    for (String n : NAMES) {
      NAME.put(of(n), n);
    }
  }

  private PersonnelTypes() {}

  /**
   * Returns the personnel type DPO means by a value, spelt exactly as DPO spells it.
   *
   * @param value the cell's value, trimmed
   * @return the type, or null for any other value
   */
  static PersonnelType of(String value) {
    // DPO's five values differ in length: one comparison after a switch on it, no hashing.
    switch (value.length()) {
      case 6:
        return value.equals("Troops") ? PersonnelType.MILITARY_CONTINGENTS : null;
      case 13:
        return value.equals("Staff Officer") ? PersonnelType.STAFF_OFFICERS : null;
      case 18:
        return value.equals("Experts on Mission")
            ? PersonnelType.MILITARY_EXPERTS_ON_MISSION : null;
      case 19:
        return value.equals("Formed Police Units") ? PersonnelType.FORMED_POLICE_UNITS : null;
      case 17:
        return value.equals("Individual Police")
            ? PersonnelType.INDIVIDUAL_POLICE_OFFICERS : null;
      default:
        return null;
    }
  }

  /**
   * Returns DPO's value for a personnel type.
   *
   * @param type the type
   * @return the value
   * @throws InvalidValueException if DPO's tables have no value for it
   */
  static String name(PersonnelType type) {
    String name = NAME.get(type);
    if (name == null) {
      throw new InvalidValueException("Deployment.personnelType", type,
          "one DPO's tables carry as Personnel_Type: " + String.join(", ", NAMES));
    }
    return name;
  }
}
