package io.github.wpskit.wps.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.MissingAttributesException;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.PersonnelType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeploymentTest {

  private static Deployment.Builder valid() {
    return Deployment.builder()
        .mission(MissionAcronym.parse("UNMISS"))
        .contributingCountry(CountryCode.parse("GHA"))
        .personnelType(PersonnelType.MILITARY_CONTINGENTS)
        .reportingDate(LocalDate.of(2024, 6, 30))
        .women(0)
        .men(0);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0, 0",
    "1, 0, 1",
    "0, 1, 1",
    "8, 92, 100",
    "1000000, 1000000, 2000000",
  })
  void totalAddsWomenAndMen(int women, int men, int total) {
    assertThat(valid().women(women).men(men).build().total()).isEqualTo(total);
  }

  @ParameterizedTest
  @CsvSource({
    "8, 92, 8.0",
    "1, 0, 100.0",
    "0, 1, 0.0",
    "1, 2, 33.333333333",
    "1000000, 1000000, 50.0",
  })
  void femalePercentageIsTheShareOfWomen(int women, int men, double percentage) {
    assertThat(valid().women(women).men(men).build().femalePercentage().getAsDouble())
        .isCloseTo(percentage, within(1e-6));
  }

  @Test
  void femalePercentageIsEmptyWhenNobodyIsDeployed() {
    assertThat(valid().women(0).men(0).build().femalePercentage()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "-1      | 0       | Invalid value for Deployment.women (valid values 0 - 1000000): -1",
        "1000001 | 0       | Invalid value for Deployment.women (valid values 0 - 1000000): 1000001",
        "0       | -1      | Invalid value for Deployment.men (valid values 0 - 1000000): -1",
        "0       | 1000001 | Invalid value for Deployment.men (valid values 0 - 1000000): 1000001",
      })
  void refusesCountsOutOfRange(int women, int men, String message) {
    assertThatThrownBy(() -> valid().women(women).men(men).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void keepsEveryAttribute() {
    Deployment d = valid().women(3).men(7).build();

    assertThat(d.mission()).isEqualTo(MissionAcronym.parse("UNMISS"));
    assertThat(d.contributingCountry()).isEqualTo(CountryCode.parse("GHA"));
    assertThat(d.personnelType()).isEqualTo(PersonnelType.MILITARY_CONTINGENTS);
    assertThat(d.reportingDate()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(d.women()).isEqualTo(3);
    assertThat(d.men()).isEqualTo(7);
  }

  @Test
  void missingRequiredAttributesAreListedByName() {
    assertThatThrownBy(() -> Deployment.builder().mission(MissionAcronym.parse("UNMISS")).build())
        .isInstanceOfSatisfying(
            MissingAttributesException.class,
            e ->
                assertThat(e.missingAttributes())
                    .containsExactly(
                        "contributingCountry", "personnelType", "reportingDate", "women", "men"))
        .hasMessage(
            "Missing required attributes contributingCountry, personnelType, reportingDate, women, men");
  }
}
