package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.compact.Compact;
import io.github.wpskit.wps.compact.CompactCommitment;
import io.github.wpskit.wps.compact.CompactReport;
import io.github.wpskit.wps.compact.Indicator;
import io.github.wpskit.wps.compact.ProgressEntry;
import io.github.wpskit.wps.compact.ProgressRating;
import io.github.wpskit.wps.compact.Signatory;
import java.time.Year;
import java.util.List;

/**
 * The built-in rules for WPS-HA Compact {@link CompactCommitment commitments} and
 * {@link CompactReport reports} (area {@code CPT}). Facts from the fact sheet, section 3: the Compact
 * was launched on 2 July 2021 as part of a "five-year push"; its framework's actions carry codes such
 * as A.1.1 under the five thematic areas A to E; signatories report annually on the previous year and
 * rate each action exceeded, met, limited or no progress.
 *
 * <p>Reporting year, decided: {@link CompactReport#reportingYear()} is the year reported on, so a
 * report on a year can only be complete once that year is over. A reporting year after the current
 * year (by the context's clock) is an ERROR ({@code WPS-CPT-005}); the current year itself is a
 * WARNING ({@code WPS-CPT-006}: "year not yet over", which a draft or an interim report may be).
 */
final class CompactRules {
  private static final String GUIDANCE = "WPS-HA Compact guidance notes (wpshacompact.org)";
  private static final String REPORTING =
      "WPS-HA Compact monitoring: annual self-reports on the previous year (\"In 2023, Compact"
          + " signatories will report on progress made in 2022\", wpshacompact.org)";

  static final RuleDescriptor ACTION_MATCHES_AREA =
      RuleDescriptor.builder()
          .id("WPS-CPT-001")
          .severity(Severity.WARNING)
          .title("The framework action's letter matches the commitment's thematic area")
          .messageTemplate(
              "The action {action} belongs to thematic area {actionArea}, but the commitment is made"
                  + " under area {area}")
          .rationale(
              "Actions of the Compact Framework carry codes such as A.1.1 to A.1.10, and the five"
                  + " thematic areas are lettered A to E; reading an action's letter as its thematic"
                  + " area (A.1.1 is in area A) fits those codes but is not confirmed by the"
                  + " Compact's published guidance. A commitment under another area probably has"
                  + " the wrong action or area, but while that reading is unconfirmed the rule"
                  + " reports a WARNING, not an ERROR.")
          .source("Compact Framework action codes, such as A.1.1 to A.1.10; " + GUIDANCE)
          .build();

  static final RuleDescriptor TARGET_WITHIN_HORIZON =
      RuleDescriptor.builder()
          .id("WPS-CPT-002")
          .severity(Severity.WARNING)
          .title(
              "A target year, when given, lies within the context's Compact horizon (by default 2021"
                  + " to 2026)")
          .messageTemplate("The target year {year} lies outside the Compact horizon {start} to {end}")
          .rationale(
              "The Compact was launched in 2021 as part of a five-year push; a target outside it is"
                  + " either mistyped or beyond what the Compact tracks. WARNING, because the horizon"
                  + " is a convention: set it with ValidationContext.Builder.compactHorizon. Skipped"
                  + " when the commitment has no target year, which the Compact does not require.")
          .source(
              "UN Women press release of 2 July 2021 on the launch of the Compact (\"five-year"
                  + " push\")")
          .build();

  static final RuleDescriptor SIGNATORY_KNOWN =
      RuleDescriptor.builder()
          .id("WPS-CPT-003")
          .severity(Severity.INFO)
          .title("The commitment's signatory is in the validation context, when it knows signatories")
          .messageTemplate("The signatory {signatory} is not among the {count} signatories in the"
              + " validation context")
          .rationale(
              "A name that matches no known signatory is often a spelling variant, which splits one"
                  + " signatory's commitments and reports; INFO, because the list of signatories may"
                  + " be incomplete. Skipped when the context knows no signatory.")
          .source("Consistency of the record: commitments refer to their signatory by name")
          .build();

