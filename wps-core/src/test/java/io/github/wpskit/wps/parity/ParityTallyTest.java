package io.github.wpskit.wps.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.PersonnelType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tally fed record by record (as {@code wps parity} streams a file) sums each month and group
 * three ways, and two tallies merged equal one tally of all records.
 */
class ParityTallyTest {
  private static Deployment d(String mission, String country, String date, int women, int men) {
    return Deployment.builder().mission(MissionAcronym.parse(mission))
        .contributingCountry(CountryCode.parse(country)).personnelType(PersonnelType.MILITARY_CONTINGENTS)
        .reportingDate(LocalDate.parse(date)).women(women).men(men).build();
  }

  private static final List<Deployment> RECORDS = List.of(
      d("UNMISS", "IND", "2024-06-30", 10, 90),
      d("UNMISS", "NPL", "2024-06-30", 5, 45),
      d("MONUSCO", "IND", "2024-06-30", 1, 9),
      d("UNMISS", "IND", "2024-05-31", 2, 8));

  @Test
  void addIsChainableAndSumsOverallByMissionAndByCountry() {
    ParityTally tally = ParityTally.create();
    assertThat(tally.add(RECORDS.get(0)).add(RECORDS.get(1))).isSameAs(tally);
    tally.add(RECORDS.get(2)).add(RECORDS.get(3));
    ParityAnalysis a = tally.toAnalysis(ParityTargets.builder().build());

    assertThat(a.deployments()).isEqualTo(4);
    assertThat(a.overall()).extracting(r -> r.month() + " " + r.women() + "/" + r.total())
        .containsExactly("2024-05 2/10", "2024-06 16/160");
    assertThat(a.byMission())
        .extracting(r -> r.month() + " " + r.mission().orElseThrow() + " " + r.women() + "/" + r.total())
        .containsExactlyInAnyOrder(
            "2024-05 UNMISS 2/10", "2024-06 UNMISS 15/150", "2024-06 MONUSCO 1/10");
    assertThat(a.byCountry())
        .extracting(r -> r.month() + " " + r.contributingCountry().orElseThrow() + " " + r.women()
            + "/" + r.total())
        .containsExactlyInAnyOrder("2024-05 IND 2/10", "2024-06 IND 11/110", "2024-06 NPL 5/50");
    assertThat(a.overall()).allSatisfy(r -> assertThat(r.group())
        .isEqualTo(ParityTargetGroup.MILITARY_CONTINGENTS));
  }

  @Test
  void mergedTalliesEqualOneTallyOfEveryRecord() {
    ParityTally first = ParityTally.create().addAll(RECORDS.subList(0, 2));
    ParityTally second = ParityTally.create().addAll(RECORDS.subList(2, 4));
    assertThat(first.merge(second)).isSameAs(first);
    ParityTargets targets = ParityTargets.ugps();
    assertThat(first.toAnalysis(targets))
        .isEqualTo(ParityTally.create().addAll(RECORDS).toAnalysis(targets))
        .isEqualTo(ParityAnalysis.of(RECORDS, targets));
  }

  @Test
  void anEmptyTallyGivesAnEmptyAnalysis() {
    ParityAnalysis a = ParityTally.create().toAnalysis(ParityTargets.ugps());
    assertThat(a.deployments()).isZero();
    assertThat(a.overall()).isEmpty();
    assertThat(a.byMission()).isEmpty();
    assertThat(a.byCountry()).isEmpty();
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> ParityTally.create().toAnalysis(null))
        .isInstanceOf(NullPointerException.class).hasMessage("targets");
    assertThatThrownBy(() -> ParityTally.create().addAll(java.util.Arrays.asList(RECORDS.get(0), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("deployment");
  }

  @Test
  void theMonthOfARecordIsItsReportingDatesMonth() {
    ParityAnalysis a = ParityTally.create().add(d("UNMISS", "IND", "2024-02-01", 1, 1))
        .toAnalysis(ParityTargets.ugps());
    assertThat(a.overall().get(0).month()).isEqualTo(YearMonth.of(2024, 2));
  }
}
