package io.github.wpskit.wps.json;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.compact.CompactCommitment;
import io.github.wpskit.wps.compact.CompactReport;
import io.github.wpskit.wps.compact.FrameworkActionCode;
import io.github.wpskit.wps.compact.Indicator;
import io.github.wpskit.wps.compact.ProgressEntry;
import io.github.wpskit.wps.compact.ProgressRating;
import io.github.wpskit.wps.compact.Signatory;
import io.github.wpskit.wps.compact.SignatoryKind;
import io.github.wpskit.wps.compact.ThematicArea;
import io.github.wpskit.wps.gender.GenderFunction;
import io.github.wpskit.wps.gender.GenderPost;
import io.github.wpskit.wps.gender.GenderRole;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.gender.MissionComponent;
import io.github.wpskit.wps.gender.PostStatus;
import io.github.wpskit.wps.gender.ReportingLine;
import io.github.wpskit.wps.mission.Closure;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.MandateTask;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.PersonnelType;
import io.github.wpskit.wps.mission.TaskCategory;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityRow;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import io.github.wpskit.wps.parity.ParityTargets;
import io.github.wpskit.wps.policy.PolicyReference;
import io.github.wpskit.wps.resolution.MeetingRecord;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.resolution.Vote;
import io.github.wpskit.wps.resolution.WpsPillar;
import io.github.wpskit.wps.validation.Location;
import io.github.wpskit.wps.validation.RuleId;
import io.github.wpskit.wps.validation.Severity;
import io.github.wpskit.wps.validation.SkippedRule;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generators of valid wps values for property tests: typical values most of the time, the
 * extremes of every range often enough (a quarter of draws) to be hit in every run.
 */
final class Generators {
  private static final String[] WORDS = {
    "women", "peace", "security", "Résolution", "قرار", "決議", "🕊", "\"quoted\"", "back\\slash",
    "tab\tin", "line\nbreak", "ctrl\u0001", "/", "<>&", "'", "\u00a0nbsp", "مرأة"
  };

  private Generators() {}

  static boolean extreme(Random r) {
    return r.nextInt(4) == 0;
  }

  static int between(Random r, int min, int max) {
    if (extreme(r)) {
      return r.nextBoolean() ? min : max;
    }
    return min + r.nextInt(max - min + 1);
  }

  static LocalDate date(Random r) {
    if (extreme(r)) {
      return r.nextBoolean() ? LocalDate.of(0, 1, 1) : LocalDate.of(9999, 12, 31);
    }
    return LocalDate.ofEpochDay(between(r, -10_000, 40_000));
  }

