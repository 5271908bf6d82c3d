package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.gender.GenderPost;
import io.github.wpskit.wps.gender.GenderRole;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.gender.ReportingLine;
import io.github.wpskit.wps.mission.Closure;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.time.LocalDate;
import java.util.List;

/**
 * The built-in rules for {@link Mission}s (area {@code MSN}): the dates of the resolutions that
 * established and closed a mission, and (judged on the mission's {@link GenderStaffingTable}) the
 * Senior Gender Adviser of a multidimensional mission, a WARNING because the sources establish Gender
 * Advisers in such missions, not that this post is required.
 */
final class MissionRules {
  static final RuleDescriptor ESTABLISHED_BEFORE_START =
      RuleDescriptor.builder()
          .id("WPS-MSN-001")
          .severity(Severity.ERROR)
          .title(
              "An establishing resolution known to the context was adopted on or before the mission"
                  + " started")
          .messageTemplate(
              "The mission started on {started}, before its establishing resolution {symbol} was"
                  + " adopted on {adopted}")
          .rationale(
              "A mission cannot start before the Council establishes it; an earlier start means"
                  + " the date or the resolution is wrong (ERROR). Skipped when the start date or the"
                  + " resolution is not known.")
          .source("Consistency of the record: the Security Council establishes peace operations")
          .build();

  static final RuleDescriptor CLOSED_AFTER_DECISION =
      RuleDescriptor.builder()
          .id("WPS-MSN-002")
          .severity(Severity.ERROR)
          .title(
              "The resolution that ended a mission's mandate, if known to the context, was adopted on"
                  + " or before the mandate ended")
          .messageTemplate(
              "The mandate ended on {mandateEnded}, before the resolution {symbol} that ended it was"
                  + " adopted on {adopted}")
          .rationale(
              "S/RES/2690 (2023) terminated MINUSMA's mandate on the day it was adopted; a mandate"
                  + " cannot be ended by a later decision, so one of the dates is wrong (ERROR).")
          .source("Closure.decidedBy; for example S/RES/2690 (2023), MINUSMA")
          .build();

  static final RuleDescriptor SENIOR_GENDER_ADVISER =
      RuleDescriptor.builder()
          .id("WPS-MSN-003")
          .severity(Severity.WARNING)
          .title(
              "A multidimensional mission has a Senior Gender Adviser post reporting to mission"
                  + " leadership (judged on its gender staffing table)")
          .messageTemplate(
              "The multidimensional mission {mission} has no Senior Gender Adviser post reporting to"
                  + " mission leadership: {finding}. Multidimensional missions have Gender"
                  + " Advisers, but the sources do not require this post: check whether it is"
                  + " missing or its line misstated")
          .rationale(
              "The sources support that multidimensional missions have Gender Advisers, and that"
                  + " where a mission's gender office is headed by a Senior Gender Adviser, that post"
                  + " reports directly to senior mission leadership (UNMISS). They do not say that"
                  + " every multidimensional mission must have a Senior Gender Adviser post, so a"
                  + " table without one, or with one on another line, is worth checking but not"
                  + " wrong (WARNING, not ERROR). Not judged after a closed mission's last day of"
                  + " presence; skipped when the mission is unknown or not classified as"
                  + " multidimensional.")
          .source(
              "Office of the Gender Adviser, UNMISS: the Senior Gender Adviser \"reports directly to"
                  + " senior mission leadership\" (unmiss.unmissions.org/office-gender-adviser);"
                  + " Gender Advisers and gender officers in mission Gender Units"
                  + " (evaw-un-inventory.unwomen.org/en/agencies/dpko)")
          .build();

  static final List<ValidationRule<Mission>> ALL =
      List.of(new EstablishedBeforeStart(), new ClosedAfterDecision());

  static final List<ValidationRule<GenderStaffingTable>> TABLE_RULES =
      List.of(new SeniorGenderAdviser());

  private MissionRules() {}

