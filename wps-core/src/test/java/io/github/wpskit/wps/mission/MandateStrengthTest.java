package io.github.wpskit.wps.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Authorised strength at and just beyond both ends of its range, 0 to 1 000 000. */
class MandateStrengthTest {

  private static Mandate.Builder unmiss() {
    return Mandate.builder().mission(MissionAcronym.parse("UNMISS"))
        .authorisedBy(ResolutionSymbol.of(1996, 2011))
        .start(LocalDate.of(2011, 7, 9)).end(LocalDate.of(2012, 7, 8));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 17_000, Mandate.MAX_STRENGTH})
  void strengthsInTheRangeAreKept(int strength) {
    assertThat(unmiss().putAuthorisedStrength(PersonnelType.MILITARY_CONTINGENTS, strength).build()
        .authorisedStrength()).containsEntry(PersonnelType.MILITARY_CONTINGENTS, strength);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, Integer.MIN_VALUE, Mandate.MAX_STRENGTH + 1, Integer.MAX_VALUE})
  void strengthsOutsideAreRefusedNamingTheCategory(int strength) {
    assertThatThrownBy(() -> unmiss().putAuthorisedStrength(PersonnelType.INDIVIDUAL_POLICE_OFFICERS,
            strength).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Mandate.authorisedStrength[INDIVIDUAL_POLICE_OFFICERS]"
            + " (valid values 0 - 1000000): " + strength);
  }
}
