package io.github.wpskit.wps.parity;

import static io.github.wpskit.wps.parity.ParityTargetGroup.FORMED_POLICE_UNITS;
import static io.github.wpskit.wps.parity.ParityTargetGroup.INDIVIDUAL_POLICE_OFFICERS;
import static io.github.wpskit.wps.parity.ParityTargetGroup.MILITARY_CONTINGENTS;
import static io.github.wpskit.wps.parity.ParityTargetGroup.MILITARY_OBSERVERS_AND_STAFF_OFFICERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.PersonnelType;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parity analysis on DPO's real monthly figures, and its arithmetic at every boundary. */
class ParityAnalysisTest {
  private static List<DpoMonthlyFile.Row> rows;
  private static ParityAnalysis real;

  @BeforeAll
  static void readTheRealFile() {
    rows = DpoMonthlyFile.rows();
    real = ParityAnalysis.of(DpoMonthlyFile.deployments(), ParityTargets.ugps());
  }

  private static Deployment d(String mission, String country, PersonnelType type, String date,
      int women, int men) {
    return Deployment.builder().mission(MissionAcronym.parse(mission))
        .contributingCountry(CountryCode.parse(country)).personnelType(type)
        .reportingDate(LocalDate.parse(date)).women(women).men(men).build();
  }

  /** The group of DPO's spelling, computed here from the file's own words, not the library's. */
  private static ParityTargetGroup groupOf(String dpoType) {
    switch (dpoType) {
      case "Troops":
        return MILITARY_CONTINGENTS;
      case "Staff Officer":
      case "Experts on Mission":
        return MILITARY_OBSERVERS_AND_STAFF_OFFICERS;
      case "Formed Police Units":
        return FORMED_POLICE_UNITS;
      case "Individual Police":
        return INDIVIDUAL_POLICE_OFFICERS;
      default:
        throw new IllegalStateException(dpoType);
    }
  }

  @Test
  void overallSharesPerGroupAndMonthAreTheSumsOfTheFile() {
    // Independent sums: straight from the file's text columns, keyed by its day-first date.
    Map<String, long[]> sums = new HashMap<>();
    for (DpoMonthlyFile.Row r : rows) {
      String key = YearMonth.from(DpoMonthlyFile.date(r)) + " " + groupOf(r.type());
      long[] s = sums.computeIfAbsent(key, k -> new long[2]);
      s[0] += r.female();
      s[1] += r.total();
    }
    assertThat(real.deployments()).isEqualTo(16_351);
    assertThat(real.overall()).hasSize(sums.size());
    for (ParityRow row : real.overall()) {
      long[] s = sums.get(row.month() + " " + row.group());
      assertThat(new long[] {row.women(), row.total()}).as(row.month() + " " + row.group())
          .containsExactly(s);
    }
    // 17 months: January 2023 to June 2024 without September 2023.
    assertThat(real.months()).hasSize(17).doesNotContain(YearMonth.of(2023, 9))
        .startsWith(YearMonth.of(2023, 1)).endsWith(YearMonth.of(2024, 6));
  }

  @Test
  void juneTwentyTwentyFourMatchesTheTableOfTheDataReadme() {
    YearMonth june = YearMonth.of(2024, 6);
    assertThat(real.overall(june, MILITARY_CONTINGENTS).orElseThrow())
        .extracting(ParityRow::women, ParityRow::total).containsExactly(4_094L, 52_744L);
    // Staff officers 351 of 1,648 and experts on mission 320 of 1,158: one target group.
    assertThat(real.overall(june, MILITARY_OBSERVERS_AND_STAFF_OFFICERS).orElseThrow())
        .extracting(ParityRow::women, ParityRow::total).containsExactly(671L, 2_806L);
    assertThat(real.overall(june, FORMED_POLICE_UNITS).orElseThrow())
        .extracting(ParityRow::women, ParityRow::total).containsExactly(760L, 4_452L);
    assertThat(real.overall(june, INDIVIDUAL_POLICE_OFFICERS).orElseThrow())
        .extracting(ParityRow::women, ParityRow::total).containsExactly(557L, 1_786L);
  }

