package io.github.wpskit.wps.parity;

import static io.github.wpskit.wps.parity.ParityTargetGroup.FORMED_POLICE_UNITS;
import static io.github.wpskit.wps.parity.ParityTargetGroup.INDIVIDUAL_POLICE_OFFICERS;
import static io.github.wpskit.wps.parity.ParityTargetGroup.JUSTICE_AND_CORRECTIONS;
import static io.github.wpskit.wps.parity.ParityTargetGroup.MILITARY_CONTINGENTS;
import static io.github.wpskit.wps.parity.ParityTargetGroup.MILITARY_OBSERVERS_AND_STAFF_OFFICERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParityTargetsTest {

  private static ParityTarget target(ParityTargetGroup category, int year, double percentage) {
    return ParityTarget.of(category, Year.of(year), percentage);
  }

  /** Fact sheet section 5 and addendum section 1b: the only confirmed UGPS values. */
  @ParameterizedTest
  @CsvSource({
    "FORMED_POLICE_UNITS, 2022, 12",
    "MILITARY_CONTINGENTS, 2028, 15",
    "MILITARY_OBSERVERS_AND_STAFF_OFFICERS, 2028, 25",
    "FORMED_POLICE_UNITS, 2028, 20",
    "INDIVIDUAL_POLICE_OFFICERS, 2028, 30",
    "MILITARY_CONTINGENTS, 2021, 8",
    "MILITARY_OBSERVERS_AND_STAFF_OFFICERS, 2021, 18",
  })
  void ugpsShipsTheConfirmedTargets(ParityTargetGroup category, int year, double percentage) {
    assertThat(ParityTargets.ugps().targetFor(category, Year.of(year)))
        .contains(target(category, year, percentage));
  }

  @Test
  void ugpsShipsNothingElse() {
    assertThat(ParityTargets.ugps().targets()).hasSize(7);
    assertThat(ParityTargets.ugps().targets())
        .extracting(ParityTarget::group)
        .doesNotContain(JUSTICE_AND_CORRECTIONS);
    assertThat(ParityTargets.ugps().targetFor(FORMED_POLICE_UNITS, Year.of(2021))).isEmpty();
  }

  /** Addendum section 1b: the 2025 values are a single secondary source, so they are not shipped. */
  @ParameterizedTest
  @CsvSource({"MILITARY_CONTINGENTS", "MILITARY_OBSERVERS_AND_STAFF_OFFICERS", "FORMED_POLICE_UNITS",
      "INDIVIDUAL_POLICE_OFFICERS", "JUSTICE_AND_CORRECTIONS"})
  void unconfirmedTargetsOf2025AreNotShipped(ParityTargetGroup group) {
    assertThat(ParityTargets.ugps().targetFor(group, Year.of(2025))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "MILITARY_CONTINGENTS, 2021-01-01, 2021, 8",
    "MILITARY_CONTINGENTS, 2021-12-31, 2021, 8",
    "MILITARY_CONTINGENTS, 2028-01-01, 2028, 15",
    "MILITARY_OBSERVERS_AND_STAFF_OFFICERS, 2021-06-30, 2021, 18",
    "FORMED_POLICE_UNITS, 2022-06-30, 2022, 12",
    "INDIVIDUAL_POLICE_OFFICERS, 2028-12-31, 2028, 30",
  })
  void targetInForceIsTheTargetOfTheDatesYear(
      ParityTargetGroup group, LocalDate date, int year, double percentage) {
    assertThat(ParityTargets.ugps().targetInForce(group, date))
        .contains(target(group, year, percentage));
  }

  /** A target applies to its own year only: no older, lower target is carried forward. */
  @ParameterizedTest
  @CsvSource({
    "MILITARY_CONTINGENTS, 2020-12-31",
    "MILITARY_CONTINGENTS, 2022-01-01",
    "MILITARY_CONTINGENTS, 2025-06-30",
    "MILITARY_CONTINGENTS, 2027-12-31",
    "MILITARY_CONTINGENTS, 2029-01-01",
    "MILITARY_OBSERVERS_AND_STAFF_OFFICERS, 2024-06-30",
    "FORMED_POLICE_UNITS, 2023-01-31",
    "FORMED_POLICE_UNITS, 2021-12-31",
    "INDIVIDUAL_POLICE_OFFICERS, 2027-12-31",
    "JUSTICE_AND_CORRECTIONS, 2028-06-30",
  })
  void targetInForceIsEmptyInAYearWithoutAKnownTarget(ParityTargetGroup group, LocalDate date) {
    assertThat(ParityTargets.ugps().targetInForce(group, date)).isEmpty();
  }

  @Test
  void withTargetAddsAYearThatWasNotSupplied() {
    ParityTargets targets = ParityTargets.ugps().withTarget(target(FORMED_POLICE_UNITS, 2024, 16));

    assertThat(targets.targets()).hasSize(8);
    assertThat(targets.targetFor(FORMED_POLICE_UNITS, Year.of(2024)))
        .contains(target(FORMED_POLICE_UNITS, 2024, 16));
    assertThat(targets.targetInForce(FORMED_POLICE_UNITS, LocalDate.of(2024, 12, 31)))
        .contains(target(FORMED_POLICE_UNITS, 2024, 16));
    assertThat(targets.targetInForce(FORMED_POLICE_UNITS, LocalDate.of(2025, 1, 1))).isEmpty();
    // The shipped set is unchanged.
    assertThat(ParityTargets.ugps().targetFor(FORMED_POLICE_UNITS, Year.of(2024))).isEmpty();
  }

  @Test
  void withTargetExtendsAnEmptySet() {
    ParityTargets targets =
        ParityTargets.builder().build().withTarget(target(FORMED_POLICE_UNITS, 2024, 16));
    assertThat(targets.targets()).containsExactly(target(FORMED_POLICE_UNITS, 2024, 16));
  }

  @Test
  void withTargetReplacesTheSameCategoryAndYearInPlace() {
    ParityTargets targets =
        ParityTargets.ugps().withTarget(target(MILITARY_CONTINGENTS, 2028, 17.5));

    assertThat(targets.targets()).hasSize(7);
    assertThat(targets.targetFor(MILITARY_CONTINGENTS, Year.of(2028)))
        .contains(target(MILITARY_CONTINGENTS, 2028, 17.5));
    assertThat(targets.targets().get(3)).isEqualTo(target(MILITARY_CONTINGENTS, 2028, 17.5));
    assertThat(targets.targets().subList(0, 3))
        .isEqualTo(ParityTargets.ugps().targets().subList(0, 3));
  }

  @Test
  void targetForIsExactAboutTheYear() {
    assertThat(ParityTargets.ugps().targetFor(MILITARY_CONTINGENTS, Year.of(2024))).isEmpty();
    assertThat(ParityTargets.builder().build().targetFor(MILITARY_CONTINGENTS, Year.of(2028)))
        .isEmpty();
  }

  @Test
  void refusesTwoTargetsForTheSameCategoryAndYear() {
    assertThatThrownBy(
            () ->
                ParityTargets.builder()
                    .addTargets(
                        target(MILITARY_CONTINGENTS, 2028, 15),
                        target(MILITARY_OBSERVERS_AND_STAFF_OFFICERS, 2028, 25),
                        target(MILITARY_CONTINGENTS, 2028, 16))
                    .build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Invalid value for ParityTargets.targets (must not contain duplicates):"
                + " MILITARY_CONTINGENTS 2028");
  }

  @Test
  void equalityIgnoresTheLookupIndex() {
    ParityTargets fresh =
        ParityTargets.builder().addAllTargets(ParityTargets.ugps().targets()).build();
    ParityTargets used = ParityTargets.ugps();
    used.targetFor(INDIVIDUAL_POLICE_OFFICERS, Year.of(2028));

    assertThat(fresh).isEqualTo(used).hasSameHashCodeAs(used);
    assertThat(fresh.toString()).doesNotContain("index");
  }

  @Test
  void returnedListIsUnmodifiable() {
    assertThatThrownBy(() -> ParityTargets.ugps().targets().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void lookupsRefuseNulls() {
    assertThatThrownBy(() -> ParityTargets.ugps().targetFor(null, Year.of(2028)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ParityTargets.ugps().targetInForce(MILITARY_CONTINGENTS, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ParityTargets.ugps().withTarget(null))
        .isInstanceOf(NullPointerException.class);
  }
}
