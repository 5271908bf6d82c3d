package io.github.wpskit.wps.validation;

/** The rules of the validation engine itself (area {@code SYS}); they cannot be disabled. */
final class EngineRules {
  static final String SOURCE = "wps validation engine";

  static final RuleDescriptor RULE_FAILED =
      RuleDescriptor.builder()
          .id("WPS-SYS-001")
          .severity(Severity.ERROR)
          .title("Every rule runs to completion without throwing an exception")
          .messageTemplate("Rule {rule} failed with {exception}; its checks of this object are incomplete")
          .rationale(
              "A bug in a rule, often a custom one, must neither stop the validation nor pass"
                  + " unnoticed; the error marks the report as not to be trusted.")
          .source(SOURCE)
          .build();

  static final RuleDescriptor UNSUPPORTED_KIND =
      RuleDescriptor.builder()
          .id("WPS-SYS-002")
          .severity(Severity.ERROR)
          .title("Every object in a batch is of a kind the validator judges")
          .messageTemplate("Objects of type {type} cannot be validated; supported kinds: {kinds}")
          .rationale(
              "An object no rule judges would otherwise look valid; a batch reports it instead of"
                  + " failing as a whole.")
          .source(SOURCE)
          .build();

  static final RuleDescriptor UNREADABLE =
      RuleDescriptor.builder()
          .id("WPS-SYS-003")
          .severity(Severity.ERROR)
          .title("Every document and file of a batch can be read")
          .messageTemplate("Cannot be read: {reason}")
          .rationale(
              "A reader that goes on after a bad line or file reports each one, with its file, line"
                  + " and column, in the same report as the findings on the documents it could read,"
                  + " so that nothing is dropped unseen; the report is not valid while any remain.")
          .source(SOURCE)
          .build();

  private EngineRules() {}
}
