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
  void aMissionWithoutClosureIsActive() {
    Mission m = valid().build();
    assertThat(m.isActive()).isTrue();
    assertThat(m.multidimensional()).isEmpty();
    assertThat(m.establishedBy()).isEmpty();
  }

  @Test
  void aMissionWithClosureIsClosed() {
    Mission m = valid().closure(Closure.builder().mandateEnded(LocalDate.of(2023, 6, 30)).build())
        .build();
    assertThat(m.isActive()).isFalse();
    assertThat(m.closure().get().lastDayOfPresence()).isEqualTo(LocalDate.of(2023, 6, 30));
  }

  @Test
  void missingAttributesAreNamed() {
    assertThatThrownBy(() -> Mission.builder().host("x").build())
        .isInstanceOf(MissingAttributesException.class)
        .hasMessage("Missing required attributes acronym, name");
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
        .hasMessage("Invalid value for Closure.withdrawalDeadline (must not be before mandateEnded"
            + " 2023-06-30): 2023-06-29");
  }

  @Test
  void withdrawalDeadlineIsTheLastDayOfPresence() {
    Closure c = Closure.builder().mandateEnded(LocalDate.of(2023, 6, 30))
        .withdrawalDeadline(LocalDate.of(2023, 12, 31)).build();
    assertThat(c.lastDayOfPresence()).isEqualTo(LocalDate.of(2023, 12, 31));
  }
}
