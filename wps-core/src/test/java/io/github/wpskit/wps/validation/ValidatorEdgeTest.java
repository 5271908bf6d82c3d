package io.github.wpskit.wps.validation;

import static io.github.wpskit.wps.mission.PersonnelType.MILITARY_CONTINGENTS;
import static io.github.wpskit.wps.validation.Fixtures.CATALOG;
import static io.github.wpskit.wps.validation.Fixtures.CONTEXT;
import static io.github.wpskit.wps.validation.Fixtures.catalogValidator;
import static io.github.wpskit.wps.validation.Fixtures.deployment;
import static io.github.wpskit.wps.validation.Fixtures.res1325;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.compact.Signatory;
import io.github.wpskit.wps.compact.SignatoryKind;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a validator gives back, the list of supported kinds when custom rules add some, a disabled
 * parity rule on the streaming path, and a validator used again after a rule threw an Error.
 */
class ValidatorEdgeTest {
  private static final String BUILT_IN_KINDS = "Resolution, Mission, Mandate, GenderStaffingTable,"
      + " CompactCommitment, CompactReport, Deployment";

  @Test
  void givesBackItsRuleSetAndContext() {
    RuleSet set = RuleSet.builder().name("ACME").rule(new ValidatorTest.TitleRequired()).build();
    Validator v = Validator.of(set, CONTEXT);
    assertThat(v.ruleSet()).isSameAs(set);
    assertThat(v.context()).isSameAs(CONTEXT);
    assertThat(v.withContext(CATALOG).ruleSet()).isSameAs(set);
    assertThat(v.withContext(CATALOG).context()).isSameAs(CATALOG);
  }

  /**
   * An integrator's type judged by a custom rule is named in the list once however many rules judge
   * it; a custom rule on a built-in kind adds nothing; on a stored kind no built-in rule judges
   * (Signatory), it adds that kind by its short name.
   */
  @Test
  void unsupportedObjectsNameTheKindsCustomRulesAdd() {
    RuleSet set = RuleSet.builder().name("ACME")
        .rule(new ValidatorTest.MemoNotEmpty())
        .rule(memoShort())
        .rule(new ValidatorTest.TitleRequired())
        .rule(TestRule.judgingNothing("WPS-ORG-005", Signatory.class))
        .build();
    assertThatThrownBy(() -> Validator.of(set, CONTEXT).validate(42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Objects of type java.lang.Integer cannot be validated; supported kinds: "
            + BUILT_IN_KINDS + ", " + ValidatorTest.Memo.class.getName() + ", Signatory");
  }

  /** An issue a custom rule finds on a signatory names the signatory, its id in the Compact. */
  @Test
  void aSignatoryIsNamedByItsName() {
    RuleSet set = RuleSet.builder().name("ACME").rule(TestRule.of("WPS-ORG-010", Severity.INFO,
        "Signatory {name}", Signatory.class,
        (s, rule, out) -> out.report(rule, Location.root().field("name"), s.name()))).build();
    ValidationReport report = Validator.of(set, CONTEXT)
        .validate(Signatory.builder().name("Norway").kind(SignatoryKind.MEMBER_STATE).build());
    assertThat(report.issues()).extracting(ValidationIssue::objectId).containsExactly("Norway");
  }

  /** A type whose name is part of another listed type's name is still listed (it was dropped). */
  @Test
  void aTypeNamedInsideAnotherTypesNameIsListedToo() {
    RuleSet set = RuleSet.builder().name("ACME")
        .rule(TestRule.judgingNothing("WPS-ORG-007", Notebook.class))
        .rule(TestRule.judgingNothing("WPS-ORG-008", Note.class))
        .rule(TestRule.judgingNothing("WPS-ORG-009", Note.class))
        .build();
    assertThatThrownBy(() -> Validator.of(set, CONTEXT).validate(42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Objects of type java.lang.Integer cannot be validated; supported kinds: "
            + BUILT_IN_KINDS + ", " + Notebook.class.getName() + ", " + Note.class.getName());
  }

  record Note(String id) {}

  record Notebook(String id) {}

  @Test
  void aDisabledParityRuleJudgesNoAnalysis() {
    List<Deployment> below = List.of(
        deployment("UNMISS", "RWA", MILITARY_CONTINGENTS, "2021-06-30", 30, 970));
    ParityAnalysis analysis = ParityAnalysis.of(below, CATALOG.parityTargets());
    assertThat(catalogValidator().validateParity(analysis).issues()).hasSize(1);
    RuleSet noParity = RuleSet.builder().name("no-parity").disable("WPS-PAR-001").build();
    ValidationReport report = Validator.of(noParity, CATALOG).validateParity(analysis);
    assertThat(report.issues()).isEmpty();
    assertThat(report.skipped()).isEmpty();
  }

  /** An Error escapes validate; what the rule reported before it must not leak into the next one. */
  @Test
  void aValidatorUsedAgainAfterAnErrorStartsClean() {
    RuleSet set = RuleSet.builder().name("fatal").rule(reportsThenFails()).build();
    Validator v = Validator.of(set, CONTEXT);
    assertThatThrownBy(() -> v.validate(new ValidatorTest.Memo("m1", "")))
        .isInstanceOf(AssertionError.class)
        .hasMessage("fatal");
    assertThat(v.validate(res1325())).isSameAs(ValidationReport.empty());
  }

  /** A second rule judging memos. */
  private static TestRule<ValidatorTest.Memo> memoShort() {
    return TestRule.of("WPS-ORG-004", Severity.INFO, "Memo {id} is long", ValidatorTest.Memo.class,
        (m, rule, out) -> {
          if (m.text().length() > 100) {
            out.report(rule, Location.root().field("text"), m.id());
          }
        });
  }

  /** On a memo, a rule that reports, then fails with an Error (which the validator does not catch). */
  private static TestRule<Object> reportsThenFails() {
    return TestRule.of("WPS-ORG-006", Severity.ERROR, "Found {what}", Object.class,
        (subject, rule, out) -> {
          if (subject instanceof ValidatorTest.Memo) {
            out.report(rule, Location.root(), "something");
            throw new AssertionError("fatal");
          }
        });
  }
}
