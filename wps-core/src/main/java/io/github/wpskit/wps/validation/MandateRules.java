package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.gender.GenderPost;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.MandateTask;
import io.github.wpskit.wps.mission.TaskCategory;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The built-in rules for {@link Mandate}s (area {@code MND}): the authorising resolution, the
 * succession of a mission's mandates, the mission's closure, WPS tasks' citations, and (judged on the
 * mission's {@link GenderStaffingTable}) the Women Protection Advisers that CRSV tasks call for.
 *
 * <p>Successive mandates are judged against the other mandates of the same mission in the context,
 * which in {@link Validator#validateAll} includes the batch.
 */
final class MandateRules {
  private static final String RECORD_AUTHORISATION =
      "Consistency of the record: Security Council resolutions create and renew mandates";
  private static final String RECORD_SUCCESSION =
      "Consistency of the record: a mission's mandates follow one another";

  static final RuleDescriptor RESOLUTION_KNOWN =
      RuleDescriptor.builder()
          .id("WPS-MND-001")
          .severity(Severity.ERROR)
          .title("The authorising resolution is in the validation context")
          .messageTemplate(
              "The authorising resolution {symbol}" + Known.NOT_IN_CONTEXT + "{suggestion}")
          .rationale(
              "Without the resolution the mandate's authority and dates cannot be checked; ERROR"
                  + " because a mandate citing an unknown resolution is most often a mistyped"
                  + " symbol. Add the caller's own resolutions to the context.")
          .source(RECORD_AUTHORISATION)
          .build();

  static final RuleDescriptor ADOPTED_BEFORE_START =
      RuleDescriptor.builder()
          .id("WPS-MND-002")
          .severity(Severity.ERROR)
          .title("The authorising resolution was adopted on or before the mandate starts")
          .messageTemplate(
              "The mandate starts on {start}, before its authorising resolution {symbol} was adopted"
                  + " on {adopted}")
          .rationale(
              "A resolution authorises a mandate from its adoption on, never retroactively; an"
                  + " earlier start means the dates or the symbol are wrong (ERROR).")
          .source(RECORD_AUTHORISATION)
          .build();

  static final RuleDescriptor NO_OVERLAP =
      RuleDescriptor.builder()
          .id("WPS-MND-003")
          .severity(Severity.ERROR)
          .title("Mandates of one mission do not overlap")
          .messageTemplate(
              "The mandate {start} to {end} overlaps the mandate {other} ({otherStart} to"
                  + " {otherEnd}) of the same mission")
          .rationale(
              "Each renewal replaces the previous mandate, so two mandates of one mission in force on"
                  + " the same day mean a date is wrong or one record duplicates another (ERROR).")
          .source(RECORD_SUCCESSION)
          .build();

  static final RuleDescriptor NO_GAP =
      RuleDescriptor.builder()
          .id("WPS-MND-004")
          .severity(Severity.WARNING)
          .title("Successive mandates of one mission leave no gap")
          .messageTemplate(
              "The mandate ends on {end} but the next mandate {next} of the mission starts on"
                  + " {nextStart}, leaving {days} days without a mandate")
          .rationale(
              "A gap means a renewal is missing from the data or the mission ran without a mandate;"
                  + " WARNING, because the data may simply be incomplete.")
          .source(RECORD_SUCCESSION)
          .build();

  static final RuleDescriptor WITHIN_CLOSURE =
      RuleDescriptor.builder()
          .id("WPS-MND-005")
          .severity(Severity.ERROR)
          .title("A mandate does not run past its mission's closure")
          .messageTemplate(
              "The mandate ends on {end}, after the mandate of {mission} ended on {mandateEnded}")
          .rationale(
              "Once the Council has terminated a mission's mandate (as S/RES/2690 (2023) did for"
                  + " MINUSMA on 30 June 2023) no mandate of it can run later (ERROR).")
          .source("Closure.mandateEnded; for example S/RES/2690 (2023), MINUSMA")
          .build();

  static final RuleDescriptor MISSION_KNOWN =
      RuleDescriptor.builder()
          .id("WPS-MND-006")
          .severity(Severity.ERROR)
          .title("The mandate's mission is in the validation context")
          .messageTemplate("The mission {mission}" + Known.NOT_IN_CONTEXT + "{suggestion}")
          .rationale(
              "A mandate of an unknown mission cannot be checked against its closure or its other"
                  + " mandates, and is most often a mistyped acronym (ERROR). Add the caller's own"
                  + " missions to the context.")
          .source("Consistency of the record: a mandate belongs to a mission")
          .build();

  static final RuleDescriptor WPS_TASK_CITES_WPS =
      RuleDescriptor.builder()
          .id("WPS-MND-007")
          .severity(Severity.WARNING)
          .title("A WPS task cites at least one resolution of the WPS agenda")
          .messageTemplate("The WPS task '{category}' cites no WPS-agenda resolution; it cites {cited}")
          .rationale(
              "A WPS task draws its authority from the WPS resolutions, and citing them lets"
                  + " analysts trace the agenda into mandates; WARNING, because mandates do not"
                  + " always name them. Cited resolutions unknown to the context are skipped.")
          .source(
              "The WPS agenda: S/RES/1325 (2000) to S/RES/2493 (2019), marked wpsAgenda in the"
                  + " reference catalog")
          .build();

  static final RuleDescriptor WPA_FOR_CRSV =
      RuleDescriptor.builder()
          .id("WPS-MND-008")
          .severity(Severity.WARNING)
          .title(
              "A mission whose mandate has CRSV or Women Protection Adviser tasks has a Women"
                  + " Protection Adviser post (judged on its gender staffing table)")
          .messageTemplate(
              "The staffing table has no Women Protection Adviser post, but the mandate {mandate} in"
                  + " force on {asOf} has the task '{category}'")
          .rationale(
              "Resolutions 1888 (2009) and 1960 (2010) call for Women Protection Advisers in"
                  + " missions whose mandates address conflict-related sexual violence; WARNING,"
                  + " because the posts may sit in a table not given. Skipped when no mandate in force"
                  + " on the table's date is known.")
          .source("S/RES/1888 (2009), para. 12; S/RES/1960 (2010), para. 10")
          .build();

  static final List<ValidationRule<Mandate>> ALL =
      List.of(
          new ResolutionKnown(),
          new AdoptedBeforeStart(),
          new NoOverlap(),
          new NoGap(),
          new WithinClosure(),
          new Known.MissionKnown<>(MISSION_KNOWN, Mandate.class, Mandate::mission),
          new WpsTaskCitesWps());

  static final List<ValidationRule<GenderStaffingTable>> TABLE_RULES = List.of(new WpaForCrsv());

  private MandateRules() {}

  private static final class ResolutionKnown extends BuiltInRule<Mandate> {
    ResolutionKnown() {
      super(RESOLUTION_KNOWN, Mandate.class);
    }

    @Override
    public void check(Mandate m, ValidationContext ctx, IssueCollector out) {
      if (ctx.get(Resolution.class, m.authorisedBy()) == null) {
        out.report(
            RESOLUTION_KNOWN, Location.root().field("authorisedBy"), m.authorisedBy(),
            Known.closestResolution(ctx, m.authorisedBy()));
      }
    }
  }

  private static final class AdoptedBeforeStart extends BuiltInRule<Mandate> {
    AdoptedBeforeStart() {
      super(ADOPTED_BEFORE_START, Mandate.class);
    }

    @Override
    public void check(Mandate m, ValidationContext ctx, IssueCollector out) {
      Resolution r = ctx.get(Resolution.class, m.authorisedBy());
      if (r == null) {
        out.skip(ADOPTED_BEFORE_START, Known.notInContext("the resolution " + m.authorisedBy()));
      } else if (m.start().isBefore(r.adopted())) {
        out.report(
            ADOPTED_BEFORE_START, Location.root().field("start"), m.start(), m.authorisedBy(),
            r.adopted());
      }
    }
  }

  private static final class NoOverlap extends BuiltInRule<Mandate> {
    NoOverlap() {
      super(NO_OVERLAP, Mandate.class);
    }

    @Override
    public void check(Mandate m, ValidationContext ctx, IssueCollector out) {
      for (Mandate other : ctx.mandatesOf(m.mission())) {
        if (other.authorisedBy().equals(m.authorisedBy())) {
          // The same mandate (the context keys mandates by mission and resolution).
          continue;
        }
        if (!other.start().isAfter(m.end()) && !other.end().isBefore(m.start())) {
          // The end runs into a later mandate; otherwise the start falls inside an earlier one.
          String field = other.start().isAfter(m.start()) ? "end" : "start";
          out.report(
              NO_OVERLAP, Location.root().field(field), m.start(), m.end(), other.id(),
              other.start(), other.end());
        }
      }
    }
  }

  private static final class NoGap extends BuiltInRule<Mandate> {
    NoGap() {
      super(NO_GAP, Mandate.class);
    }

    @Override
    public void check(Mandate m, ValidationContext ctx, IssueCollector out) {
      List<Mandate> mandates = ctx.mandatesOf(m.mission());
      if (mandates.isEmpty()) {
        return;
      }
      LocalDate end = m.end();
      Mandate next = null;
      for (Mandate other : mandates) {
        if (other.start().isAfter(end)) {
          if (next == null || other.start().isBefore(next.start())) {
            next = other;
          }
        } else if (other.end().isAfter(end)) {
          // Another mandate carries on past this one's end: no gap follows this one.
          return;
        }
      }
      if (next != null && ChronoUnit.DAYS.between(end, next.start()) > 1) {
        out.report(
            NO_GAP, Location.root().field("end"), end, next.id(), next.start(),
            ChronoUnit.DAYS.between(end, next.start()) - 1);
      }
    }
  }

  private static final class WithinClosure extends BuiltInRule<Mandate> {
    WithinClosure() {
      super(WITHIN_CLOSURE, Mandate.class);
    }

    @Override
    public void check(Mandate m, ValidationContext ctx, IssueCollector out) {
      ValidationContext.MissionFacts facts = ctx.missionFacts(m.mission());
      if (facts == null) {
        out.skip(WITHIN_CLOSURE, Known.notInContext("the mission " + m.mission()));
      } else if (facts.closure != null && facts.closure.mandateEnded().isPresent()
          && m.end().isAfter(facts.closure.mandateEnded().get())) {
        out.report(
            WITHIN_CLOSURE, Location.root().field("end"), m.end(), m.mission(),
            facts.closure.mandateEnded().get());
      }
    }
  }

  private static final class WpsTaskCitesWps extends BuiltInRule<Mandate> {
    WpsTaskCitesWps() {
      super(WPS_TASK_CITES_WPS, Mandate.class);
    }

    @Override
    public void check(Mandate m, ValidationContext ctx, IssueCollector out) {
      List<MandateTask> tasks = m.tasks();
      for (int i = 0; i < tasks.size(); i++) {
        MandateTask task = tasks.get(i);
        if (!task.category().isWps()) {
          continue;
        }
        ResolutionSymbol unknown = null;
        boolean citesWps = false;
        for (ResolutionSymbol cited : task.citedResolutions()) {
          Resolution r = ctx.get(Resolution.class, cited);
          if (r == null) {
            unknown = unknown == null ? cited : unknown;
          } else if (r.wpsAgenda()) {
            citesWps = true;
            break;
          }
        }
        if (citesWps) {
          continue;
        }
        if (unknown != null) {
          out.skip(
              WPS_TASK_CITES_WPS,
              Known.notInContext("tasks[" + i + "] cites " + unknown + ", which", ctx, unknown));
        } else {
          out.report(
              WPS_TASK_CITES_WPS, Location.root().field("tasks").index(i).field("citedResolutions"),
              task.category().displayName(),
              task.citedResolutions().isEmpty() ? "none" : task.citedResolutions().toString());
        }
      }
    }
  }

  /** Task categories that call for Women Protection Advisers. */
  static boolean needsWomenProtectionAdvisers(TaskCategory c) {
    return c == TaskCategory.CRSV_MONITORING_AND_REPORTING
        || c == TaskCategory.WOMEN_PROTECTION_ADVISERS;
  }

  private static final class WpaForCrsv extends BuiltInRule<GenderStaffingTable> {
    WpaForCrsv() {
      super(WPA_FOR_CRSV, GenderStaffingTable.class);
    }

    @Override
    public void check(GenderStaffingTable t, ValidationContext ctx, IssueCollector out) {
      Mandate inForce = null;
      for (Mandate m : ctx.mandatesOf(t.mission())) {
        if (m.covers(t.asOf())) {
          inForce = m;
          break;
        }
      }
      if (inForce == null) {
        out.skip(
            WPA_FOR_CRSV,
            "no mandate of " + t.mission() + " in force on " + t.asOf()
                + " is in the validation context");
        return;
      }
      TaskCategory calling = null;
      for (MandateTask task : inForce.tasks()) {
        if (needsWomenProtectionAdvisers(task.category())) {
          calling = task.category();
          break;
        }
      }
      if (calling == null) {
        return;
      }
      for (GenderPost p : t.posts()) {
        if (p.role().isWomenProtection()) {
          return;
        }
      }
      out.report(
          WPA_FOR_CRSV, Location.root().field("posts"), inForce.id(), t.asOf(),
          calling.displayName());
    }
  }
}