  static final RuleDescriptor REPORT_AFTER_LAUNCH =
      RuleDescriptor.builder()
          .id("WPS-CPT-004")
          .severity(Severity.ERROR)
          .title("A report's year is not before the Compact's launch year, 2021")
          .messageTemplate("The report is on {year}, before the Compact was launched on 2021-07-02")
          .rationale("There is no Compact progress to report before the Compact existed (ERROR).")
          .source(
              "Launch of the Compact on 2 July 2021 at the Generation Equality Forum, Paris (UN"
                  + " Women press release)")
          .build();

  static final RuleDescriptor REPORT_NOT_FUTURE =
      RuleDescriptor.builder()
          .id("WPS-CPT-005")
          .severity(Severity.ERROR)
          .title("A report's year is not after the current year")
          .messageTemplate("The report is on {year}, which has not begun (today is {today})")
          .rationale(
              "The reporting year is the year reported on; progress in a year that has not begun"
                  + " cannot be reported (ERROR).")
          .source(REPORTING)
          .build();

  static final RuleDescriptor REPORT_YEAR_OVER =
      RuleDescriptor.builder()
          .id("WPS-CPT-006")
          .severity(Severity.WARNING)
          .title("A report's year is over (the year reported on is before the current year)")
          .messageTemplate("The report is on {year}, which is not over yet (today is {today})")
          .rationale(
              "Signatories report on the previous year; a report on the current year is a draft or"
                  + " an interim report, whose ratings may still change (WARNING).")
          .source(REPORTING)
          .build();

  static final RuleDescriptor OWN_COMMITMENTS =
      RuleDescriptor.builder()
          .id("WPS-CPT-007")
          .severity(Severity.ERROR)
          .title("A report's entries rate the reporting signatory's own commitments")
          .messageTemplate("The entry rates {commitment}, which is not a commitment of {signatory}:"
              + " {finding}")
          .rationale(
              "Signatories report on their own commitments; an entry for another signatory's"
                  + " commitment, or for an id the signatory never committed to, is misattributed"
                  + " (ERROR). Skipped when the context knows none of the signatory's commitments.")
          .source(REPORTING)
          .build();

  static final RuleDescriptor TARGET_DIFFERS_FROM_BASELINE =
      RuleDescriptor.builder()
          .id("WPS-CPT-008")
          .severity(Severity.WARNING)
          .title("An indicator's target differs from its baseline")
          .messageTemplate(
              "The indicator {name} has the target {target} equal to its baseline: no change is"
                  + " sought")
          .rationale(
              "An indicator measures a change; a target equal to the baseline is met from the start"
                  + " and usually means a value was copied into the wrong field (WARNING: keeping a"
                  + " level can be a goal).")
          .source("Compact reporting on indicators; " + GUIDANCE)
          .build();

  static final RuleDescriptor LATEST_NOT_MOVING_AWAY =
      RuleDescriptor.builder()
          .id("WPS-CPT-009")
          .severity(Severity.WARNING)
          .title("An indicator's latest value does not lie on the far side of its baseline from its target")
          .messageTemplate(
              "The indicator {name} has moved away from its target: latest {latest}, baseline"
                  + " {baseline}, target {target}")
          .rationale(
              "A latest value beyond the baseline in the direction opposite to the target is either"
                  + " a setback worth explaining or a sign that baseline and target were swapped"
                  + " (WARNING).")
          .source("Compact reporting on indicators; " + GUIDANCE)
          .build();

  static final RuleDescriptor RATING_MATCHES_INDICATORS =
      RuleDescriptor.builder()
          .id("WPS-CPT-010")
          .severity(Severity.INFO)
          .title(
              "An entry rated exceeded or met progress has a commitment with at least one indicator"
                  + " at or past its target")
          .messageTemplate(
              "The entry rates {commitment} as {rating}, but all {count} of its indicators stand short"
                  + " of their targets")
          .rationale(
              "A rating of met or exceeded progress while every indicator's latest value falls short"
                  + " of its target deserves a note; INFO, because the rating also weighs what"
                  + " indicators do not measure. Judged only when every indicator has a latest"
                  + " value.")
          .source("Compact progress scale: exceeded, met, limited, no progress; " + GUIDANCE)
          .build();

  static final List<ValidationRule<CompactCommitment>> COMMITMENT_RULES =
      List.of(
          new ActionMatchesArea(),
          new TargetWithinHorizon(),
          new SignatoryKnown(),
          new TargetDiffersFromBaseline(),
          new LatestNotMovingAway());

