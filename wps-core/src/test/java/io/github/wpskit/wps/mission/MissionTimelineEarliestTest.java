package io.github.wpskit.wps.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * The timeline's first date (start date, else 1 January of the year of establishment) and why a
 * mission without either is of unknown phase, before, during and after its closure's dates.
 */
class MissionTimelineEarliestTest {

  private static Mission.Builder unx() {
    return Mission.builder().acronym(MissionAcronym.parse("UNX"));
  }

  @Test
  void theStartDateIsTheEarliestDateWhenKnown() {
    MissionTimeline t = unx().established(Year.of(2011)).started(LocalDate.of(2011, 7, 9)).build()
        .timeline();
    assertThat(t.earliest()).isEqualTo(LocalDate.of(2011, 7, 9));
    assertThat(t.earliestIsStart()).isTrue();
  }

  @Test
  void elseTheFirstDayOfTheYearOfEstablishment() {
    MissionTimeline t = unx().established(Year.of(2013)).build().timeline();
    assertThat(t.earliest()).isEqualTo(LocalDate.of(2013, 1, 1));
    assertThat(t.earliestIsStart()).isFalse();
  }

  @Test
  void withNeitherThereIsNoEarliestDate() {
    MissionTimeline t = unx().build().timeline();
    assertThat(t.earliest()).isNull();
    assertThat(t.earliestIsStart()).isFalse();
    MissionStatus s = unx().build().statusOn(LocalDate.of(2020, 1, 1));
    assertThat(s.phase()).isEqualTo(MissionPhase.UNKNOWN);
    assertThat(s.explanation())
        .isEqualTo("neither the start date nor the year of establishment of UNX is known");
  }

  /** Up to the end of its activity, a closed mission without a start is unknown for lack of one. */
  @Test
  void aClosedMissionWithoutAStartIsUnknownForLackOfItUntilItsActivityEnds() {
    Mission m = unx().closure(Closure.builder().mandateEnded(LocalDate.of(2020, 6, 30)).build())
        .build();
    MissionStatus during = m.statusOn(LocalDate.of(2020, 6, 30));
    assertThat(during.phase()).isEqualTo(MissionPhase.UNKNOWN);
    assertThat(during.explanation())
        .isEqualTo("neither the start date nor the year of establishment of UNX is known");
    MissionStatus after = m.statusOn(LocalDate.of(2020, 7, 1));
    assertThat(after.phase()).isEqualTo(MissionPhase.UNKNOWN);
    assertThat(after.explanation())
        .isEqualTo("the end of the withdrawal of UNX after 2020-06-30 is not known");
  }

  @Test
  void aClosureWithoutDatesOfAMissionWithoutAStartIsUnknownForLackOfAStart() {
    Mission m = unx().closure(Closure.builder()
        .decidedBy(io.github.wpskit.wps.resolution.ResolutionSymbol.of(90010, 2020)).build())
        .build();
    MissionStatus s = m.statusOn(LocalDate.of(2020, 7, 1));
    assertThat(s.phase()).isEqualTo(MissionPhase.UNKNOWN);
    assertThat(s.explanation())
        .isEqualTo("neither the start date nor the year of establishment of UNX is known");
    assertThat(m.timeline().lastDayOfPresence()).isNull();
    assertThat(m.timeline().endOfWithdrawal()).isNull();
  }
}