  @Test
  void countryAndMissionRowsAddUpToTheOverallRow() {
    Map<String, Long> byCountry = real.byCountry().stream().collect(Collectors.groupingBy(
        r -> r.month() + " " + r.group(), Collectors.summingLong(ParityRow::women)));
    Map<String, Long> byMission = real.byMission().stream().collect(Collectors.groupingBy(
        r -> r.month() + " " + r.group(), Collectors.summingLong(ParityRow::total)));
    for (ParityRow row : real.overall()) {
      assertThat(byCountry.get(row.month() + " " + row.group())).isEqualTo(row.women());
      assertThat(byMission.get(row.month() + " " + row.group())).isEqualTo(row.total());
    }
  }

  @Test
  void realFiguresOf2023And2024HaveNoKnownTargetSoNoGreenOrYellowIsGuessed() {
    assertThat(real.byCountry()).allSatisfy(r -> {
      assertThat(r.target()).isEmpty();
      assertThat(r.shortfall()).isEmpty();
      assertThat(r.status()).get().isIn(
          ParityStatus.RED, ParityStatus.TARGET_UNKNOWN, ParityStatus.NO_PERSONNEL);
    });
    assertThat(real.byCountry()).extracting(r -> r.status().orElseThrow())
        .contains(ParityStatus.RED, ParityStatus.TARGET_UNKNOWN, ParityStatus.NO_PERSONNEL);
    assertThat(real.byMission()).allSatisfy(r -> assertThat(r.status()).isEmpty());
  }

  @Test
  void aZeroTotalHasNoShareAndNoShortfall() {
    ParityAnalysis a = ParityAnalysis.of(
        List.of(d("BINUH", "MLI", PersonnelType.INDIVIDUAL_POLICE_OFFICERS, "2028-01-31", 0, 0)),
        ParityTargets.ugps());
    ParityRow row = a.byCountry().get(0);
    assertThat(row.share()).isEmpty();
    assertThat(row.target()).isPresent();
    assertThat(row.shortfall()).isEmpty();
    assertThat(row.status()).contains(ParityStatus.NO_PERSONNEL);
  }

  /** The 2028 troop target is 15%: boundaries of DPO's colours and of the shortfall. */
  @ParameterizedTest(name = "{0} women of {1}: {2}, shortfall {3}")
  @CsvSource({
    "0, 1000, RED, 150",
    "1, 1000, YELLOW, 149",
    "1, 1001, BELOW_YELLOW_THRESHOLD, 150",
    "149, 1000, YELLOW, 1",
    "150, 1000, GREEN, 0",
    "151, 1000, GREEN, 0",
    "3, 20, GREEN, 0",
    "2, 20, YELLOW, 1",
    "1000, 1000, GREEN, 0",
  })
  void statusAndShortfallAtTheirBoundaries(int women, int total, ParityStatus status,
      long shortfall) {
    ParityRow row = ParityAnalysis.of(
        List.of(d("UNMISS", "RWA", PersonnelType.MILITARY_CONTINGENTS, "2028-03-31", women,
            total - women)), ParityTargets.ugps()).byCountry().get(0);
    assertThat(row.status()).contains(status);
    assertThat(row.shortfall()).isEqualTo(OptionalLong.of(shortfall));
  }

  /** Decimal targets are exact: 17.5% of 200 is 35 women, not 35.00000000000001. */
  @ParameterizedTest(name = "{0}% of {1}: {2} women needed")
  @CsvSource({
    "17.5, 200, 35",
    "0.1, 1000, 1",
    "12.3, 1000, 123",
    "33.3, 3, 1",
    "30, 10, 3",
    "0, 10, 0",
    "100, 7, 7",
  })
  void exactlyAtADecimalTargetMeetsIt(double percentage, int total, int needed) {
    ParityTargets targets = ParityTargets.builder()
        .addTargets(ParityTarget.of(FORMED_POLICE_UNITS, Year.of(2030), percentage)).build();
    ParityRow at = ParityAnalysis.of(List.of(d("UNMISS", "RWA",
        PersonnelType.FORMED_POLICE_UNITS, "2030-01-31", needed, total - needed)), targets)
        .byCountry().get(0);
    assertThat(at.shortfall()).hasValue(0);
    assertThat(at.status()).contains(ParityStatus.GREEN);
    if (needed > 0) {
      ParityRow below = ParityAnalysis.of(List.of(d("UNMISS", "RWA",
          PersonnelType.FORMED_POLICE_UNITS, "2030-01-31", needed - 1, total - needed + 1)),
          targets).byCountry().get(0);
      assertThat(below.shortfall()).hasValue(1);
      assertThat(below.status()).get().isNotEqualTo(ParityStatus.GREEN);
    }
  }

