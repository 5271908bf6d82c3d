package io.github.wpskit.wps.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.MissingAttributesException;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class MissionTest {

  private static Mission.Builder valid() {
    return Mission.builder()
        .acronym(MissionAcronym.parse("UNMISS"))
        .name("United Nations Mission in the Republic of South Sudan")
        .host("South Sudan");
  }

  @Test
  void aMissionWithoutClosureIsActiveFromItsStart() {
    Mission m = valid().established(Year.of(2011)).build();
    assertThat(m.isActiveOn(LocalDate.of(2011, 1, 1))).isTrue();
    assertThat(m.isActiveOn(LocalDate.of(2010, 12, 31))).isFalse();
    assertThat(m.multidimensional()).isEmpty();
    assertThat(m.establishedBy()).isEmpty();
    assertThat(m.kind()).isEmpty();
  }

  @Test
  void onlyTheAcronymIsRequired() {
    assertThatThrownBy(() -> Mission.builder().host("x").build())
        .isInstanceOf(MissingAttributesException.class)
        .hasMessage("Missing required attribute acronym");
    Mission bare = Mission.builder().acronym(MissionAcronym.parse("UNVMC")).build();
    assertThat(bare.name()).isEmpty();
    assertThat(bare.host()).isEmpty();
    assertThat(bare.statusOn(LocalDate.of(2024, 1, 31)).explanation())
        .isEqualTo("neither the start date nor the year of establishment of UNVMC is known");
  }

  @Test
  void refusesADatasetEndBeforeItsStart() {
    assertThatThrownBy(() -> valid().datasetStart(LocalDate.of(1998, 1, 1))
            .datasetEnd(LocalDate.of(1997, 12, 31)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Mission.datasetEnd (must not be before datasetStart"
            + " 1998-01-01): 1997-12-31");
  }

  @Test
  void refusesAMandateResolutionWithoutItsExpiry() {
    assertThatThrownBy(() -> valid()
            .mandateConfirmedBy(io.github.wpskit.wps.resolution.ResolutionSymbol.of(2779, 2025))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Mission.mandateConfirmedBy (needs mandateConfirmedUntil,"
            + " the expiry it set): S/RES/2779 (2025)");
  }

  @Test
  void refusesAStartOutsideTheYearOfEstablishment() {
    assertThatThrownBy(() -> valid().established(Year.of(2011))
            .started(LocalDate.of(2012, 1, 1)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Mission.started (must fall in the year established 2011):"
            + " 2012-01-01");
  }

  @Test
  void refusesAClosureBeforeTheStart() {
    assertThatThrownBy(() -> valid().started(LocalDate.of(2011, 7, 9))
            .closure(Closure.builder().mandateEnded(LocalDate.of(2011, 7, 8)).build()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Mission.closure.mandateEnded (must not be before started"
            + " 2011-07-09): 2011-07-08");
  }

  @Test
  void refusesABlankName() {
    assertThatThrownBy(() -> valid().name("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Mission.name (must not be blank): \"\"");
  }

  @Test
  void refusesAWithdrawalDeadlineBeforeTheMandateEnded() {
    assertThatThrownBy(() -> Closure.builder().mandateEnded(LocalDate.of(2023, 6, 30))
            .withdrawalDeadline(LocalDate.of(2023, 6, 29)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Closure.withdrawalDeadline (must be on or after"
            + " mandateEnded 2023-06-30): 2023-06-29");
  }

  @Test
  void refusesAWithdrawalDeadlineBeforeTheEndOfOperations() {
    assertThatThrownBy(() -> Closure.builder().operationsEnd(LocalDate.of(2026, 12, 31))
            .withdrawalDeadline(LocalDate.of(2026, 12, 30)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Closure.withdrawalDeadline (must be on or after"
            + " operationsEnd 2026-12-31): 2026-12-30");
  }

  @Test
  void refusesALiquidationStartingOnTheMandatesLastDay() {
    assertThatThrownBy(() -> Closure.builder().mandateEnded(LocalDate.of(2026, 3, 31))
            .liquidation(Liquidation.builder().start(LocalDate.of(2026, 3, 31)).build()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Closure.liquidation.start (must be after mandateEnded"
            + " 2026-03-31): 2026-03-31");
  }

  @Test
  void refusesALiquidationStartingOnTheLastDayOfOperations() {
    assertThatThrownBy(() -> Closure.builder().mandateEnded(LocalDate.of(2026, 3, 31))
            .operationsEnd(LocalDate.of(2026, 6, 30))
            .liquidation(Liquidation.builder().start(LocalDate.of(2026, 6, 30)).build()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Closure.liquidation.start (must be after operationsEnd"
            + " 2026-06-30): 2026-06-30");
    assertThat(Closure.builder().mandateEnded(LocalDate.of(2026, 3, 31))
            .operationsEnd(LocalDate.of(2026, 6, 30))
            .liquidation(Liquidation.builder().start(LocalDate.of(2026, 7, 1)).build()).build()
            .liquidation().orElseThrow().start())
        .contains(LocalDate.of(2026, 7, 1));
  }

  @Test
  void refusesALiquidationEndingBeforeItStarts() {
    assertThatThrownBy(() -> Liquidation.builder().start(LocalDate.of(2024, 1, 1))
            .end(LocalDate.of(2023, 12, 31)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Liquidation.end (must not be before start 2024-01-01):"
            + " 2023-12-31");
  }

  @Test
  void endOfActivityIsTheEndOfOperationsElseOfTheMandate() {
    assertThat(Closure.builder().mandateEnded(LocalDate.of(2023, 6, 30)).build().endOfActivity())
        .contains(LocalDate.of(2023, 6, 30));
    assertThat(Closure.builder().mandateEnded(LocalDate.of(2026, 12, 31))
            .operationsEnd(LocalDate.of(2026, 11, 30)).build().endOfActivity())
        .contains(LocalDate.of(2026, 11, 30));
    assertThat(Closure.builder().build().endOfActivity()).isEmpty();
  }
}
