package io.github.wpskit.wps.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.mission.PersonnelType;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParityTargetGroupTest {

  /** The UGPS target for military observers and staff officers covers both of DPO's types. */
  @ParameterizedTest
  @CsvSource({
    "MILITARY_CONTINGENTS, MILITARY_CONTINGENTS",
    "STAFF_OFFICERS, MILITARY_OBSERVERS_AND_STAFF_OFFICERS",
    "MILITARY_EXPERTS_ON_MISSION, MILITARY_OBSERVERS_AND_STAFF_OFFICERS",
    "MILITARY_OBSERVERS_AND_STAFF_OFFICERS, MILITARY_OBSERVERS_AND_STAFF_OFFICERS",
    "FORMED_POLICE_UNITS, FORMED_POLICE_UNITS",
    "INDIVIDUAL_POLICE_OFFICERS, INDIVIDUAL_POLICE_OFFICERS",
    "JUSTICE_AND_CORRECTIONS, JUSTICE_AND_CORRECTIONS",
  })
  void everyTypeBelongsToTheGroupWhoseTargetAppliesToIt(
      PersonnelType type, ParityTargetGroup group) {
    assertThat(ParityTargetGroup.of(type)).isEqualTo(group);
    assertThat(group.personnelTypes()).contains(type);
  }

  @Test
  void theGroupsPartitionTheTypes() {
    Set<PersonnelType> seen = EnumSet.noneOf(PersonnelType.class);
    for (ParityTargetGroup group : ParityTargetGroup.values()) {
      for (PersonnelType type : group.personnelTypes()) {
        assertThat(seen.add(type)).as(type + " in one group only").isTrue();
      }
    }
    assertThat(seen).isEqualTo(EnumSet.allOf(PersonnelType.class));
    assertThat(ParityTargetGroup.MILITARY_OBSERVERS_AND_STAFF_OFFICERS.personnelTypes())
        .containsExactly(PersonnelType.STAFF_OFFICERS, PersonnelType.MILITARY_EXPERTS_ON_MISSION,
            PersonnelType.MILITARY_OBSERVERS_AND_STAFF_OFFICERS);
  }

  @Test
  void typesOfAGroupCannotBeChanged() {
    assertThatThrownBy(() -> ParityTargetGroup.FORMED_POLICE_UNITS.personnelTypes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void namesForPeopleFollowTheirSource() {
    assertThat(PersonnelType.MILITARY_CONTINGENTS.displayName()).isEqualTo("Troops");
    assertThat(ParityTargetGroup.MILITARY_CONTINGENTS.displayName())
        .isEqualTo("Military contingents");
    assertThat(PersonnelType.MILITARY_EXPERTS_ON_MISSION.displayName())
        .isEqualTo("Military experts on mission");
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> ParityTargetGroup.of(null)).isInstanceOf(NullPointerException.class);
  }
}
