package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.gender.GenderPost;
import io.github.wpskit.wps.gender.GenderRole;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.gender.MissionComponent;
import io.github.wpskit.wps.gender.PostStatus;
import java.util.List;

/**
 * The built-in rules for the posts of a {@link GenderStaffingTable} (area {@code GND}): role and
 * component, duplicates, vacant senior posts, and the mission the table belongs to. Facts from the
 * fact sheet, section 7.
 */
final class GenderRules {
  static final RuleDescriptor ROLE_FITS_COMPONENT =
      RuleDescriptor.builder()
          .id("WPS-GND-001")
          .severity(Severity.ERROR)
          .title(
              "A post's role fits its component: military gender advisers and focal points in the"
                  + " military, police gender advisers in the police, the Gender Unit's advisers and"
                  + " officers and Women Protection Advisers in the civilian component; gender focal"
                  + " points anywhere")
          .messageTemplate(
              "The post {postId} is a {role} in the {component} component; a {role2} sits in the"
                  + " {expected} component")
          .rationale(
              "Each role is defined by where it sits, so a mismatch means the role or the component"
                  + " was mis-entered, and counts per component would be wrong (ERROR).")
          .source(
              "Military Gender Advisers sit in the military component (UNITAR); police gender"
                  + " advisers in the police component (UN Police Gender Toolkit, 2015); Women"
                  + " Protection Advisers in the office of the (D)SRSG, the Human Rights and the"
                  + " Gender components (joint ToR of DPA/DPKO/OHCHR/OSRSG-SVC); the Senior Gender"
                  + " Adviser heads the mission's Gender Unit")
          .build();

  static final RuleDescriptor NO_DUPLICATE_POSTS =
      RuleDescriptor.builder()
          .id("WPS-GND-002")
          .severity(Severity.WARNING)
          .title("No two posts are identical but for their post id")
          .messageTemplate(
              "The post {postId} repeats the post {otherId}: same role, component, level, reporting"
                  + " line, functions and status")
          .rationale(
              "Identical posts under two ids are often one post imported twice; WARNING, because a"
                  + " mission can have several identical posts (switch the rule off or lower it for"
                  + " such tables).")
          .source("Consistency of the record: a staffing table lists each post once")
          .build();

  static final RuleDescriptor SENIOR_POST_FILLED =
      RuleDescriptor.builder()
          .id("WPS-GND-003")
          .severity(Severity.WARNING)
          .title("A senior post (Senior Gender Adviser, Senior Women Protection Adviser) is not vacant")
          .messageTemplate("The senior post {postId} ({role}) is vacant")
          .rationale(
              "The Senior Gender Adviser heads the mission's Gender Unit and the Senior Women"
                  + " Protection Adviser coordinates the Women Protection Advisers; while such a post"
                  + " is vacant the architecture has no head. WARNING: vacancies happen, but they"
                  + " deserve attention.")
          .source(
              "Mission gender architecture: the Senior Gender Adviser heads the Gender Unit"
                  + " (UNMISS, UNMIL); the Senior Women Protection Adviser (UN Women inventory of"
                  + " DPKO work)")
          .build();

  static final RuleDescriptor NOT_AFTER_CLOSURE =
      RuleDescriptor.builder()
          .id("WPS-GND-004")
          .severity(Severity.ERROR)
          .title("A closed mission lists no posts after its last day of presence")
          .messageTemplate(
              "The table lists {count} post(s) on {asOf}, after {mission} closed (last day of"
                  + " presence {lastDay})")
          .rationale(
              "After a mission's withdrawal deadline (or the end of its mandate where no deadline is"
                  + " set) it has no posts; the date or the mission is wrong (ERROR).")
          .source(
              "Closure.lastDayOfPresence; for example S/RES/2690 (2023): MINUSMA to withdraw by"
                  + " 31 December 2023")
          .build();

  static final RuleDescriptor MISSION_KNOWN =
      RuleDescriptor.builder()
          .id("WPS-GND-005")
          .severity(Severity.ERROR)
          .title("The table's mission is in the validation context")
          .messageTemplate("The mission {mission}" + Known.NOT_IN_CONTEXT + "{suggestion}")
          .rationale(
              "Posts of an unknown mission cannot be checked against its closure, its"
                  + " classification or its mandates, and the acronym is most often mistyped (ERROR)."
                  + " Add the caller's own missions to the context.")
          .source("Consistency of the record: a post belongs to a mission")
          .build();

  static final List<ValidationRule<GenderStaffingTable>> ALL =
      List.of(
          new RoleFitsComponent(),
          new NoDuplicatePosts(),
          new SeniorPostFilled(),
          new NotAfterClosure(),
          new Known.MissionKnown<>(
              MISSION_KNOWN, GenderStaffingTable.class, GenderStaffingTable::mission));

