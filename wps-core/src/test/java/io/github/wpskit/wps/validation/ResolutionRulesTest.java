package io.github.wpskit.wps.validation;

import static io.github.wpskit.wps.validation.Fixtures.issue;
import static io.github.wpskit.wps.validation.Fixtures.res1325;
import static io.github.wpskit.wps.validation.Fixtures.resolution;
import static io.github.wpskit.wps.validation.Fixtures.validator;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.resolution.Vote;
import io.github.wpskit.wps.resolution.WpsPillar;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One passing and one failing case (at least) for every resolution rule. */
class ResolutionRulesTest {
  private static final Severity E = Severity.ERROR;

  static Stream<Arguments> passing() {
    return Stream.of(
        Arguments.of("WPS-RES-001 symbol year equals adoption year", res1325()),
        Arguments.of(
            "WPS-RES-002 first meeting day itself",
            resolution("S/RES/1 (1946)", "1946-01-17").vote(Vote.withoutVote()).build()),
        Arguments.of(
            "WPS-RES-003 adopted today", resolution("S/RES/2800 (2025)", "2025-06-01").build()),
        Arguments.of(
            "WPS-RES-004 nine in favour since 1965-08-31",
            resolution("S/RES/2467 (2019)", "2019-04-23").vote(Vote.recorded(9, 0, 6, 0)).build()),
        Arguments.of(
            "WPS-RES-004 seven in favour the day before 1965-08-31",
            resolution("S/RES/210 (1965)", "1965-08-30").vote(Vote.recorded(7, 0, 4, 0)).build()),
        Arguments.of(
            "WPS-RES-004 adopted without a vote",
            resolution("S/RES/1 (1946)", "1946-01-25").vote(Vote.withoutVote()).build()),
        Arguments.of(
            "WPS-RES-005 eleven members before 1965-08-31",
            resolution("S/RES/100 (1953)", "1953-10-27").vote(Vote.recorded(9, 0, 1, 1)).build()),
        Arguments.of(
            "WPS-RES-006 not on the WPS agenda, no pillars",
            resolution("S/RES/2538 (2020)", "2020-08-28").build()),
        Arguments.of(
            "WPS-RES-006 WPS agenda with one pillar",
            resolution("S/RES/1820 (2008)", "2008-06-19").wpsAgenda(true)
                .addPillars(WpsPillar.PROTECTION).build()),
        Arguments.of(
            "WPS-RES-007 recalls older resolutions, same year allowed",
            resolution("S/RES/1889 (2009)", "2009-10-05")
                .addRecalls(ResolutionSymbol.of(1325, 2000), ResolutionSymbol.of(1888, 2009))
                .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("passing")
  void passes(String name, Resolution r) {
    ValidationReport report = validator().validate(r);
    assertThat(report.issues()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  static Stream<Arguments> failing() {
    return Stream.of(
        Arguments.of(
            resolution("S/RES/1325 (2001)", "2000-10-31").build(),
            issue("WPS-RES-001", E, "$.adopted", "S/RES/1325 (2001)",
                "The symbol S/RES/1325 (2001) carries the year 2001 but the resolution was adopted"
                    + " on 2000-10-31")),
        Arguments.of(
            resolution("S/RES/1 (1946)", "1946-01-16").vote(Vote.withoutVote()).build(),
            issue("WPS-RES-002", E, "$.adopted", "S/RES/1 (1946)",
                "Adopted on 1946-01-16, before the Security Council's first meeting on 1946-01-17")),
        Arguments.of(
            resolution("S/RES/2800 (2025)", "2025-06-02").build(),
            issue("WPS-RES-003", E, "$.adopted", "S/RES/2800 (2025)",
                "Adopted on 2025-06-02, after today (2025-06-01)")),
        Arguments.of(
            resolution("S/RES/2467 (2019)", "2019-04-23").vote(Vote.recorded(8, 0, 7, 0)).build(),
            issue("WPS-RES-004", E, "$.vote.inFavour", "S/RES/2467 (2019)",
                "Adopted with 8 votes in favour (8-0-7), but the Charter required 9 on"
                    + " 2019-04-23")),
        Arguments.of(
            resolution("S/RES/211 (1965)", "1965-08-31").vote(Vote.recorded(8, 0, 3, 0)).build(),
            issue("WPS-RES-004", E, "$.vote.inFavour", "S/RES/211 (1965)",
                "Adopted with 8 votes in favour (8-0-3), but the Charter required 9 on"
                    + " 1965-08-31")),
        Arguments.of(
            resolution("S/RES/100 (1953)", "1953-10-27").vote(Vote.recorded(6, 0, 5, 0)).build(),
            issue("WPS-RES-004", E, "$.vote.inFavour", "S/RES/100 (1953)",
                "Adopted with 6 votes in favour (6-0-5), but the Charter required 7 on"
                    + " 1953-10-27")),
        Arguments.of(
            resolution("S/RES/100 (1953)", "1953-10-27").vote(Vote.recorded(9, 0, 3, 0)).build(),
            issue("WPS-RES-005", E, "$.vote", "S/RES/100 (1953)",
                "The vote records 12 members (9-0-3) but the Council had 11 members on"
                    + " 1953-10-27")),
        Arguments.of(
            resolution("S/RES/1325 (2000)", "2000-10-31").wpsAgenda(true).build(),
            issue("WPS-RES-006", Severity.WARNING, "$.pillars", "S/RES/1325 (2000)",
                "The WPS-agenda resolution S/RES/1325 (2000) names no WPS pillar")),
        Arguments.of(
            resolution("S/RES/1820 (2008)", "2008-06-19")
                .addRecalls(ResolutionSymbol.of(1325, 2000), ResolutionSymbol.of(1888, 2009))
                .build(),
            issue("WPS-RES-007", E, "$.recalls[1]", "S/RES/1820 (2008)",
                "Recalls S/RES/1888 (2009), which is not older than S/RES/1820 (2008)")),
        Arguments.of(
            resolution("S/RES/1820 (2008)", "2008-06-19")
                .addRecalls(ResolutionSymbol.of(1000, 2010))
                .build(),
            issue("WPS-RES-007", E, "$.recalls[0]", "S/RES/1820 (2008)",
                "Recalls S/RES/1000 (2010), which is not older than S/RES/1820 (2008)")),
        Arguments.of(
            resolution("S/RES/1820 (2009)", "2009-06-19")
                .addRecalls(ResolutionSymbol.of(1820, 2008))
                .build(),
            issue("WPS-RES-007", E, "$.recalls[0]", "S/RES/1820 (2009)",
                "Recalls S/RES/1820 (2008), which is not older than S/RES/1820 (2009)")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("failing")
  void fails(Resolution r, ValidationIssue expected) {
    ValidationReport report = validator().validate(r);
    assertThat(report.issues()).containsExactly(expected);
    assertThat(report.isValid()).isEqualTo(expected.severity() != Severity.ERROR);
  }

  @Test
  void recalledResolutionInTheContextAdoptedEarlierPasses() {
    Resolution r1820 =
        resolution("S/RES/1820 (2008)", "2008-06-19").addRecalls(ResolutionSymbol.of(1325, 2000)).build();
    Validator v = Fixtures.validator().withContext(Fixtures.CONTEXT.toBuilder().add(res1325()).build());
    assertThat(v.validate(r1820)).isSameAs(ValidationReport.empty());
  }

  @Test
  void recalledResolutionInTheContextAdoptedLaterFails() {
    Resolution misdated1325 = resolution("S/RES/1325 (2000)", "2008-07-01").build();
    Resolution r1820 =
        resolution("S/RES/1820 (2008)", "2008-06-19").addRecalls(ResolutionSymbol.of(1325, 2000)).build();
    Validator v =
        Fixtures.validator().withContext(Fixtures.CONTEXT.toBuilder().add(misdated1325).build());
    assertThat(v.validate(r1820).issues())
        .containsExactly(
            issue("WPS-RES-008", E, "$.recalls[0]", "S/RES/1820 (2008)",
                "Recalls S/RES/1325 (2000), adopted on 2008-07-01, after this resolution's adoption"
                    + " on 2008-06-19"));
  }

  @Test
  void recalledResolutionAdoptedLaterIsReportedAtItsOwnIndex() {
    Resolution misdated1674 = resolution("S/RES/1674 (2006)", "2008-07-01").build();
    Resolution r1820 = resolution("S/RES/1820 (2008)", "2008-06-19")
        .addRecalls(ResolutionSymbol.of(1325, 2000), ResolutionSymbol.of(1674, 2006)).build();
    Validator v = Fixtures.validator()
        .withContext(Fixtures.CONTEXT.toBuilder().add(res1325()).add(misdated1674).build());
    assertThat(v.validate(r1820).issues())
        .containsExactly(
            issue("WPS-RES-008", E, "$.recalls[1]", "S/RES/1820 (2008)",
                "Recalls S/RES/1674 (2006), adopted on 2008-07-01, after this resolution's adoption"
                    + " on 2008-06-19"));
  }

  @Test
  void recalledResolutionMissingFromTheContextIsSkipped() {
    Resolution r1820 =
        resolution("S/RES/1820 (2008)", "2008-06-19").addRecalls(ResolutionSymbol.of(1325, 2000)).build();
    ValidationReport report = validator().validate(r1820);
    assertThat(report.issues()).isEmpty();
    assertThat(report.skipped())
        .containsExactly(
            SkippedRule.of(RuleId.parse("WPS-RES-008"), "S/RES/1820 (2008)",
                "the recalled resolution S/RES/1325 (2000) is not in the validation context"));
  }

  @Test
  void voteRulesAreSkippedWithoutAVote() {
    Resolution r = Resolution.builder()
        .symbol(ResolutionSymbol.of(1325, 2000))
        .adopted(LocalDate.of(2000, 10, 31))
        .build();
    ValidationReport report = validator().validate(r);
    assertThat(report.issues()).isEmpty();
    assertThat(report.isValid()).isTrue();
    assertThat(report.skipped())
        .containsExactly(
            SkippedRule.of(RuleId.parse("WPS-RES-004"), "S/RES/1325 (2000)", "no vote recorded"),
            SkippedRule.of(RuleId.parse("WPS-RES-005"), "S/RES/1325 (2000)", "no vote recorded"));
  }

  @Test
  void severalIssuesOfOneResolutionAreSortedByLocationThenRule() {
    Resolution r = resolution("S/RES/1820 (2009)", "2008-06-19")
        .wpsAgenda(true)
        .vote(Vote.recorded(8, 0, 7, 0))
        .addRecalls(ResolutionSymbol.of(1888, 2009), ResolutionSymbol.of(1325, 2000))
        .build();
    assertThat(validator().validate(r).issues())
        .extracting(i -> i.ruleId() + " " + i.location())
        .containsExactly(
            "WPS-RES-001 $.adopted",
            "WPS-RES-006 $.pillars",
            "WPS-RES-007 $.recalls[0]",
            "WPS-RES-004 $.vote.inFavour");
  }

  @Test
  void everyResolutionRuleIsInTheCatalogue() {
    List<RuleDescriptor> resolutionRules =
        RuleCatalogue.rules().stream().filter(d -> d.id().area().equals("RES")).toList();
    assertThat(resolutionRules).extracting(d -> d.id().toString())
        .containsExactly("WPS-RES-001", "WPS-RES-002", "WPS-RES-003", "WPS-RES-004",
            "WPS-RES-005", "WPS-RES-006", "WPS-RES-007", "WPS-RES-008");
  }
}
