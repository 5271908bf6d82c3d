package io.github.wpskit.wps.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.MissingAttributesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleDescriptorTest {
  static RuleDescriptor.Builder builder(String template) {
    RuleDescriptor.Builder b = RuleDescriptor.builder();
    b.id("WPS-ORG-001")
        .severity(Severity.WARNING)
        .title("A title")
        .messageTemplate(template)
        .rationale("Why")
        .source("Policy");
    return b;
  }

  @Test
  void fillsPlaceholdersInOrderWithoutLocaleFormatting() {
    RuleDescriptor d = builder("Resolution {number} has {count} {what}").build();
    assertThat(d.placeholderCount()).isEqualTo(3);
    assertThat(d.format(1325, 12345, "problems")).isEqualTo("Resolution 1325 has 12345 problems");
    assertThat(d.toString()).isEqualTo("WPS-ORG-001 A title");
  }

  @Test
  void refusesTheWrongNumberOfValues() {
    RuleDescriptor d = builder("{a} and {b}").build();
    assertThatThrownBy(() -> d.format("x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Rule WPS-ORG-001 has 2 placeholders in its message template, got 1 values");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a {b|unclosed placeholder",
        "a {} b|placeholders are {name}, not nested, not empty, at index 3",
        "a {b {c}}|placeholders are {name}, not nested, not empty, at index 5",
        "a } b|placeholders are {name}, not nested, not empty, at index 2",
      })
  void refusesMalformedTemplates(String template, String constraint) {
    assertThatThrownBy(() -> builder(template).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Invalid value for RuleDescriptor.messageTemplate (" + constraint + "): \"" + template
                + "\"");
  }

  @Test
  void requiresEveryAttribute() {
    assertThatThrownBy(() -> RuleDescriptor.builder().id("WPS-ORG-001").build())
        .isInstanceOf(MissingAttributesException.class)
        .hasMessage("Missing required attributes severity, title, messageTemplate, rationale, source");
  }
}
