package io.github.wpskit.wps;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.gender.GenderFunction;
import io.github.wpskit.wps.mission.MissionKind;
import io.github.wpskit.wps.resolution.WpsPillar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names for people of the vocabularies that reports print (no test read them before). */
class DisplayNamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "PARTICIPATION|Participation", "PROTECTION|Protection", "PREVENTION|Prevention",
      "RELIEF_AND_RECOVERY|Relief and recovery"})
  void pillars(WpsPillar pillar, String name) {
    assertThat(pillar.displayName()).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "PEACEKEEPING_OPERATION|peacekeeping operation",
      "POLITICAL_MISSION_OR_OFFICE|special political mission or office", "OTHER|other"})
  void missionKinds(MissionKind kind, String name) {
    assertThat(kind.displayName()).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "STRATEGIC_ADVICE|Strategic advice", "TECHNICAL_GUIDANCE|Technical guidance",
      "MONITORING_AND_ACCOUNTABILITY|Monitoring progress and accountability",
      "CONFLICT_ANALYSIS_AND_DATA|Gender-responsive conflict analysis and data",
      "CIVIL_SOCIETY_PARTNERSHIPS|Partnerships with women's civil society organisations",
      "SUPPORT_TO_WOMEN_PEACEKEEPERS|Support to women peacekeepers",
      "SGBV_PROTECTION|Protection from sexual and gender-based violence"})
  void genderFunctions(GenderFunction function, String name) {
    assertThat(function.displayName()).isEqualTo(name);
  }
}
