package io.github.wpskit.wps.validation;

import static io.github.wpskit.wps.validation.Fixtures.CONTEXT;
import static io.github.wpskit.wps.validation.Fixtures.issue;
import static io.github.wpskit.wps.validation.Fixtures.res1325;
import static io.github.wpskit.wps.validation.Fixtures.resolution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.resolution.Vote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  /** A custom rule: a resolution has a title. */
  static class TitleRequired implements ValidationRule<Resolution> {
    static final RuleDescriptor RULE =
        RuleDescriptor.builder()
            .id("WPS-ORG-001")
            .severity(Severity.INFO)
            .title("A resolution has a title")
            .messageTemplate("Resolution {symbol} has no title")
            .rationale("Our portal lists titles.")
            .source("ACME data policy 2024, section 3")
            .build();

    @Override
    public RuleDescriptor descriptor() {
      return RULE;
    }

    @Override
    public Class<Resolution> subjectType() {
      return Resolution.class;
    }

    @Override
    public void check(Resolution r, ValidationContext ctx, IssueCollector out) {
      if (r.title().isEmpty()) {
        out.report(RULE, Location.root().field("title"), r.symbol());
      }
    }
  }

  /** A custom rule with a bug: it throws after reporting once. */
  static final class Throwing implements ValidationRule<Object> {
    static final RuleDescriptor RULE =
        RuleDescriptor.builder()
            .id("WPS-ORG-002")
            .severity(Severity.WARNING)
            .title("Broken")
            .messageTemplate("Found {what}")
            .rationale("Testing")
            .source("Test policy")
            .build();

    private final boolean withTrace;

    Throwing(boolean withTrace) {
      this.withTrace = withTrace;
    }

    @Override
    public RuleDescriptor descriptor() {
      return RULE;
    }

    @Override
    public Class<Object> subjectType() {
      return Object.class;
    }

    @Override
    public void check(Object subject, ValidationContext ctx, IssueCollector out) {
      out.report(RULE, Location.root(), "something");
      IllegalStateException e = new IllegalStateException("boom");
      if (!withTrace) {
        e.setStackTrace(new StackTraceElement[0]);
      }
      throw e;
    }
  }

  /** An integrator's own type, judged by a custom rule. */
  record Memo(String id, String text) {
    @Override
    public String toString() {
      return "memo " + id;
    }
  }

  static final class MemoNotEmpty implements ValidationRule<Memo> {
    static final RuleDescriptor RULE =
        RuleDescriptor.builder()
            .id("WPS-ORG-003")
            .severity(Severity.ERROR)
            .title("A memo has text")
            .messageTemplate("Memo {id} is empty")
            .rationale("Empty memos carry nothing.")
            .source("ACME data policy 2024, section 4")
            .build();

    @Override
    public RuleDescriptor descriptor() {
      return RULE;
    }

    @Override
    public Class<Memo> subjectType() {
      return Memo.class;
    }

    @Override
    public void check(Memo m, ValidationContext ctx, IssueCollector out) {
      if (m.text().isEmpty()) {
        out.report(RULE, Location.root().field("text"), m.id());
      }
    }
  }

  private static final Resolution BAD_YEAR = resolution("S/RES/1325 (2001)", "2000-10-31").build();
  private static final ValidationIssue BAD_YEAR_ISSUE =
      issue("WPS-RES-001", Severity.ERROR, "$.adopted", "S/RES/1325 (2001)",
          "The symbol S/RES/1325 (2001) carries the year 2001 but the resolution was adopted on"
              + " 2000-10-31");

  @Test
  void validObjectGivesTheSharedEmptyReport() {
    ValidationReport report = Fixtures.validator().validate(res1325());
    assertThat(report).isSameAs(ValidationReport.empty());
    assertThat(report.libraryVersion()).isEqualTo(Validator.LIBRARY_VERSION);
    assertThat(report.catalogueVersion()).isEqualTo(RuleCatalogue.VERSION);
  }

  @Test
  void disabledRuleReportsNothing() {
    RuleSet set = RuleSet.builder().name("lenient").disable("WPS-RES-001").build();
    assertThat(Validator.of(set, CONTEXT).validate(BAD_YEAR).issues()).isEmpty();
  }

  @Test
  void disabledRuleIsNotSkippedEither() {
    RuleSet set = RuleSet.builder().name("no votes").disable("WPS-RES-004").build();
    Resolution noVote = Resolution.builder().symbol(ResolutionSymbol.of(1325, 2000))
        .adopted(java.time.LocalDate.of(2000, 10, 31)).build();
    assertThat(Validator.of(set, CONTEXT).validate(noVote).skipped())
        .extracting(s -> s.ruleId().toString())
        .containsExactly("WPS-RES-005");
  }

  @Test
  void severityOverrideChangesTheIssueAndValidity() {
    RuleSet set = RuleSet.builder().name("soft").severity("WPS-RES-001", Severity.WARNING).build();
    ValidationReport report = Validator.of(set, CONTEXT).validate(BAD_YEAR);
    assertThat(report.issues())
        .containsExactly(
            ValidationIssue.of(BAD_YEAR_ISSUE.ruleId(), Severity.WARNING, BAD_YEAR_ISSUE.location(),
                BAD_YEAR_ISSUE.objectId(), BAD_YEAR_ISSUE.message(), BAD_YEAR_ISSUE.source()));
    assertThat(report.isValid()).isTrue();
    assertThat(report.warningCount()).isEqualTo(1);
  }

  @Test
  void customRuleRunsBesideTheBuiltInOnes() {
    RuleSet set = RuleSet.builder().name("ACME").rule(new TitleRequired()).build();
    ValidationReport report = Validator.of(set, CONTEXT).validate(BAD_YEAR);
    assertThat(report.issues())
        .containsExactly(
            BAD_YEAR_ISSUE,
            issue("WPS-ORG-001", Severity.INFO, "$.title", "S/RES/1325 (2001)",
                "Resolution S/RES/1325 (2001) has no title", "ACME data policy 2024, section 3"));
  }

  @Test
  void customRuleCanBeOverriddenAndDisabledLikeABuiltInOne() {
    RuleSet raised = RuleSet.builder().name("ACME strict").rule(new TitleRequired())
        .severity("WPS-ORG-001", Severity.ERROR).build();
    assertThat(Validator.of(raised, CONTEXT).validate(res1325()).issues())
        .extracting(ValidationIssue::severity).containsExactly(Severity.ERROR);
    RuleSet off = RuleSet.builder().from(raised).name("ACME off").disable("WPS-ORG-001").build();
    assertThat(Validator.of(off, CONTEXT).validate(res1325())).isSameAs(ValidationReport.empty());
  }

  @Test
  void throwingRuleBecomesAnErrorAndTheOtherRulesStillRun() {
    RuleSet set = RuleSet.builder().name("buggy").rule(new Throwing(false)).build();
    ValidationReport report = Validator.of(set, CONTEXT).validate(BAD_YEAR);
    assertThat(report.issues())
        .containsExactly(
            issue("WPS-ORG-002", Severity.WARNING, "$", "S/RES/1325 (2001)", "Found something"),
            issue("WPS-SYS-001", Severity.ERROR, "$", "S/RES/1325 (2001)",
                "Rule WPS-ORG-002 failed with java.lang.IllegalStateException: boom; its checks of"
                    + " this object are incomplete"),
            BAD_YEAR_ISSUE);
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void throwingRuleIssueNamesWhereItThrew() {
    RuleSet set = RuleSet.builder().name("buggy").rule(new Throwing(true)).build();
    ValidationIssue failure = Validator.of(set, CONTEXT).validate(res1325()).issues().get(1);
    assertThat(failure.ruleId()).isEqualTo(RuleId.parse("WPS-SYS-001"));
    assertThat(failure.message())
        .startsWith("Rule WPS-ORG-002 failed with java.lang.IllegalStateException: boom at "
            + Throwing.class.getName() + ".check(ValidatorTest.java:")
        .endsWith("); its checks of this object are incomplete");
  }

  @Test
  void ruleReportingTheWrongNumberOfValuesIsCaughtToo() {
    ValidationRule<Resolution> wrong = new TitleRequired() {
      @Override
      public void check(Resolution r, ValidationContext ctx, IssueCollector out) {
        out.report(RULE, Location.root());
      }
    };
    ValidationReport report =
        Validator.of(RuleSet.builder().name("x").rule(wrong).build(), CONTEXT).validate(res1325());
    assertThat(report.issues()).singleElement()
        .satisfies(i -> assertThat(i.message()).startsWith(
            "Rule WPS-ORG-001 failed with java.lang.IllegalArgumentException: Rule WPS-ORG-001 has 1"
                + " placeholders in its message template, got 0 values at "));
  }

  @Test
  void customKindIsSupportedThroughItsRule() {
    Validator v = Validator.of(RuleSet.builder().name("memos").rule(new MemoNotEmpty()).build(), CONTEXT);
    assertThat(v.supports(Memo.class)).isTrue();
    assertThat(v.validate(new Memo("M-1", "")).issues())
        .containsExactly(
            issue("WPS-ORG-003", Severity.ERROR, "$.text", "memo M-1", "Memo M-1 is empty",
                "ACME data policy 2024, section 4"));
  }

  /** A custom kind that prints badly: blank, or by throwing. */
  static final class Odd {
    final boolean throwing;

    Odd(boolean throwing) {
      this.throwing = throwing;
    }

    @Override
    public String toString() {
      if (throwing) {
        throw new UnsupportedOperationException("no text");
      }
      return " ";
    }
  }

  static final class OddRule implements ValidationRule<Odd> {
    static final RuleDescriptor RULE =
        RuleDescriptor.builder().id("WPS-ORG-004").severity(Severity.WARNING).title("Odd")
            .messageTemplate("Odd object").rationale("Testing").source("Test policy").build();

    @Override
    public RuleDescriptor descriptor() {
      return RULE;
    }

    @Override
    public Class<Odd> subjectType() {
      return Odd.class;
    }

    @Override
    public void check(Odd subject, ValidationContext context, IssueCollector out) {
      out.report(RULE, Location.root());
    }
  }

  @Test
  void objectsThatPrintBadlyAreNamedByTheirClass() {
    Validator v = Validator.of(RuleSet.builder().name("odd").rule(new OddRule()).build(), CONTEXT);
    String name = Odd.class.getName();
    assertThat(v.validate(new Odd(false)).issues())
        .containsExactly(issue("WPS-ORG-004", Severity.WARNING, "$", name, "Odd object"));
    assertThat(v.validate(new Odd(true)).issues())
        .containsExactly(
            issue("WPS-SYS-001", Severity.ERROR, "$", name,
                "Rule WPS-ORG-004 failed with java.lang.UnsupportedOperationException: no text at "
                    + Odd.class.getName() + ".toString(ValidatorTest.java:" + oddLine()
                    + "); its checks of this object are incomplete"));
  }

  private static int oddLine() {
    try {
      new Odd(true).toString();
      throw new AssertionError("expected a throw");
    } catch (UnsupportedOperationException e) {
      return e.getStackTrace()[0].getLineNumber();
    }
  }

  @Test
  void unsupportedKindAloneIsAProgrammingError() {
    assertThatThrownBy(() -> Fixtures.validator().validate("S/RES/1325 (2000)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Objects of type java.lang.String cannot be validated; supported kinds: Resolution,"
            + " Mission, Mandate, GenderStaffingTable, CompactCommitment, CompactReport, Deployment");
    assertThatThrownBy(() -> Fixtures.validator().validate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("subject");
  }

  @Test
  void unsupportedKindInABatchIsReported() {
    ValidationReport report = Fixtures.validator().validateAll(List.of(res1325(), 42, BAD_YEAR));
    assertThat(report.issues())
        .containsExactly(
            BAD_YEAR_ISSUE,
            issue("WPS-SYS-002", Severity.ERROR, "$", "batch[1]",
                "Objects of type java.lang.Integer cannot be validated; supported kinds:"
                    + " Resolution, Mission, Mandate, GenderStaffingTable, CompactCommitment,"
                    + " CompactReport, Deployment"));
  }

  @Test
  void batchObjectsAreInTheContextForCrossReferences() {
    Resolution r1820 = resolution("S/RES/1820 (2008)", "2008-06-19")
        .addRecalls(ResolutionSymbol.of(1325, 2000)).build();
    assertThat(Fixtures.validator().validate(r1820).skipped()).hasSize(1);
    assertThat(Fixtures.validator().validateAll(List.of(r1820, res1325())))
        .isSameAs(ValidationReport.empty());
  }

  @Test
  void batchWithANullElementIsAProgrammingError() {
    assertThatThrownBy(() -> Fixtures.validator().validateAll(Arrays.asList(res1325(), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("objects[1]");
  }

  @Test
  void emptyBatchGivesTheEmptyReport() {
    assertThat(Fixtures.validator().validateAll(List.of())).isSameAs(ValidationReport.empty());
  }

  /** Resolutions of every shape: valid, misdated, short of votes, without vote, recalling. */
  static List<Resolution> mixedResolutions(int n, long seed) {
    Random random = new Random(seed);
    List<Resolution> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int number = 1 + random.nextInt(2800);
      int year = 1946 + random.nextInt(80);
      java.time.LocalDate adopted =
          java.time.LocalDate.of(year + (random.nextInt(10) == 0 ? 1 : 0), 1 + random.nextInt(12), 1);
      Resolution.Builder b = Resolution.builder().symbol(ResolutionSymbol.of(number, year)).adopted(adopted);
      switch (random.nextInt(4)) {
        case 0 -> b.vote(Vote.recorded(random.nextInt(16), 0, 0, 0));
        case 1 -> b.vote(Vote.withoutVote());
        case 2 -> b.vote(Vote.unanimous(1 + random.nextInt(15)));
        default -> { }
      }
      if (random.nextBoolean()) {
        b.wpsAgenda(true);
      }
      for (int k = 0; k < random.nextInt(3); k++) {
        ResolutionSymbol recalled = ResolutionSymbol.of(1 + random.nextInt(2800), 1946 + random.nextInt(80));
        if (!recalled.equals(ResolutionSymbol.of(number, year))) {
          b.addRecalls(recalled);
        }
      }
      list.add(b.build());
    }
    return list;
  }

  @Test
  void oneValidatorSharedByThreadsGivesTheSameReportsAsAlone() throws Exception {
    List<Resolution> data = mixedResolutions(300, 1325);
    ValidationContext ctx = CONTEXT.toBuilder().addAll(data.subList(0, 100)).build();
    RuleSet set = RuleSet.builder().name("threads").rule(new TitleRequired())
        .severity("WPS-RES-006", Severity.INFO).build();
    Validator shared = Validator.of(set, ctx);
    List<ValidationReport> expected = new ArrayList<>();
    for (Resolution r : data) {
      expected.add(Validator.of(set, ctx).validate(r));
    }
    ValidationReport expectedBatch = Validator.of(set, ctx).validateAll(data);

    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long seed = t;
        Callable<Boolean> task = () -> {
          start.await();
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < data.size(); i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          for (int round = 0; round < 5; round++) {
            for (int i : order) {
              if (!shared.validate(data.get(i)).equals(expected.get(i))) {
                return false;
              }
            }
            if (!shared.validateAll(data).equals(expectedBatch)) {
              return false;
            }
          }
          return true;
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Boolean> f : results) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expectedBatch.issues()).isNotEmpty();
    assertThat(expectedBatch.skipped()).isNotEmpty();
  }

  @Test
  void oneValidatorSharedByThreadsGivesTheSameReportsAsAloneForEveryKind() throws Exception {
    List<Object> data = new Generators(1888).mixed(600);
    ValidationContext ctx = GeneratedObjectsTest.context(1960);
    Validator shared = Validator.of(ctx);
    List<ValidationReport> expected = new ArrayList<>();
    for (Object o : data) {
      // Signatories are reference data only: validated in batches, refused alone.
      expected.add(shared.supports(o.getClass()) ? Validator.of(ctx).validate(o) : null);
    }
    ValidationReport expectedBatch = Validator.of(ctx).validateAll(data);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        long seed = t;
        results.add(pool.submit(() -> {
          start.await();
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < data.size(); i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          for (int round = 0; round < 3; round++) {
            for (int i : order) {
              if (expected.get(i) != null && !shared.validate(data.get(i)).equals(expected.get(i))) {
                return false;
              }
            }
            if (!shared.validateAll(data).equals(expectedBatch)) {
              return false;
            }
          }
          return true;
        }));
      }
      start.countDown();
      for (Future<Boolean> f : results) {
        assertThat(f.get(120, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expectedBatch.issues()).extracting(i -> i.ruleId().area())
        .contains("RES", "MND", "MSN", "GND", "CPT", "PAR");
  }

  @Test
  void ruleValidatingAnotherObjectFromInsideCheckGetsItsOwnReport() {
    // The validator reuses one collector per thread; a nested validation must not share it.
    Validator inner = Fixtures.validator();
    ValidationRule<Resolution> nesting = new TitleRequired() {
      @Override
      public void check(Resolution r, ValidationContext ctx, IssueCollector out) {
        assertThat(inner.validate(BAD_YEAR).issues()).containsExactly(BAD_YEAR_ISSUE);
        super.check(r, ctx, out);
      }
    };
    Validator outer = Validator.of(RuleSet.builder().name("nesting").rule(nesting).build(), CONTEXT);
    ValidationReport report = outer.validate(BAD_YEAR);
    assertThat(report.issues()).containsExactly(
        BAD_YEAR_ISSUE,
        issue("WPS-ORG-001", Severity.INFO, "$.title", "S/RES/1325 (2001)",
            "Resolution S/RES/1325 (2001) has no title", "ACME data policy 2024, section 3"));
    assertThat(inner.validate(res1325())).isSameAs(ValidationReport.empty());
    assertThat(outer.validate(BAD_YEAR)).isEqualTo(report);
  }

  @Test
  void generatedResolutionsNeverMakeTheValidatorThrow() {
    Validator v = Validator.of(RuleSet.defaults(), CONTEXT);
    for (Resolution r : mixedResolutions(5_000, 2000)) {
      ValidationReport report = v.validate(r);
      assertThat(report.issues()).noneMatch(i -> i.ruleId().area().equals("SYS"));
    }
  }
}
