package io.github.wpskit.wps.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Thousands of valid-by-construction objects of every kind, from seeded generators, through every
 * validator: none throws, and no engine issue (WPS-SYS-*: a rule that threw, an unsupported kind)
 * appears, alone or in mixed batches.
 */
class GeneratedObjectsTest {
  private static final int N = 3_000;

  /** A context with some generated reference data besides the catalog and the fixtures. */
  static ValidationContext context(long seed) {
    Generators g = new Generators(seed);
    ValidationContext.Builder b = Fixtures.CATALOG.toBuilder();
    for (int i = 0; i < 50; i++) {
      b.add(g.mandate()).add(g.table()).add(g.signatory()).add(g.commitment());
    }
    return b.build();
  }

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of("Mission", (KindSource) Generators::mission),
        Arguments.of("Mandate", (KindSource) Generators::mandate),
        Arguments.of("GenderStaffingTable", (KindSource) Generators::table),
        Arguments.of("CompactCommitment", (KindSource) Generators::commitment),
        Arguments.of("CompactReport", (KindSource) Generators::report),
        Arguments.of("Deployment", (KindSource) Generators::deployment),
        Arguments.of("Resolution", (KindSource) Generators::resolution));
  }

  /** Makes one object of a kind from a generator. */
  interface KindSource {
    Object make(Generators g);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void everyGeneratedObjectGetsAReportWithoutEngineIssues(String kind, KindSource source) {
    Generators g = new Generators(kind.hashCode());
    for (ValidationContext ctx : List.of(ValidationContext.empty(), context(7))) {
      Validator v = Validator.of(ctx);
      for (int i = 0; i < N; i++) {
        Object o = source.make(g);
        ValidationReport report = v.validate(o);
        assertThat(report.issues()).as("%s", o).noneMatch(x -> x.ruleId().area().equals("SYS"));
      }
    }
  }

  @Test
  void mixedBatchesGetOneReportWithoutEngineIssues() {
    Generators g = new Generators(2493);
    Validator v = Validator.of(context(8));
    int issues = 0;
    for (int round = 0; round < 30; round++) {
      List<Object> batch = g.mixed(200);
      ValidationReport report = v.validateAll(batch);
      assertThat(report.issues()).noneMatch(x -> x.ruleId().area().equals("SYS"));
      issues += report.issues().size();
    }
    assertThat(issues).as("the generators reach the rules").isPositive();
  }

  @Test
  void generatedDataReachesEveryRule() {
    Generators g = new Generators(1325);
    Validator v = Validator.of(context(9));
    java.util.Set<String> seen = new java.util.TreeSet<>();
    for (int round = 0; round < 30; round++) {
      ValidationReport report = v.validateAll(g.mixed(300));
      report.issues().forEach(i -> seen.add(i.ruleId().area()));
    }
    assertThat(seen).contains("RES", "MND", "MSN", "GND", "CPT", "PAR");
  }
}
