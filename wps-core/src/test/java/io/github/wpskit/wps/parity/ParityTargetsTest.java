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

  /** Fact sheet section 5: the only confirmed UGPS values. */
  @ParameterizedTest
  @CsvSource({
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
    assertThat(ParityTargets.ugps().targets()).hasSize(6);
    assertThat(ParityTargets.ugps().targets())
        .extracting(ParityTarget::group)
        .doesNotContain(JUSTICE_AND_CORRECTIONS);
    assertThat(ParityTargets.ugps().targetFor(FORMED_POLICE_UNITS, Year.of(2021))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "MILITARY_CONTINGENTS, 2024-06-30, 2021, 8",
    "MILITARY_CONTINGENTS, 2021-01-01, 2021, 8",
    "MILITARY_CONTINGENTS, 2027-12-31, 2021, 8",
    "MILITARY_CONTINGENTS, 2028-01-01, 2028, 15",
    "MILITARY_CONTINGENTS, 2035-01-01, 2028, 15",
    "MILITARY_OBSERVERS_AND_STAFF_OFFICERS, 2024-06-30, 2021, 18",
    "INDIVIDUAL_POLICE_OFFICERS, 2028-12-31, 2028, 30",
  })
  void targetInForceIsTheLatestTargetNotAfterTheDatesYear(
      ParityTargetGroup category, LocalDate date, int year, double percentage) {
    assertThat(ParityTargets.ugps().targetInForce(category, date))
        .contains(target(category, year, percentage));
  }

  @ParameterizedTest
  @CsvSource({
    "MILITARY_CONTINGENTS, 2019-06-30",
    "MILITARY_CONTINGENTS, 2020-12-31",
    "FORMED_POLICE_UNITS, 2024-06-30",
    "INDIVIDUAL_POLICE_OFFICERS, 2027-12-31",
    "JUSTICE_AND_CORRECTIONS, 2028-06-30",
  })
  void targetInForceIsEmptyBeforeTheFirstKnownTarget(ParityTargetGroup category, LocalDate date) {
    assertThat(ParityTargets.ugps().targetInForce(category, date)).isEmpty();
  }

  @Test
  void withTargetAddsAYearThatWasNotSupplied() {
    ParityTargets targets = ParityTargets.ugps().withTarget(target(FORMED_POLICE_UNITS, 2024, 16));

    assertThat(targets.targets()).hasSize(7);
    assertThat(targets.targetFor(FORMED_POLICE_UNITS, Year.of(2024)))
        .contains(target(FORMED_POLICE_UNITS, 2024, 16));
    assertThat(targets.targetInForce(FORMED_POLICE_UNITS, LocalDate.of(2025, 1, 1)))
        .contains(target(FORMED_POLICE_UNITS, 2024, 16));
    // The shipped set is unchanged.
    assertThat(ParityTargets.ugps().targetFor(FORMED_POLICE_UNITS, Year.of(2024))).isEmpty();
  }

  @Test
  void withTargetReplacesTheSameCategoryAndYearInPlace() {
    ParityTargets targets =
        ParityTargets.ugps().withTarget(target(MILITARY_CONTINGENTS, 2028, 17.5));

    assertThat(targets.targets()).hasSize(6);
    assertThat(targets.targetFor(MILITARY_CONTINGENTS, Year.of(2028)))
        .contains(target(MILITARY_CONTINGENTS, 2028, 17.5));
    assertThat(targets.targets().get(2)).isEqualTo(target(MILITARY_CONTINGENTS, 2028, 17.5));
    assertThat(targets.targets().subList(0, 2))
        .isEqualTo(ParityTargets.ugps().targets().subList(0, 2));
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
