package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.compact.CompactCommitment;
import io.github.wpskit.wps.compact.CompactReport;
import io.github.wpskit.wps.compact.FrameworkActionCode;
import io.github.wpskit.wps.compact.Signatory;
import io.github.wpskit.wps.compact.SignatoryKind;
import io.github.wpskit.wps.gender.GenderPost;
import io.github.wpskit.wps.gender.GenderRole;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.gender.MissionComponent;
import io.github.wpskit.wps.gender.PostStatus;
import io.github.wpskit.wps.gender.ReportingLine;
import io.github.wpskit.wps.mission.Closure;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.PersonnelType;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.resolution.Vote;
import io.github.wpskit.wps.resolution.WpsPillar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

/**
 * Shared test data: a fixed clock (today is 2025-06-01), resolutions, and a context holding the
 * reference catalog plus two FICTIONAL missions with fictional resolutions numbered from 90001 (no
 * real resolution has such a number), so that rule tests state no fact about the UN:
 * <ul>
 *   <li>UNTM, multidimensional, established by S/RES/90001 (2020) of 2020-12-20, started 2021-01-01;
 *       S/RES/90002 (2021) of 2021-12-20 exists too;
 *   <li>UNCM, started 2015-01-01, mandate ended 2020-06-30 by S/RES/90010 (2020) of 2020-06-15,
 *       withdrawal by 2020-12-31; S/RES/90003 (2019) of 2019-06-01 exists too.
 * </ul>
 */
final class Fixtures {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
  static final ValidationContext CONTEXT = ValidationContext.builder().clock(CLOCK).build();

  static final MissionAcronym UNTM = MissionAcronym.parse("UNTM");
  static final MissionAcronym UNCM = MissionAcronym.parse("UNCM");

  static Mission untm() {
    return Mission.builder().acronym(UNTM).name("United Nations Test Mission").host("Testland")
        .addEstablishedBy(ResolutionSymbol.of(90001, 2020)).established(Year.of(2021))
        .started(LocalDate.of(2021, 1, 1)).multidimensional(true).build();
  }

  static Mission uncm() {
    return Mission.builder().acronym(UNCM).name("United Nations Closed Mission").host("Testland")
        .established(Year.of(2015)).started(LocalDate.of(2015, 1, 1))
        .closure(Closure.builder().mandateEnded(LocalDate.of(2020, 6, 30))
            .withdrawalDeadline(LocalDate.of(2020, 12, 31))
            .decidedBy(ResolutionSymbol.of(90010, 2020)).build())
        .build();
  }

  /** The reference catalog, the fictional missions and resolutions, and the fixed clock. */
  static final ValidationContext CATALOG =
      ValidationContext.of(ReferenceCatalog.standard()).toBuilder()
          .clock(CLOCK)
          .add(resolution("S/RES/90001 (2020)", "2020-12-20").build())
          .add(resolution("S/RES/90002 (2021)", "2021-12-20").build())
          .add(resolution("S/RES/90003 (2019)", "2019-06-01").build())
          .add(resolution("S/RES/90010 (2020)", "2020-06-15").build())
          .add(untm())
          .add(uncm())
          .build();

  /** What a validator with the catalog reports when it finds nothing: no issue, the horizon named. */
  static final ValidationReport NOTHING_FOUND = ValidationReport.of(
      List.of(), List.of(), Validator.LIBRARY_VERSION, RuleCatalogue.VERSION,
      LocalDate.of(2026, 1, 27));

  private Fixtures() {}

  static Validator catalogValidator() {
    return Validator.of(RuleSet.defaults(), CATALOG);
  }

  /** A mandate without tasks. */
  static Mandate.Builder mandate(String mission, String symbol, String start, String end) {
    Mandate.Builder b = Mandate.builder();
    b.mission(MissionAcronym.parse(mission)).authorisedBy(ResolutionSymbol.parse(symbol))
        .start(LocalDate.parse(start)).end(LocalDate.parse(end));
    return b;
  }

  /** A filled post without level or functions. */
  static GenderPost post(
      String id, String mission, GenderRole role, MissionComponent component, ReportingLine line) {
    return GenderPost.builder().postId(id).mission(MissionAcronym.parse(mission)).role(role)
        .component(component).reportingLine(line).status(PostStatus.FILLED).build();
  }

  /** The Senior Gender Adviser post a multidimensional mission's table needs. */
  static GenderPost seniorGenderAdviser(String mission) {
    return post("SGA-1", mission, GenderRole.SENIOR_GENDER_ADVISER, MissionComponent.CIVILIAN,
        ReportingLine.MISSION_LEADERSHIP);
  }

  /** A table with the given posts. */
  static GenderStaffingTable table(String mission, String asOf, GenderPost... posts) {
    GenderStaffingTable.Builder b = GenderStaffingTable.builder();
    b.mission(MissionAcronym.parse(mission)).asOf(LocalDate.parse(asOf)).addPosts(posts);
    return b.build();
  }

  static Signatory signatory(String name) {
    return Signatory.builder().name(name).kind(SignatoryKind.MEMBER_STATE).build();
  }

  /** A commitment whose area is the action's, with target year 2025 and no indicators. */
  static CompactCommitment.Builder commitment(String id, String signatory, String action) {
    FrameworkActionCode code = FrameworkActionCode.parse(action);
    CompactCommitment.Builder b = CompactCommitment.builder();
    b.id(id).signatory(signatory).thematicArea(code.thematicArea()).action(code)
        .description("Test commitment").targetYear(Year.of(2025));
    return b;
  }

  /** A report without entries. */
  static CompactReport.Builder report(String signatory, int year) {
    CompactReport.Builder b = CompactReport.builder();
    b.signatory(signatory).reportingYear(Year.of(year));
    return b;
  }

  static Deployment deployment(
      String mission, String country, PersonnelType category, String date, int women, int men) {
    Deployment.Builder b = Deployment.builder();
    b.mission(MissionAcronym.parse(mission)).contributingCountry(CountryCode.parse(country))
        .personnelType(category).reportingDate(LocalDate.parse(date)).women(women).men(men);
    return b.build();
  }

  /** A resolution with a symbol and an adoption date, and a unanimous 15-member vote. */
  static Resolution.Builder resolution(String symbol, String adopted) {
    Resolution.Builder b = Resolution.builder();
    b.symbol(ResolutionSymbol.parse(symbol)).adopted(LocalDate.parse(adopted)).vote(Vote.unanimous(15));
    return b;
  }

  /** S/RES/1325 (2000) as the fact sheet confirms it. */
  static Resolution res1325() {
    return resolution("S/RES/1325 (2000)", "2000-10-31")
        .wpsAgenda(true)
        .pillars(EnumSet.allOf(WpsPillar.class))
        .build();
  }

  static Validator validator() {
    return Validator.of(RuleSet.defaults(), CONTEXT);
  }

  /** An expected issue of a built-in rule (its catalogue source) or of a test rule ("Test policy"). */
  static ValidationIssue issue(
      String ruleId, Severity severity, String location, String objectId, String message) {
    RuleId id = RuleId.parse(ruleId);
    return issue(ruleId, severity, location, objectId, message,
        RuleCatalogue.find(id).map(RuleDescriptor::source).orElse("Test policy"));
  }

  /** An expected issue with its source. */
  static ValidationIssue issue(
      String ruleId, Severity severity, String location, String objectId, String message,
      String source) {
    return ValidationIssue.of(
        RuleId.parse(ruleId), severity, Location.parse(location), objectId, message, source);
  }
}
