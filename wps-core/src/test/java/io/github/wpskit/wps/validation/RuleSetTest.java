package io.github.wpskit.wps.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  @Test
  void defaultsChangeNothing() {
    RuleSet d = RuleSet.defaults();
    assertThat(d.name()).isEqualTo("defaults");
    assertThat(d.disabled()).isEmpty();
    assertThat(d.severityOverrides()).isEmpty();
    assertThat(d.customRules()).isEmpty();
    assertThat(d.isEnabled(RuleId.parse("WPS-RES-001"))).isTrue();
    assertThat(d.severityOf(ResolutionRules.WPS_PILLAR)).isEqualTo(Severity.WARNING);
  }

  @Test
  void holdsTheChoices() {
    RuleSet set = RuleSet.builder().name("UNMISS gender team").disable("WPS-RES-006")
        .severity("WPS-RES-001", Severity.WARNING).rule(new ValidatorTest.TitleRequired()).build();
    assertThat(set.isEnabled(RuleId.parse("WPS-RES-006"))).isFalse();
    assertThat(set.severityOf(ResolutionRules.SYMBOL_YEAR)).isEqualTo(Severity.WARNING);
    assertThat(set.toString())
        .isEqualTo("RuleSet UNMISS gender team (disabled [WPS-RES-006], severities"
            + " {WPS-RES-001=WARNING}, custom rules [WPS-ORG-001])");
  }

  @Test
  void refusesUnknownRuleIds() {
    assertThatThrownBy(() -> RuleSet.builder().name("typo").disable("WPS-RES-099").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for RuleSet.disabled (not a rule of catalogue 2 nor a custom rule"
            + " of this set): WPS-RES-099");
    assertThatThrownBy(
            () -> RuleSet.builder().name("typo").severity("WPS-ORG-001", Severity.INFO).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for RuleSet.severityOverrides (not a rule of catalogue 2 nor a"
            + " custom rule of this set): WPS-ORG-001");
  }

  @Test
  void refusesToSilenceTheEngine() {
    assertThatThrownBy(() -> RuleSet.builder().name("silent").disable("WPS-SYS-001").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for RuleSet.disabled (engine rules cannot be disabled or"
            + " overridden): WPS-SYS-001");
  }

  @Test
  void refusesCustomRulesWithTakenIds() {
    assertThatThrownBy(() -> RuleSet.builder().name("dup").rule(new ValidatorTest.TitleRequired())
            .rule(new ValidatorTest.TitleRequired()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for RuleSet.customRules (must not contain duplicates): WPS-ORG-001");
    ValidationRule<io.github.wpskit.wps.resolution.Resolution> impostor =
        new ValidatorTest.TitleRequired() {
          @Override
          public RuleDescriptor descriptor() {
            return ResolutionRules.SYMBOL_YEAR;
          }
        };
    assertThatThrownBy(() -> RuleSet.builder().name("impostor").rule(impostor).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for RuleSet.customRules (a custom rule must not reuse the id of a"
            + " built-in rule): WPS-RES-001");
  }

  @Test
  void refusesABlankName() {
    assertThatThrownBy(() -> RuleSet.builder().name(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for RuleSet.name (must not be blank): \" \"");
  }
}
