package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.mission.MissionPhase;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityRow;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The built-in rules for {@link Deployment} figures (area {@code PAR}): each contributing country's
 * share of women per target group and month against the target of the year, and each record's
 * date and mission.
 *
 * <p>Hot path: deployment records are validated in bulk, so on the issue-free path the per-record
 * rules allocate nothing. They look up the mission through the context's precomputed index
 * ({@link ValidationContext#missionFacts}), compare dates and counts without creating objects, and
 * build locations and messages only when reporting. WPS-PAR-001 judges the batch's
 * {@link ParityAnalysis} (sums per country, group and month), once at the end.
 */
final class ParityRules {
  private static final String UGPS =
      "Uniformed Gender Parity Strategy 2018-2028, annual targets per category of uniformed"
          + " personnel (peacekeeping.un.org); confirmed values in ParityTargets.ugps()";

  static final RuleDescriptor BELOW_TARGET =
      RuleDescriptor.builder()
          .id("WPS-PAR-001")
          .severity(Severity.WARNING)
          .title(
              "A contributing country's share of women in a target group, across all missions in a"
                  + " month, is not below the target of that year")
          .messageTemplate(
              "Women are {share}% of {group} from {country} across all missions in {month}, below"
                  + " the {target}% target of {year}: {shortfall} more women among the {total}"
                  + " would meet it")
          .rationale(
              "DPO judges parity per contributing country and target group across all missions,"
                  + " month by month, not per record; so this rule judges a batch (Validator"
                  + ".validateAll, or Validator.validateParity for a tally built while streaming),"
                  + " at most once per country, group and month, and validating one record alone"
                  + " does not apply it. Staff officers and military experts on mission are one"
                  + " group. WARNING, because a target is an aim for the whole of peacekeeping, not"
                  + " a rule for each contributor. A target applies to its own year only: a year"
                  + " without a known target is skipped once per group and year, never judged"
                  + " against an older, lower target. The share is rounded down to one decimal;"
                  + " the comparison and the shortfall are exact.")
          .source(UGPS)
          .build();

  static final RuleDescriptor NOT_AFTER_CLOSURE =
      RuleDescriptor.builder()
          .id("WPS-PAR-002")
          .severity(Severity.ERROR)
          .title("Figures are not dated after the mission's last day of presence")
          .messageTemplate(
              "Figures dated {date}, after {mission} closed (last day of presence {lastDay})")
          .rationale(
              "Judged by the mission's phase on the reporting date (Mission.statusOn). During"
                  + " operations, withdrawal (up to its deadline) and liquidation (from its start to"
                  + " its end where known) figures are expected: personnel withdraw by the deadline"
                  + " and a liquidation keeps some, often a guard unit, so no finding (DPO's official"
                  + " MINUSMA figures run to November 2024). After the last day of presence (the end"
                  + " of the liquidation, or the withdrawal deadline of a closure without one) the"
                  + " date or the mission is wrong (ERROR). Skipped, with the missing fact, when the"
                  + " phase is not known: the mission's start or closure dates are not confirmed,"
                  + " its mandate is confirmed only to an earlier day, a closure gives only the"
                  + " mandate's end (which is not the last day of presence), or the date is beyond"
                  + " the knowledge horizon.")
          .source(
              "Closure phases; for example S/RES/2690 (2023): MINUSMA to withdraw by 31 December"
                  + " 2023, liquidation from 1 January 2024")
          .build();

  static final RuleDescriptor MISSION_KNOWN =
      RuleDescriptor.builder()
          .id("WPS-PAR-003")
          .severity(Severity.ERROR)
          .title("The figures' mission is in the validation context")
          .messageTemplate("The mission {mission}" + Known.NOT_IN_CONTEXT + "{suggestion}")
          .rationale(
              "Figures for an unknown mission cannot be checked against its dates and are most"
                  + " often a mistyped acronym (ERROR). Add the caller's own missions to the context.")
          .source("Consistency of the record: deployments are to a mission")
          .build();

  static final RuleDescriptor NOT_BEFORE_START =
      RuleDescriptor.builder()
          .id("WPS-PAR-004")
          .severity(Severity.ERROR)
          .title(
              "Figures are not dated before the mission started (or, where the start date is not"
                  + " known, before the year it was established)")
          .messageTemplate("Figures dated {date}, but {mission} {since}")
          .rationale(
              "Nobody is deployed to a mission before it exists; the date or the mission is wrong"
                  + " (ERROR). Skipped when neither the start date nor the year of establishment is"
                  + " known.")
          .source("Mission.started and Mission.established (reference catalog, fact sheet section 6)")
          .build();

  static final RuleDescriptor SOMEONE_DEPLOYED =
      RuleDescriptor.builder()
          .id("WPS-PAR-005")
          .severity(Severity.INFO)
          .title("Figures count at least one person")
          .messageTemplate(
              "Nobody is counted ({women} women, {men} men), so the figures say nothing about"
                  + " parity")
          .rationale(
              "A record of zero personnel has no share of women to measure; INFO, because a"
                  + " contributor may have withdrawn and report zero on purpose.")
          .source("Consistency of the record: a share needs a total")
          .build();

  static final List<ValidationRule<Deployment>> ALL =
      List.of(
          new NotAfterClosure(),
          new Known.MissionKnown<>(MISSION_KNOWN, Deployment.class, Deployment::mission),
          new NotBeforeStart(),
          new SomeoneDeployed());

  /** The rules that judge a batch as a whole rather than each object. */
  static final List<RuleDescriptor> BATCH_RULES = List.of(BELOW_TARGET);

  private ParityRules() {}

  /** The share of women in percent, rounded down to one decimal, such as {@code 6.2}. */
  static String shareRoundedDown(long women, long total) {
    long tenths = women * 1000L / total;
    return (tenths / 10) + "." + (tenths % 10);
  }

  /** A percentage as written, without trailing zeros: {@code 8}, {@code 17.5}. */
  static String percentage(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * WPS-PAR-001 over an analysis: one finding per country row below its target, one skip per
   * group and year without a known target. Rows of nobody deployed are left to WPS-PAR-005.
   */
  static void judgeBelowTarget(ParityAnalysis analysis, IssueCollector out) {
    Set<String> skipped = new HashSet<>();
    for (ParityRow row : analysis.byCountry()) {
      if (row.total() == 0) {
        continue;
      }
      String group = spelling(row.group());
      if (row.target().isEmpty()) {
        String id = group + " " + row.month().getYear();
        if (skipped.add(id)) {
          out.skipFor(BELOW_TARGET, id, noTargetReason(row.group(), row.month().getYear()));
        }
        continue;
      }
      long shortfall = row.shortfall().getAsLong();
      if (shortfall > 0) {
        ParityTarget target = row.target().get();
        out.reportFor(
            BELOW_TARGET, row.contributingCountry().get() + " " + group + " " + row.month(),
            Location.root(), shareRoundedDown(row.women(), row.total()),
            row.group().displayName().toLowerCase(Locale.ROOT), row.contributingCountry().get(),
            row.month(), percentage(target.percentage()), target.year(), shortfall, row.total());
      }
    }
  }

  /** Why a group's year cannot be judged, and how to supply what is missing. */
  static String noTargetReason(ParityTargetGroup group, int year) {
    return "no parity target for " + group.displayName().toLowerCase(Locale.ROOT) + " in " + year
        + " is known (the strategy's annual targets are confirmed for a few years only); supply it"
        + " with ParityTargets.withTarget or a parity-targets document in the validation context";
  }

  private static String spelling(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static final class NotAfterClosure extends BuiltInRule<Deployment> {
    NotAfterClosure() {
      super(NOT_AFTER_CLOSURE, Deployment.class);
    }

    @Override
    public void check(Deployment d, ValidationContext ctx, IssueCollector out) {
      ValidationContext.MissionFacts facts = ctx.missionFacts(d.mission());
      if (facts == null) {
        out.skip(NOT_AFTER_CLOSURE, Known.notInContext("the mission " + d.mission()));
        return;
      }
      LocalDate date = d.reportingDate();
      MissionPhase phase = facts.timeline.phaseOn(date, facts.horizon);
      if (phase == MissionPhase.CLOSED) {
        out.report(
            NOT_AFTER_CLOSURE, Location.root().field("reportingDate"), date, d.mission(),
            facts.timeline.lastDayOfPresence());
      } else if (phase == MissionPhase.UNKNOWN) {
        out.skip(
            NOT_AFTER_CLOSURE, "whether " + d.mission() + " had personnel on " + date
                + " is not known: "
                + facts.timeline.statusOn(date, facts.horizon).explanation());
      }
    }
  }

  private static final class NotBeforeStart extends BuiltInRule<Deployment> {
    NotBeforeStart() {
      super(NOT_BEFORE_START, Deployment.class);
    }

    @Override
    public void check(Deployment d, ValidationContext ctx, IssueCollector out) {
      ValidationContext.MissionFacts facts = ctx.missionFacts(d.mission());
      if (facts == null) {
        out.skip(NOT_BEFORE_START, Known.notInContext("the mission " + d.mission()));
      } else if (facts.earliest == null) {
        out.skip(
            NOT_BEFORE_START,
            "neither the start date nor the year of establishment of " + d.mission() + " is known");
      } else if (d.reportingDate().isBefore(facts.earliest)) {
        String since = facts.earliestIsStart
            ? "started on " + facts.earliest
            : "was established in " + facts.earliest.getYear();
        out.report(
            NOT_BEFORE_START, Location.root().field("reportingDate"), d.reportingDate(),
            d.mission(), since);
      }
    }
  }

  private static final class SomeoneDeployed extends BuiltInRule<Deployment> {
    SomeoneDeployed() {
      super(SOMEONE_DEPLOYED, Deployment.class);
    }

    @Override
    public void check(Deployment d, ValidationContext ctx, IssueCollector out) {
      if (d.women() == 0 && d.men() == 0) {
        out.report(SOMEONE_DEPLOYED, Location.root(), d.women(), d.men());
      }
    }
  }
}
