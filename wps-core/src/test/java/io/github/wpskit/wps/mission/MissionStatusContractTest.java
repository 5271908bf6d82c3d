package io.github.wpskit.wps.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** A status names its mission and date, and is equal only to a status with the same four parts. */
class MissionStatusContractTest {
  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

  private static Mission.Builder unx(String acronym) {
    return Mission.builder().acronym(MissionAcronym.parse(acronym)).established(Year.of(2000));
  }

  @Test
  void namesItsMissionAndDate() {
    MissionStatus s = unx("UNX").build().statusOn(DAY);
    assertThat(s.mission()).isEqualTo(MissionAcronym.parse("UNX"));
    assertThat(s.date()).isEqualTo(DAY);
  }

  @Test
  void equalToAStatusWithTheSameParts() {
    MissionStatus s = unx("UNX").build().statusOn(DAY);
    MissionStatus same = unx("UNX").build().statusOn(DAY);
    assertThat(s.equals(same)).isTrue();
    assertThat(s.hashCode()).isEqualTo(same.hashCode());
  }

  @Test
  void differentInAnyPartIsNotEqual() {
    MissionStatus s = unx("UNX").build().statusOn(DAY);
    MissionStatus otherMission = unx("UNY").build().statusOn(DAY);
    MissionStatus otherDate = unx("UNX").build().statusOn(DAY.plusDays(1));
    MissionStatus otherPhase = unx("UNX").build().statusOn(LocalDate.of(1999, 12, 31));
    MissionStatus otherExplanation = unx("UNX").mandateConfirmedUntil(LocalDate.of(2021, 1, 1))
        .build().statusOn(DAY);
    assertThat(otherExplanation.phase()).isEqualTo(s.phase());
    for (MissionStatus other : new MissionStatus[] {otherMission, otherDate, otherPhase,
        otherExplanation}) {
      assertThat(s.equals(other)).as(other.toString()).isFalse();
      assertThat(s.hashCode()).as(other.toString()).isNotEqualTo(other.hashCode());
    }
    assertThat(s.equals(s.toString())).isFalse();
  }
}
