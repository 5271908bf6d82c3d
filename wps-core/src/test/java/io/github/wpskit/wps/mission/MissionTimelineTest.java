package io.github.wpskit.wps.mission;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Status on a date at every phase boundary, for the catalog's closures and for the edge cases. */
class MissionTimelineTest {

  private static final ReferenceCatalog CATALOG = ReferenceCatalog.standard();

  private static MissionStatus status(String acronym, String date) {
    return CATALOG.statusOn(MissionAcronym.parse(acronym), LocalDate.parse(date)).orElseThrow();
  }

  /** Each row: mission, date, phase, explanation; with the catalog's horizon, 2026-01-27. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      MINUSMA  | 2012-12-31 | NOT_STARTED | established in 2013
      MINUSMA  | 2023-06-30 | ACTIVE      | active, operations to end on 2023-06-30
      MINUSMA  | 2023-07-01 | WITHDRAWAL  | withdrawing after 2023-06-30, deadline 2023-12-31
      MINUSMA  | 2023-12-31 | WITHDRAWAL  | withdrawing after 2023-06-30, deadline 2023-12-31
      MINUSMA  | 2024-01-01 | LIQUIDATION | in liquidation since 2024-01-01, end not known
      MINUSMA  | 2024-11-30 | LIQUIDATION | in liquidation since 2024-01-01, end not known
      UNAMID   | 2020-12-31 | ACTIVE      | active, operations to end on 2020-12-31
      UNAMID   | 2021-06-30 | WITHDRAWAL  | withdrawing after 2020-12-31, deadline 2021-06-30
      UNAMID   | 2021-07-01 | LIQUIDATION | in liquidation after the withdrawal, end not known
      UNIFIL   | 2026-12-31 | ACTIVE      | active, operations to end on 2026-12-31
      UNIFIL   | 2027-01-01 | WITHDRAWAL  | withdrawing after 2026-12-31, deadline 2027-12-31
      UNIFIL   | 2027-12-31 | WITHDRAWAL  | withdrawing after 2026-12-31, deadline 2027-12-31
      UNIFIL   | 2028-01-01 | LIQUIDATION | in liquidation after the withdrawal, end not known
      UNMHA    | 2026-03-31 | ACTIVE      | active, operations to end on 2026-03-31
      UNMHA    | 2026-04-01 | LIQUIDATION | in liquidation since 2026-04-01, end not known
      UNMISS   | 2011-07-08 | NOT_STARTED | started on 2011-07-09
      UNMISS   | 2011-07-09 | ACTIVE      | active, mandate confirmed until 2026-04-30
      UNMISS   | 2026-04-30 | ACTIVE      | active, mandate confirmed until 2026-04-30
      UNMISS   | 2026-05-01 | UNKNOWN     | the mandate of UNMISS is confirmed until 2026-04-30 only
      UNDOF    | 2026-07-01 | UNKNOWN     | the mandate of UNDOF is confirmed until 2026-06-30 only
      UNTSO    | 2026-01-27 | ACTIVE      | active
      UNTSO    | 2026-01-28 | UNKNOWN     | 2026-01-28 is after the knowledge horizon 2026-01-27 and no confirmed mandate of UNTSO runs to it
      UNITAMS  | 2024-01-31 | UNKNOWN     | neither the start date nor the year of establishment of UNITAMS is known
      UNOGIL   | 1958-07-01 | UNKNOWN     | neither the start date nor the year of establishment of UNOGIL is known
      UNMIS    | 2011-07-09 | ACTIVE      | active, operations to end on 2011-07-09
      UNMIS    | 2011-07-10 | UNKNOWN     | the end of the withdrawal of UNMIS after 2011-07-09 is not known
      DOMREP   | 1966-01-01 | UNKNOWN     | the dates of the closure of DOMREP are not known
      """)
  void statusOnTheCatalogsDates(String acronym, String date, MissionPhase phase, String why) {
    MissionStatus s = status(acronym, date);
    assertThat(s.phase()).isEqualTo(phase);
    assertThat(s.explanation()).isEqualTo(why);
    assertThat(s.isActive()).isEqualTo(phase == MissionPhase.ACTIVE);
    assertThat(s.isKnown()).isEqualTo(phase != MissionPhase.UNKNOWN);
    assertThat(s.toString()).isEqualTo(acronym + " on " + date + ": " + phase + " (" + why + ")");
  }

  @Test
  void withoutAHorizonTheFactsAreTakenAsComplete() {
    Mission untso = CATALOG.mission(MissionAcronym.parse("UNTSO")).orElseThrow();
    assertThat(untso.statusOn(LocalDate.of(2030, 1, 1)).phase()).isEqualTo(MissionPhase.ACTIVE);
    assertThat(untso.isActiveOn(LocalDate.of(2030, 1, 1))).isTrue();
    assertThat(untso.statusOn(LocalDate.of(2030, 1, 1), CATALOG.knowledgeHorizon().get()).phase())
        .isEqualTo(MissionPhase.UNKNOWN);
  }

  private static Mission.Builder mission() {
    return Mission.builder().acronym(MissionAcronym.parse("UNX")).established(java.time.Year.of(2000));
  }

  @Test
  void aLiquidationWithAnEndClosesTheMissionTheDayAfter() {
    Mission m = mission().closure(Closure.builder().mandateEnded(LocalDate.of(2020, 6, 30))
        .withdrawalDeadline(LocalDate.of(2020, 12, 31))
        .liquidation(Liquidation.builder().start(LocalDate.of(2021, 1, 1))
            .end(LocalDate.of(2021, 12, 31)).build()).build()).build();
    assertThat(m.statusOn(LocalDate.of(2021, 12, 31)).phase()).isEqualTo(MissionPhase.LIQUIDATION);
    assertThat(m.statusOn(LocalDate.of(2021, 12, 31)).explanation())
        .isEqualTo("in liquidation since 2021-01-01, to end on 2021-12-31");
    MissionStatus after = m.statusOn(LocalDate.of(2022, 1, 1));
    assertThat(after.phase()).isEqualTo(MissionPhase.CLOSED);
    assertThat(after.explanation()).isEqualTo("closed, last day of presence 2021-12-31");
    assertThat(m.timeline().lastDayOfPresence()).isEqualTo(LocalDate.of(2021, 12, 31));
  }

  @Test
  void aClosureWithoutLiquidationClosesAfterTheWithdrawalDeadline() {
    Mission m = mission().closure(Closure.builder().mandateEnded(LocalDate.of(2020, 6, 30))
        .withdrawalDeadline(LocalDate.of(2020, 12, 31)).build()).build();
    assertThat(m.statusOn(LocalDate.of(2020, 12, 31)).phase()).isEqualTo(MissionPhase.WITHDRAWAL);
    assertThat(m.statusOn(LocalDate.of(2021, 1, 1)).phase()).isEqualTo(MissionPhase.CLOSED);
    assertThat(m.timeline().lastDayOfPresence()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(m.timeline().endOfWithdrawal()).isEqualTo(LocalDate.of(2020, 12, 31));
  }

  @Test
  void aLiquidationStartingLaterLeavesAGapAfterTheDeadline() {
    Mission m = mission().closure(Closure.builder().mandateEnded(LocalDate.of(2020, 6, 30))
        .withdrawalDeadline(LocalDate.of(2020, 12, 31))
        .liquidation(Liquidation.builder().start(LocalDate.of(2021, 3, 1)).build()).build())
        .build();
    MissionStatus gap = m.statusOn(LocalDate.of(2021, 2, 1));
    assertThat(gap.phase()).isEqualTo(MissionPhase.UNKNOWN);
    assertThat(gap.explanation()).isEqualTo("the facts of the closure of UNX leave 2021-02-01"
        + " between the withdrawal deadline 2020-12-31 and the liquidation from 2021-03-01");
    assertThat(m.timeline().lastDayOfPresence()).isNull();
  }

  @Test
  void aLiquidationWithoutADeadlineFollowsADrawdown() {
    Mission m = mission().closure(Closure.builder().mandateEnded(LocalDate.of(2020, 6, 30))
        .liquidation(Liquidation.builder().start(LocalDate.of(2020, 9, 1)).build()).build())
        .build();
    MissionStatus s = m.statusOn(LocalDate.of(2020, 8, 1));
    assertThat(s.phase()).isEqualTo(MissionPhase.WITHDRAWAL);
    assertThat(s.explanation()).isEqualTo("drawing down after 2020-06-30, liquidation from"
        + " 2020-09-01");
  }

  @Test
  void aClosureOfAMissionWithoutAKnownStartIsActiveOnlyByItsDates() {
    Mission m = Mission.builder().acronym(MissionAcronym.parse("UNX"))
        .closure(Closure.builder().mandateEnded(LocalDate.of(2020, 6, 30))
            .withdrawalDeadline(LocalDate.of(2020, 12, 31)).build()).build();
    assertThat(m.statusOn(LocalDate.of(2020, 1, 1)).phase()).isEqualTo(MissionPhase.UNKNOWN);
    assertThat(m.statusOn(LocalDate.of(2021, 1, 1)).phase()).isEqualTo(MissionPhase.CLOSED);
  }
}