  private static final class EstablishedBeforeStart extends BuiltInRule<Mission> {
    EstablishedBeforeStart() {
      super(ESTABLISHED_BEFORE_START, Mission.class);
    }

    @Override
    public void check(Mission m, ValidationContext ctx, IssueCollector out) {
      if (m.establishedBy().isEmpty()) {
        return;
      }
      if (m.started().isEmpty()) {
        out.skip(ESTABLISHED_BEFORE_START, "the mission's start date is not given");
        return;
      }
      LocalDate started = m.started().get();
      for (ResolutionSymbol symbol : m.establishedBy()) {
        Resolution r = ctx.get(Resolution.class, symbol);
        if (r == null) {
          out.skip(
              ESTABLISHED_BEFORE_START, Known.notInContext("the resolution " + symbol, ctx, symbol));
        } else if (started.isBefore(r.adopted())) {
          out.report(
              ESTABLISHED_BEFORE_START, Location.root().field("started"), started, symbol,
              r.adopted());
        }
      }
    }
  }

  private static final class ClosedAfterDecision extends BuiltInRule<Mission> {
    ClosedAfterDecision() {
      super(CLOSED_AFTER_DECISION, Mission.class);
    }

    @Override
    public void check(Mission m, ValidationContext ctx, IssueCollector out) {
      if (m.closure().isEmpty() || m.closure().get().decidedBy().isEmpty()
          || m.closure().get().mandateEnded().isEmpty()) {
        return;
      }
      Closure c = m.closure().get();
      ResolutionSymbol symbol = c.decidedBy().get();
      Resolution r = ctx.get(Resolution.class, symbol);
      if (r == null) {
        out.skip(
            CLOSED_AFTER_DECISION, Known.notInContext("the resolution " + symbol, ctx, symbol));
      } else if (c.mandateEnded().get().isBefore(r.adopted())) {
        out.report(
            CLOSED_AFTER_DECISION, Location.root().field("closure").field("mandateEnded"),
            c.mandateEnded().get(), symbol, r.adopted());
      }
    }
  }

  private static final class SeniorGenderAdviser extends BuiltInRule<GenderStaffingTable> {
    SeniorGenderAdviser() {
      super(SENIOR_GENDER_ADVISER, GenderStaffingTable.class);
    }

    @Override
    public void check(GenderStaffingTable t, ValidationContext ctx, IssueCollector out) {
      ValidationContext.MissionFacts facts = ctx.missionFacts(t.mission());
      if (facts == null) {
        out.skip(SENIOR_GENDER_ADVISER, Known.notInContext("the mission " + t.mission()));
        return;
      }
      if (facts.mission.multidimensional().isEmpty()) {
        out.skip(
            SENIOR_GENDER_ADVISER,
            "the mission " + t.mission() + " is not classified as multidimensional or not");
        return;
      }
      if (!facts.mission.multidimensional().get()
          || (facts.lastDayOfPresence != null && t.asOf().isAfter(facts.lastDayOfPresence))) {
        return; // Not multidimensional, or closed by then: no post is expected.
      }
      List<GenderPost> posts = t.posts();
      int firstSenior = -1;
      for (int i = 0; i < posts.size(); i++) {
        GenderPost p = posts.get(i);
        if (p.role() == GenderRole.SENIOR_GENDER_ADVISER) {
          if (p.reportingLine() == ReportingLine.MISSION_LEADERSHIP) {
            return;
          }
          firstSenior = firstSenior < 0 ? i : firstSenior;
        }
      }
      if (firstSenior < 0) {
        out.report(
            SENIOR_GENDER_ADVISER, Location.root().field("posts"), t.mission(),
            "the table has no Senior Gender Adviser post");
      } else {
        GenderPost p = posts.get(firstSenior);
        out.report(
            SENIOR_GENDER_ADVISER,
            Location.root().field("posts").index(firstSenior).field("reportingLine"), t.mission(),
            "its Senior Gender Adviser post " + p.postId() + " reports to "
                + p.reportingLine().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      }
    }
  }
}
