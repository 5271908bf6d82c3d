package io.github.wpskit.wps.parity;

import static io.github.wpskit.wps.parity.ParityTargetGroup.FORMED_POLICE_UNITS;
import static io.github.wpskit.wps.parity.ParityTargetGroup.MILITARY_CONTINGENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.mission.MissionAcronym;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * An analysis built by hand (as a reader of stored analyses does) must hold what {@code of} would
 * give: each list's rows of its own scope, in order, without repeats, and a count that is not
 * negative.
 */
class ParityAnalysisInvariantsTest {
  private static final String ORDER = "must come after the row before it (order: month, group, then"
      + " mission or country; no repeats)";

  private static ParityRow.Builder row(int month, ParityTargetGroup group) {
    ParityRow.Builder b = ParityRow.builder();
    b.month(YearMonth.of(2024, month)).group(group).women(3).total(10);
    return b;
  }

  private static ParityAnalysis.Builder analysis() {
    ParityAnalysis.Builder b = ParityAnalysis.builder();
    b.deployments(1);
    return b;
  }

  private static ParityRow mission(int month, String acronym) {
    return row(month, MILITARY_CONTINGENTS).mission(MissionAcronym.parse(acronym)).build();
  }

  private static ParityRow country(int month, String code) {
    return row(month, MILITARY_CONTINGENTS).contributingCountry(CountryCode.parse(code)).build();
  }

  @Test
  void rowsInOrderOfTheirOwnScopeAreAccepted() {
    ParityAnalysis a = ParityAnalysis.builder().deployments(4)
        .addOverall(row(1, MILITARY_CONTINGENTS).build(), row(1, FORMED_POLICE_UNITS).build(),
            row(2, MILITARY_CONTINGENTS).build())
        .addByMission(mission(1, "MINUSCA"), mission(1, "UNMISS"), mission(2, "MINUSCA"))
        .addByCountry(country(1, "NPL"), country(1, "RWA"))
        .build();
    assertThat(a.overall()).hasSize(3);
    assertThat(a.byMission()).hasSize(3);
    assertThat(a.byCountry()).hasSize(2);
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThatThrownBy(() -> ParityAnalysis.builder().deployments(-1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for ParityAnalysis.deployments (must not be negative): -1");
  }

  @Test
  void eachListRefusesRowsOfAnotherScope() {
    ParityRow m = mission(1, "UNMISS");
    ParityRow c = country(1, "RWA");
    ParityRow all = row(1, MILITARY_CONTINGENTS).build();
    assertThatThrownBy(() -> analysis().addOverall(all, m).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for ParityAnalysis.overall[1] (must name neither a mission nor"
            + " a country): " + m);
    assertThatThrownBy(() -> analysis().addOverall(c).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for ParityAnalysis.overall[0] (must name neither a mission nor"
            + " a country): " + c);
    assertThatThrownBy(() -> analysis().addByMission(all).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for ParityAnalysis.byMission[0] (must name a mission): " + all);
    assertThatThrownBy(() -> analysis().addByMission(c).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for ParityAnalysis.byMission[0] (must name a mission): " + c);
    assertThatThrownBy(() -> analysis().addByCountry(m).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for ParityAnalysis.byCountry[0] (must name a contributing"
            + " country): " + m);
  }

  @Test
  void eachListRefusesRepeatsAndDisorder() {
    ParityRow jan = row(1, MILITARY_CONTINGENTS).build();
    ParityRow feb = row(2, MILITARY_CONTINGENTS).build();
    assertThatThrownBy(() -> analysis().addOverall(jan, jan).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for ParityAnalysis.overall[1] (" + ORDER + "): " + jan);
    assertThatThrownBy(() -> analysis().addOverall(feb, jan).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for ParityAnalysis.overall[1] (" + ORDER + "): " + jan);
    assertThatThrownBy(() -> analysis()
            .addByMission(mission(1, "UNMISS"), mission(1, "MINUSCA")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for ParityAnalysis.byMission[1] (" + ORDER + "): "
            + mission(1, "MINUSCA"));
    assertThatThrownBy(() -> analysis()
            .addByCountry(country(1, "RWA"), country(1, "RWA")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for ParityAnalysis.byCountry[1] (" + ORDER + "): "
            + country(1, "RWA"));
  }
}