  @ParameterizedTest(name = "{0} women of {1} without a target: {2}")
  @CsvSource({
    "0, 100, RED",
    "1, 100, TARGET_UNKNOWN",
    "1, 5000, TARGET_UNKNOWN",
    "0, 0, NO_PERSONNEL",
  })
  void withoutATargetOnlyRedIsDecided(int women, int total, ParityStatus status) {
    ParityRow row = ParityAnalysis.of(List.of(d("UNMISS", "RWA",
        PersonnelType.MILITARY_CONTINGENTS, "2025-01-31", women, total - women)),
        ParityTargets.ugps()).byCountry().get(0);
    assertThat(row.status()).contains(status);
    assertThat(row.target()).isEmpty();
    assertThat(row.shortfall()).isEmpty();
  }

  @Test
  void exactlyOneTenthOfAPercentIsYellow() {
    ParityTargets targets = ParityTargets.ugps();
    ParityRow tenth = ParityAnalysis.of(List.of(
        d("UNMISS", "RWA", PersonnelType.MILITARY_CONTINGENTS, "2028-01-31", 2, 1998)), targets)
        .byCountry().get(0);
    ParityRow under = ParityAnalysis.of(List.of(
        d("UNMISS", "RWA", PersonnelType.MILITARY_CONTINGENTS, "2028-01-31", 2, 1999)), targets)
        .byCountry().get(0);
    assertThat(tenth.status()).contains(ParityStatus.YELLOW);
    assertThat(under.status()).contains(ParityStatus.BELOW_YELLOW_THRESHOLD);
  }

  @Test
  void rowsOfOneCountryAddUpAcrossMissionsTypesAndDatesOfAMonth() {
    ParityAnalysis a = ParityAnalysis.of(List.of(
        d("UNMISS", "NPL", PersonnelType.STAFF_OFFICERS, "2028-05-15", 3, 7),
        d("MINUSCA", "NPL", PersonnelType.MILITARY_EXPERTS_ON_MISSION, "2028-05-31", 2, 8),
        d("MINUSCA", "NPL", PersonnelType.MILITARY_EXPERTS_ON_MISSION, "2028-06-30", 9, 1)),
        ParityTargets.ugps());
    assertThat(a.byCountry()).hasSize(2);
    ParityRow may = a.byCountry().get(0);
    assertThat(may.month()).isEqualTo(YearMonth.of(2028, 5));
    assertThat(may.group()).isEqualTo(MILITARY_OBSERVERS_AND_STAFF_OFFICERS);
    assertThat(may.women()).isEqualTo(5);
    assertThat(may.total()).isEqualTo(20);
    assertThat(may.share()).hasValue(25.0);
    assertThat(may.status()).contains(ParityStatus.GREEN);
    assertThat(a.byMission()).extracting(r -> r.mission().orElseThrow().toString())
        .containsExactly("MINUSCA", "UNMISS", "MINUSCA");
  }

  @Test
  void aStreamGivesTheSameAnalysisAsTheIterable() {
    List<Deployment> all = DpoMonthlyFile.deployments();
    assertThat(all.parallelStream().collect(ParityAnalysis.collector(ParityTargets.ugps())))
        .isEqualTo(real);
  }

  @Test
  void rowsRefuseInconsistentFigures() {
    assertThatThrownBy(() -> ParityRow.builder().month(YearMonth.of(2028, 1))
        .group(MILITARY_CONTINGENTS).women(5).total(4).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for ParityRow.women (must be from 0 to the total 4): 5");
    assertThatThrownBy(() -> ParityRow.builder().month(YearMonth.of(2027, 1))
        .group(MILITARY_CONTINGENTS).women(1).total(4)
        .target(ParityTarget.of(MILITARY_CONTINGENTS, Year.of(2028), 15)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for ParityRow.target (must be the target of"
            + " MILITARY_CONTINGENTS 2027): MILITARY_CONTINGENTS 2028");
  }
}