  static final List<ValidationRule<CompactReport>> REPORT_RULES =
      List.of(
          new ReportAfterLaunch(),
          new ReportNotFuture(),
          new ReportYearOver(),
          new OwnCommitments(),
          new RatingMatchesIndicators());

  private CompactRules() {}

  private static final class ActionMatchesArea extends BuiltInRule<CompactCommitment> {
    ActionMatchesArea() {
      super(ACTION_MATCHES_AREA, CompactCommitment.class);
    }

    @Override
    public void check(CompactCommitment c, ValidationContext ctx, IssueCollector out) {
      if (c.action().letter() != c.thematicArea().letter()) {
        out.report(
            ACTION_MATCHES_AREA, Location.root().field("action"), c.action(),
            c.action().letter(), c.thematicArea().letter());
      }
    }
  }

  private static final class TargetWithinHorizon extends BuiltInRule<CompactCommitment> {
    TargetWithinHorizon() {
      super(TARGET_WITHIN_HORIZON, CompactCommitment.class);
    }

    @Override
    public void check(CompactCommitment c, ValidationContext ctx, IssueCollector out) {
      if (c.targetYear().isEmpty()) {
        out.skip(TARGET_WITHIN_HORIZON, "the commitment has no target year");
        return;
      }
      Year year = c.targetYear().get();
      if (year.isBefore(ctx.compactHorizonStart()) || year.isAfter(ctx.compactHorizonEnd())) {
        out.report(
            TARGET_WITHIN_HORIZON, Location.root().field("targetYear"), year,
            ctx.compactHorizonStart(), ctx.compactHorizonEnd());
      }
    }
  }

  private static final class SignatoryKnown extends BuiltInRule<CompactCommitment> {
    SignatoryKnown() {
      super(SIGNATORY_KNOWN, CompactCommitment.class);
    }

    @Override
    public void check(CompactCommitment c, ValidationContext ctx, IssueCollector out) {
      int known = ctx.all(Signatory.class).size();
      if (known == 0) {
        out.skip(SIGNATORY_KNOWN, "the validation context knows no signatory");
      } else if (ctx.get(Signatory.class, c.signatory()) == null) {
        out.report(SIGNATORY_KNOWN, Location.root().field("signatory"), c.signatory(), known);
      }
    }
  }

  /** Whether the target lies above the baseline (the indicator should rise). */
  private static boolean rising(Indicator i) {
    return i.target() > i.baseline();
  }

  private static Location indicator(int i, String field) {
    return Location.root().field("indicators").index(i).field(field);
  }

  private static final class TargetDiffersFromBaseline extends BuiltInRule<CompactCommitment> {
    TargetDiffersFromBaseline() {
      super(TARGET_DIFFERS_FROM_BASELINE, CompactCommitment.class);
    }

    @Override
    public void check(CompactCommitment c, ValidationContext ctx, IssueCollector out) {
      List<Indicator> list = c.indicators();
      for (int i = 0; i < list.size(); i++) {
        Indicator ind = list.get(i);
        if (ind.target() == ind.baseline()) {
          out.report(TARGET_DIFFERS_FROM_BASELINE, indicator(i, "target"), ind.name(), ind.target());
        }
      }
    }
  }

  private static final class LatestNotMovingAway extends BuiltInRule<CompactCommitment> {
    LatestNotMovingAway() {
      super(LATEST_NOT_MOVING_AWAY, CompactCommitment.class);
    }

    @Override
    public void check(CompactCommitment c, ValidationContext ctx, IssueCollector out) {
      List<Indicator> list = c.indicators();
      for (int i = 0; i < list.size(); i++) {
        Indicator ind = list.get(i);
        if (ind.latest().isEmpty() || ind.target() == ind.baseline()) {
          continue;
        }
        double latest = ind.latest().get();
        boolean away = rising(ind) ? latest < ind.baseline() : latest > ind.baseline();
        if (away) {
          out.report(
              LATEST_NOT_MOVING_AWAY, indicator(i, "latest"), ind.name(), latest, ind.baseline(),
              ind.target());
        }
      }
    }
  }

  private static final class ReportAfterLaunch extends BuiltInRule<CompactReport> {
    ReportAfterLaunch() {
      super(REPORT_AFTER_LAUNCH, CompactReport.class);
    }