  /** Valid text: not blank, no outer white space, up to the 10 000-character limit. */
  static String text(Random r) {
    if (r.nextInt(20) == 0) {
      StringBuilder sb = new StringBuilder(10_000);
      while (sb.length() < 10_000) {
        sb.append((char) ('a' + r.nextInt(26)));
      }
      return sb.toString();
    }
    if (r.nextInt(10) == 0) {
      return "x";
    }
    int n = 1 + r.nextInt(8);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    }
    return "T " + sb + " .";
  }

  static ResolutionSymbol symbol(Random r) {
    return ResolutionSymbol.of(
        between(r, ResolutionSymbol.MIN_NUMBER, ResolutionSymbol.MAX_NUMBER),
        between(r, ResolutionSymbol.MIN_YEAR, ResolutionSymbol.MAX_YEAR));
  }

  static MeetingRecord meeting(Random r) {
    return MeetingRecord.of(between(r, 1, MeetingRecord.MAX_NUMBER));
  }

  static Vote vote(Random r) {
    switch (r.nextInt(5)) {
      case 0:
        return Vote.withoutVote();
      case 1:
        return Vote.unanimous(between(r, 1, 15));
      default:
        int[] counts = new int[4];
        int left = Vote.MAX_MEMBERS;
        for (int i = 0; i < 4; i++) {
          counts[i] = r.nextInt(left + 1);
          left -= counts[i];
        }
        return Vote.recorded(counts[0], counts[1], counts[2], counts[3]);
    }
  }

  static Resolution resolution(Random r) {
    ResolutionSymbol symbol = symbol(r);
    Resolution.Builder b = Resolution.builder().symbol(symbol).adopted(date(r));
    if (r.nextBoolean()) {
      b.meeting(meeting(r));
    }
    if (r.nextBoolean()) {
      b.vote(vote(r));
    }
    if (r.nextBoolean()) {
      b.title(text(r));
    }
    if (r.nextBoolean()) {
      b.summary(text(r));
    }
    b.wpsAgenda(r.nextBoolean());
    for (WpsPillar pillar : WpsPillar.values()) {
      if (r.nextBoolean()) {
        b.addPillars(pillar);
      }
    }
    int recalls = r.nextInt(10) == 0 ? 500 : r.nextInt(4);
    List<ResolutionSymbol> recalled = new ArrayList<>();
    for (int i = 0; i < recalls; i++) {
      ResolutionSymbol s = symbol(r);
      if (!s.equals(symbol) && !recalled.contains(s)) {
        recalled.add(s);
      }
    }
    return b.addAllRecalls(recalled).build();
  }

  private static final String[] COUNTRIES =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).toArray(new String[0]);
  private static final String[] POLICY_CODES = {
    "A4P.1", "A4P.2", "A4P.3", "A4P.4", "A4P.5", "A4P.6", "A4P.7", "A4P.8", "A4P+.T1", "A4P+.T2",
    "A4P+.P1", "A4P+.P3", "CTA.1", "CTA.2", "CTA.3", "CTA.4"
  };

  static <E extends Enum<E>> E pick(Random r, Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[r.nextInt(values.length)];
  }

  static Year year(Random r) {
    return Year.of(between(r, 1946, 9999));
  }

  static int count(Random r, int max) {
    return between(r, 0, max);
  }

  /** A finite double: integers, fractions, tiny and huge magnitudes, negative zero. */
  static double number(Random r) {
    switch (r.nextInt(8)) {
      case 0:
        return 0.0;
      case 1:
        return -0.0;
      case 2:
        return Double.MAX_VALUE;
      case 3:
        return -Double.MIN_VALUE;
      case 4:
        return r.nextInt(1000);
      default:
        return (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20);
    }
  }

  static String text(Random r, int maxLength) {
    String t = text(r);
    return t.length() <= maxLength ? t : t.substring(0, maxLength - 1).strip() + "x";
  }

  static MissionAcronym acronym(Random r) {
    int n = between(r, 2, MissionAcronym.MAX_LENGTH);
    StringBuilder sb = new StringBuilder().append((char) ('A' + r.nextInt(26)));
    String rest = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-";
    while (sb.length() < n) {
      sb.append(rest.charAt(r.nextInt(rest.length())));
    }
    return MissionAcronym.parse(sb.toString());
  }

  static CountryCode country(Random r) {
    return CountryCode.parse(COUNTRIES[r.nextInt(COUNTRIES.length)]);
  }

  static PolicyReference policy(Random r) {
    return PolicyReference.parse(POLICY_CODES[r.nextInt(POLICY_CODES.length)]);
  }

  static Mission mission(Random r) {
    Mission.Builder b =
        Mission.builder().acronym(acronym(r)).name(text(r, 500)).host(text(r, 200));
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addHostCountries(country(r));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addEstablishedBy(symbol(r));
    }
    LocalDate started = r.nextBoolean() ? date(r) : null;
    if (started != null) {
      b.started(started);
      if (r.nextBoolean()) {
        b.established(Year.of(started.getYear()));
      }
    } else if (r.nextBoolean()) {
      b.established(Year.of(between(r, 0, 9999)));
    }
    if (r.nextBoolean()) {
      LocalDate ended = started == null ? date(r) : started.plusDays(r.nextInt(5000));
      if (ended.getYear() > 9999) {
        ended = started;
      }
      Closure.Builder c = Closure.builder().mandateEnded(ended);
      if (r.nextBoolean() && ended.getYear() < 9999) {
        c.withdrawalDeadline(ended.plusDays(r.nextInt(300)));
      }
      if (r.nextBoolean()) {
        c.decidedBy(symbol(r));
      }
      b.closure(c.build());
    }
    if (r.nextBoolean()) {
      b.multidimensional(r.nextBoolean());
    }
    return b.build();
  }

  static MandateTask task(Random r) {
    MandateTask.Builder b =
        MandateTask.builder().category(pick(r, TaskCategory.class)).description(text(r));
    Set<ResolutionSymbol> cited = new HashSet<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      ResolutionSymbol s = symbol(r);
      if (cited.add(s)) {
        b.addCitedResolutions(s);
      }
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      b.addPolicyReferences(policy(r));
    }
    return b.build();
  }

  static Mandate mandate(Random r) {
    LocalDate start = date(r);
    LocalDate end = start.getYear() == 9999 ? start : start.plusDays(r.nextInt(800));
    if (end.getYear() > 9999) {
      end = start;
    }
    Mandate.Builder b =
        Mandate.builder().mission(acronym(r)).authorisedBy(symbol(r)).start(start).end(end);
    for (PersonnelType c : PersonnelType.values()) {
      if (r.nextBoolean()) {
        b.putAuthorisedStrength(c, count(r, Mandate.MAX_STRENGTH));
      }
    }
    for (int i = r.nextInt(10) == 0 ? 100 : r.nextInt(4); i > 0; i--) {
      b.addTasks(task(r));
    }
    return b.build();
  }

  static GenderStaffingTable genderStaffingTable(Random r) {
    MissionAcronym mission = acronym(r);
    GenderStaffingTable.Builder b = GenderStaffingTable.builder().mission(mission).asOf(date(r));
    for (int i = r.nextInt(10) == 0 ? 200 : r.nextInt(5); i > 0; i--) {
      GenderPost.Builder post =
          GenderPost.builder()
              .postId("P-" + i + (r.nextBoolean() ? "" : " " + text(r, 40)).strip())
              .mission(mission)
              .role(pick(r, GenderRole.class))
              .component(pick(r, MissionComponent.class))
              .reportingLine(pick(r, ReportingLine.class))
              .status(pick(r, PostStatus.class));
      if (r.nextBoolean()) {
        post.level(text(r, 40));
      }
      for (GenderFunction f : GenderFunction.values()) {
        if (r.nextInt(3) == 0) {
          post.addFunctions(f);
        }
      }
      b.addPosts(post.build());
    }
    return b.build();
  }

  static Indicator indicator(Random r, int i) {
    Indicator.Builder b =
        Indicator.builder().name("I" + i + " " + text(r, 9_990)).baseline(number(r)).target(number(r));
    if (r.nextBoolean()) {
      b.unit(text(r));
    }
    if (r.nextBoolean()) {
      b.latest(number(r));
    }
    return b.build();
  }

  static CompactCommitment compactCommitment(Random r) {
    ThematicArea area = pick(r, ThematicArea.class);
    CompactCommitment.Builder b =
        CompactCommitment.builder()
            .id(text(r, CompactCommitment.MAX_ID_LENGTH))
            .signatory(text(r, 300))
            .thematicArea(area)
            .action(FrameworkActionCode.of(area.letter(), between(r, 1, 99), between(r, 1, 99)))
            .description(text(r))
            .targetYear(r.nextInt(4) == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(year(r)));
    for (int i = r.nextInt(4); i > 0; i--) {
      b.addIndicators(indicator(r, i));
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      b.addPolicyReferences(policy(r));
    }
    return b.build();
  }

  static Signatory signatory(Random r) {
    Signatory.Builder b = Signatory.builder().name(text(r, Signatory.MAX_NAME_LENGTH))
        .kind(pick(r, SignatoryKind.class));
    if (r.nextBoolean()) {
      b.country(country(r));
    }
    return b.build();
  }

  static CompactReport compactReport(Random r) {
    CompactReport.Builder b =
        CompactReport.builder().signatory(text(r, 300)).reportingYear(year(r));
    if (r.nextBoolean()) {
      b.submitted(date(r));
    }
    for (int i = r.nextInt(10) == 0 ? 134 : r.nextInt(5); i > 0; i--) {
      ProgressEntry.Builder e =
          ProgressEntry.builder().commitmentId("C-" + i).rating(pick(r, ProgressRating.class));
      if (r.nextBoolean()) {
        e.note(text(r));
      }
      b.addEntries(e.build());
    }
    return b.build();
  }

  static Deployment deployment(Random r) {
    return Deployment.builder()
        .mission(acronym(r))
        .contributingCountry(country(r))
        .personnelType(pick(r, PersonnelType.class))
        .reportingDate(date(r))
        .women(count(r, Deployment.MAX_COUNT))
        .men(count(r, Deployment.MAX_COUNT))
        .build();
  }

  static ParityTargets parityTargets(Random r) {
    ParityTargets.Builder b = ParityTargets.builder();
    Set<String> seen = new HashSet<>();
    for (int i = r.nextInt(8); i > 0; i--) {
      ParityTargetGroup c = pick(r, ParityTargetGroup.class);
      Year y = year(r);
      if (seen.add(c + " " + y)) {
        double pct = extreme(r) ? (r.nextBoolean() ? 0 : 100) : r.nextDouble() * 100;
        b.addTargets(ParityTarget.of(c, y, pct));
      }
    }
    return b.build();
  }

  /**
   * The analysis of a few random records (months of 1946-2100, a few missions and countries) against
   * random targets for their years, decimals among them; now and then with an overall row of huge
   * counts in December 9999, after every other.
   */
  static ParityAnalysis parityAnalysis(Random r) {
    List<MissionAcronym> missions = List.of(acronym(r), acronym(r));
    List<CountryCode> countries = List.of(country(r), country(r), country(r));
    List<Deployment> records = new ArrayList<>();
    ParityTargets.Builder targets = ParityTargets.builder();
    Set<String> seen = new HashSet<>();
    for (int i = r.nextInt(12); i > 0; i--) {
      Deployment d = Deployment.builder()
          .mission(missions.get(r.nextInt(missions.size())))
          .contributingCountry(countries.get(r.nextInt(countries.size())))
          .personnelType(pick(r, PersonnelType.class))
          .reportingDate(LocalDate.of(between(r, 1946, 2100), between(r, 1, 12), 28))
          .women(count(r, 50))
          .men(count(r, extreme(r) ? Deployment.MAX_COUNT : 5000))
          .build();
      records.add(d);
      ParityTargetGroup group = ParityTargetGroup.of(d.personnelType());
      Year year = Year.of(d.reportingDate().getYear());
      if (r.nextBoolean() && seen.add(group + " " + year)) {
        double pct = extreme(r) ? (r.nextBoolean() ? 0 : 100)
            : r.nextBoolean() ? r.nextInt(400) / 4.0 : r.nextDouble() * 100;
        targets.addTargets(ParityTarget.of(group, year, pct));
      }
    }
    ParityAnalysis analysis = ParityAnalysis.of(records, targets.build());
    if (!extreme(r)) {
      return analysis;
    }
    long total = Long.MAX_VALUE - r.nextInt(1000);
    return ParityAnalysis.builder().from(analysis)
        .deployments(Long.MAX_VALUE)
        .addOverall(ParityRow.builder().month(YearMonth.of(9999, 12))
            .group(ParityTargetGroup.JUSTICE_AND_CORRECTIONS).women(total / 3).total(total)
            .target(ParityTarget.of(ParityTargetGroup.JUSTICE_AND_CORRECTIONS, Year.of(9999), 33.3))
            .build())
        .build();
  }

  static RuleId ruleId(Random r) {
    StringBuilder area = new StringBuilder(3);
    for (int i = 0; i < 3; i++) {
      area.append(extreme(r) ? (r.nextBoolean() ? 'A' : 'Z') : (char) ('A' + r.nextInt(26)));
    }
    return RuleId.of(area.toString(), between(r, 1, RuleId.MAX_NUMBER));
  }

  /** A location: the root, fields (long ones too) and indexes up to the largest int. */
  static Location location(Random r) {
    Location l = Location.root();
    for (int i = r.nextInt(10) == 0 ? 60 : r.nextInt(5); i > 0; i--) {
      if (r.nextBoolean()) {
        l = l.index(extreme(r) ? (r.nextBoolean() ? 0 : Integer.MAX_VALUE) : r.nextInt(1000));
      } else {
        String first = "abcXYZ_";
        String rest = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
        StringBuilder name = new StringBuilder().append(first.charAt(r.nextInt(first.length())));
        for (int k = extreme(r) ? 200 : r.nextInt(12); k > 0; k--) {
          name.append(rest.charAt(r.nextInt(rest.length())));
        }
        l = l.field(name.toString());
      }
    }
    return l;
  }

  /** A message: usually text, sometimes longer than other texts may be (messages have no limit). */
  static String message(Random r) {
    if (r.nextInt(50) == 0) {
      return "M" + "m".repeat(100_000) + ".";
    }
    return text(r);
  }

  static ValidationIssue issue(Random r) {
    return ValidationIssue.of(ruleId(r), pick(r, Severity.class), location(r), text(r),
        message(r), text(r));
  }

  static SkippedRule skippedRule(Random r) {
    return SkippedRule.of(ruleId(r), text(r), text(r));
  }

  /**
   * A report of this library's versions or another's, with repeated issues now and then (a report
   * may hold the same finding twice).
   */
  static ValidationReport validationReport(Random r) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (int i = r.nextInt(10) == 0 ? 300 : r.nextInt(6); i > 0; i--) {
      issues.add(issues.isEmpty() || r.nextInt(8) != 0
          ? issue(r) : issues.get(r.nextInt(issues.size())));
    }
    List<SkippedRule> skipped = new ArrayList<>();
    for (int i = r.nextInt(10) == 0 ? 100 : r.nextInt(4); i > 0; i--) {
      skipped.add(skippedRule(r));
    }
    if (r.nextBoolean()) {
      return ValidationReport.of(issues, skipped);
    }
    return ValidationReport.of(issues, skipped, text(r, 100), text(r, 20));
  }

  /** A catalog of generated resolutions and missions with unique symbols and acronyms. */
  static ReferenceCatalog catalog(Random r) {
    List<Resolution> resolutions = new ArrayList<>();
    Set<ResolutionSymbol> symbols = new HashSet<>();
    for (int i = r.nextInt(10) == 0 ? 200 : r.nextInt(5); i > 0; i--) {
      Resolution res = resolution(r);
      if (symbols.add(res.symbol())) {
        resolutions.add(res);
      }
    }
    List<Mission> missions = new ArrayList<>();
    Set<MissionAcronym> acronyms = new HashSet<>();
    for (int i = r.nextInt(10) == 0 ? 100 : r.nextInt(5); i > 0; i--) {
      Mission m = mission(r);
      if (acronyms.add(m.acronym())) {
        missions.add(m);
      }
    }
    return ReferenceCatalog.of(text(r), resolutions, missions);
  }
}