  private GenderRules() {}

  /** The component a role sits in, or null for a role that may sit in any component. */
  static MissionComponent componentOf(GenderRole role) {
    switch (role) {
      case MILITARY_GENDER_ADVISER:
      case MILITARY_GENDER_FOCAL_POINT:
        return MissionComponent.MILITARY;
      case POLICE_GENDER_ADVISER:
        return MissionComponent.POLICE;
      case SENIOR_GENDER_ADVISER:
      case GENDER_ADVISER:
      case GENDER_AFFAIRS_OFFICER:
      case SENIOR_WOMEN_PROTECTION_ADVISER:
      case WOMEN_PROTECTION_ADVISER:
        return MissionComponent.CIVILIAN;
      default:
        return null;
    }
  }

  private static Location post(int i) {
    return Location.root().field("posts").index(i);
  }

  private static final class RoleFitsComponent extends BuiltInRule<GenderStaffingTable> {
    RoleFitsComponent() {
      super(ROLE_FITS_COMPONENT, GenderStaffingTable.class);
    }

    @Override
    public void check(GenderStaffingTable t, ValidationContext ctx, IssueCollector out) {
      List<GenderPost> posts = t.posts();
      for (int i = 0; i < posts.size(); i++) {
        GenderPost p = posts.get(i);
        MissionComponent expected = componentOf(p.role());
        if (expected != null && expected != p.component()) {
          out.report(
              ROLE_FITS_COMPONENT, post(i).field("component"), p.postId(),
              p.role().displayName(), lower(p.component()), p.role().displayName(), lower(expected));
        }
      }
    }
  }

  /** Whether two posts are equal in everything but their id (the mission is the table's). */
  static boolean sameButId(GenderPost a, GenderPost b) {
    return a.role() == b.role()
        && a.component() == b.component()
        && a.reportingLine() == b.reportingLine()
        && a.status() == b.status()
        && a.level().equals(b.level())
        && a.functions().equals(b.functions());
  }

  private static final class NoDuplicatePosts extends BuiltInRule<GenderStaffingTable> {
    NoDuplicatePosts() {
      super(NO_DUPLICATE_POSTS, GenderStaffingTable.class);
    }

    @Override
    public void check(GenderStaffingTable t, ValidationContext ctx, IssueCollector out) {
      List<GenderPost> posts = t.posts();
      for (int j = 1; j < posts.size(); j++) {
        GenderPost p = posts.get(j);
        for (int i = 0; i < j; i++) {
          if (sameButId(posts.get(i), p)) {
            // Reported once, on the later post, naming the first it repeats.
            out.report(NO_DUPLICATE_POSTS, post(j), p.postId(), posts.get(i).postId());
            break;
          }
        }
      }
    }
  }

  private static final class SeniorPostFilled extends BuiltInRule<GenderStaffingTable> {
    SeniorPostFilled() {
      super(SENIOR_POST_FILLED, GenderStaffingTable.class);
    }

    @Override
    public void check(GenderStaffingTable t, ValidationContext ctx, IssueCollector out) {
      List<GenderPost> posts = t.posts();
      for (int i = 0; i < posts.size(); i++) {
        GenderPost p = posts.get(i);
        if (p.role().isSenior() && p.status() == PostStatus.VACANT) {
          out.report(SENIOR_POST_FILLED, post(i).field("status"), p.postId(), p.role().displayName());
        }
      }
    }
  }

  private static final class NotAfterClosure extends BuiltInRule<GenderStaffingTable> {
    NotAfterClosure() {
      super(NOT_AFTER_CLOSURE, GenderStaffingTable.class);
    }

    @Override
    public void check(GenderStaffingTable t, ValidationContext ctx, IssueCollector out) {
      ValidationContext.MissionFacts facts = ctx.missionFacts(t.mission());
      if (facts == null) {
        out.skip(NOT_AFTER_CLOSURE, Known.notInContext("the mission " + t.mission()));
      } else if (facts.lastDayOfPresence != null && !t.posts().isEmpty()
          && t.asOf().isAfter(facts.lastDayOfPresence)) {
        out.report(
            NOT_AFTER_CLOSURE, Location.root().field("asOf"), t.posts().size(), t.asOf(),
            t.mission(), facts.lastDayOfPresence);
      }
    }
  }

  /** Component names as people (and the JSON format) write them: "military", not "MILITARY". */
  private static String lower(MissionComponent component) {
    return component.name().toLowerCase(java.util.Locale.ROOT);
  }
}