    @Override
    public void check(CompactReport r, ValidationContext ctx, IssueCollector out) {
      if (r.reportingYear().getValue() < Compact.LAUNCH_DATE.getYear()) {
        out.report(REPORT_AFTER_LAUNCH, Location.root().field("reportingYear"), r.reportingYear());
      }
    }
  }

  private static final class ReportNotFuture extends BuiltInRule<CompactReport> {
    ReportNotFuture() {
      super(REPORT_NOT_FUTURE, CompactReport.class);
    }

    @Override
    public void check(CompactReport r, ValidationContext ctx, IssueCollector out) {
      java.time.LocalDate today = ctx.today();
      if (r.reportingYear().getValue() > today.getYear()) {
        out.report(REPORT_NOT_FUTURE, Location.root().field("reportingYear"), r.reportingYear(), today);
      }
    }
  }

  private static final class ReportYearOver extends BuiltInRule<CompactReport> {
    ReportYearOver() {
      super(REPORT_YEAR_OVER, CompactReport.class);
    }

    @Override
    public void check(CompactReport r, ValidationContext ctx, IssueCollector out) {
      java.time.LocalDate today = ctx.today();
      if (r.reportingYear().getValue() == today.getYear()) {
        out.report(REPORT_YEAR_OVER, Location.root().field("reportingYear"), r.reportingYear(), today);
      }
    }
  }

  private static final class OwnCommitments extends BuiltInRule<CompactReport> {
    OwnCommitments() {
      super(OWN_COMMITMENTS, CompactReport.class);
    }

    @Override
    public void check(CompactReport r, ValidationContext ctx, IssueCollector out) {
      List<ProgressEntry> entries = r.entries();
      if (entries.isEmpty()) {
        return;
      }
      boolean knowsOwn = !ctx.commitmentsOf(r.signatory()).isEmpty();
      boolean skipped = false;
      for (int i = 0; i < entries.size(); i++) {
        String id = entries.get(i).commitmentId();
        CompactCommitment c = ctx.get(CompactCommitment.class, id);
        String finding = null;
        if (c != null && !c.signatory().equals(r.signatory())) {
          finding = "it is a commitment of " + c.signatory();
        } else if (c == null && knowsOwn) {
          finding = Known.notInContext("it");
        } else if (c == null && !skipped) {
          out.skip(
              OWN_COMMITMENTS,
              "no commitment of " + r.signatory() + " is in the validation context");
          skipped = true;
        }
        if (finding != null) {
          out.report(
              OWN_COMMITMENTS, Location.root().field("entries").index(i).field("commitmentId"), id,
              r.signatory(), finding);
        }
      }
    }
  }

  private static final class RatingMatchesIndicators extends BuiltInRule<CompactReport> {
    RatingMatchesIndicators() {
      super(RATING_MATCHES_INDICATORS, CompactReport.class);
    }

    @Override
    public void check(CompactReport r, ValidationContext ctx, IssueCollector out) {
      List<ProgressEntry> entries = r.entries();
      for (int i = 0; i < entries.size(); i++) {
        ProgressEntry e = entries.get(i);
        if (e.rating() != ProgressRating.EXCEEDED && e.rating() != ProgressRating.MET) {
          continue;
        }
        CompactCommitment c = ctx.get(CompactCommitment.class, e.commitmentId());
        if (c == null || c.indicators().isEmpty()) {
          // Unknown commitments are CPT-007's to report; without indicators there is nothing to judge.
          continue;
        }
        if (allShort(c.indicators())) {
          out.report(
              RATING_MATCHES_INDICATORS, Location.root().field("entries").index(i).field("rating"),
              e.commitmentId(), e.rating().displayName(), c.indicators().size());
        }
      }
    }

    /** Whether every indicator has a latest value that has not reached its target. */
    private static boolean allShort(List<Indicator> indicators) {
      for (Indicator ind : indicators) {
        if (ind.latest().isEmpty() || ind.target() == ind.baseline()) {
          return false;
        }
        double latest = ind.latest().get();
        boolean reached = rising(ind) ? latest >= ind.target() : latest <= ind.target();
        if (reached) {
          return false;
        }
      }
      return true;
    }
  }
}
