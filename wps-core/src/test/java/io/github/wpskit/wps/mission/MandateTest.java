package io.github.wpskit.wps.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.MissingAttributesException;
import io.github.wpskit.wps.policy.A4pPriorityArea;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MandateTest {

  private static Mandate.Builder valid() {
    return Mandate.builder()
        .mission(MissionAcronym.parse("UNMISS"))
        .authorisedBy(ResolutionSymbol.of(1996, 2011))
        .start(LocalDate.of(2011, 7, 9))
        .end(LocalDate.of(2012, 7, 8));
  }

  @Test
  void aOneDayMandateIsValid() {
    Mandate m = valid().end(LocalDate.of(2011, 7, 9)).build();
    assertThat(m.covers(LocalDate.of(2011, 7, 9))).isTrue();
    assertThat(m.covers(LocalDate.of(2011, 7, 10))).isFalse();
  }

  @Test
  void idNamesMissionAndResolution() {
    assertThat(valid().build().id()).isEqualTo("UNMISS S/RES/1996 (2011)");
  }

  @Test
  void refusesAnEndBeforeTheStart() {
    assertThatThrownBy(() -> valid().end(LocalDate.of(2011, 7, 8)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Mandate.end (must not be before start 2011-07-09):"
            + " 2011-07-08")
        .satisfies(e -> {
          assertThat(((InvalidValueException) e).attribute()).isEqualTo("Mandate.end");
          assertThat(((InvalidValueException) e).value()).isEqualTo("2011-07-08");
        });
  }

  @Test
  void refusesANegativeStrength() {
    assertThatThrownBy(() -> valid()
            .putAuthorisedStrength(PersonnelType.MILITARY_CONTINGENTS, -1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Mandate.authorisedStrength[MILITARY_CONTINGENTS]"
            + " (valid values 0 - 1000000): -1");
  }

  @Test
  void missingAttributesAreNamed() {
    assertThatThrownBy(() -> Mandate.builder().mission(MissionAcronym.parse("UNMISS")).build())
        .isInstanceOf(MissingAttributesException.class)
        .hasMessage("Missing required attributes authorisedBy, start, end");
  }

  @Test
  void tasksAndStrengthAreUnmodifiable() {
    Mandate m = valid()
        .putAuthorisedStrength(PersonnelType.MILITARY_CONTINGENTS, 17_000)
        .addTasks(MandateTask.of(TaskCategory.PROTECTION_OF_CIVILIANS, "Protect civilians"))
        .build();
    assertThatThrownBy(() -> m.tasks().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.authorisedStrength().put(PersonnelType.FORMED_POLICE_UNITS, 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aTaskRefusesRepeatedCitations() {
    ResolutionSymbol r1325 = ResolutionSymbol.of(1325, 2000);
    assertThatThrownBy(() -> MandateTask.builder().category(TaskCategory.GENDER_MAINSTREAMING)
            .description("Mainstream gender").addCitedResolutions(r1325, r1325).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for MandateTask.citedResolutions (must not contain duplicates):"
            + " S/RES/1325 (2000)");
  }

  @Test
  void aTaskCarriesCitationsAndPolicyReferences() {
    MandateTask t = MandateTask.builder().category(TaskCategory.WOMENS_PARTICIPATION)
        .description("Support women's participation in the peace process")
        .addCitedResolutions(ResolutionSymbol.of(1325, 2000), ResolutionSymbol.of(2493, 2019))
        .addPolicyReferences(A4pPriorityArea.WOMEN_PEACE_AND_SECURITY).build();
    assertThat(t.category().isWps()).isTrue();
    assertThat(t.citedResolutions()).hasSize(2);
    assertThat(t.policyReferences()).containsExactly(A4pPriorityArea.WOMEN_PEACE_AND_SECURITY);
  }

  @Test
  void exactlySixCategoriesAreWpsTasks() {
    assertThat(java.util.Arrays.stream(TaskCategory.values()).filter(TaskCategory::isWps))
        .containsExactly(TaskCategory.GENDER_MAINSTREAMING, TaskCategory.WOMENS_PARTICIPATION,
            TaskCategory.SGBV_PROTECTION, TaskCategory.CRSV_MONITORING_AND_REPORTING,
            TaskCategory.WOMEN_PROTECTION_ADVISERS,
            TaskCategory.GENDER_RESPONSIVE_CONFLICT_ANALYSIS);
  }
}
