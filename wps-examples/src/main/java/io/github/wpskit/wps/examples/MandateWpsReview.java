package io.github.wpskit.wps.examples;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.MandateTask;
import io.github.wpskit.wps.mission.TaskCategory;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.resolution.WpsPillar;
import io.github.wpskit.wps.validation.ValidationContext;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import io.github.wpskit.wps.validation.Validator;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a mandate and shows which WPS resolutions its tasks answer, and which WPS expectations it
 * misses.
 *
 * <p>The integration story: a mandate tracker stores each mandate as structured tasks rather than
 * free text. A desk officer preparing a renewal asks two questions of it: which resolutions of the
 * Women, Peace and Security agenda do the tasks answer (looked up in the reference catalog, with
 * their pillars), and what is missing: WPS task categories the mandate does not have, WPS pillars no
 * cited resolution serves, and the validation rules that judge the mandate together with the
 * mission's gender staffing table ({@code Validator.validateAll}, so the rules see both).
 *
 * <p>On the bundled samples: MONUSCO's mandate under resolution 1925 (2010) has CRSV monitoring and
 * reporting tasks, but its staffing table has no Women Protection Adviser post, which rule
 * {@code WPS-MND-008} reports. The mandate's period end and task wording are illustrative.
 */
public final class MandateWpsReview implements Runnable {
  private final PrintStream out;
  private final ReferenceCatalog catalog = ReferenceCatalog.standard();

  /**
   * Creates the example.
   *
   * @param out where to write, not null
   */
  public MandateWpsReview(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Reviews the bundled MONUSCO mandate with MONUSCO's staffing table. */
  @Override
  public void run() {
    Mandate mandate = WpsJson.strict().decode(Samples.read(Samples.MONUSCO_MANDATE), Mandate.class);
    GenderStaffingTable table =
        WpsJson.strict().decode(Samples.read(Samples.MONUSCO_TABLE), GenderStaffingTable.class);
    review(mandate, table);
  }

  /**
   * Reviews a mandate, judged together with the mission's staffing table.
   *
   * @param mandate the mandate
   * @param table the staffing table of the same mission
   * @return the validation report of the two together
   */
  public ValidationReport review(Mandate mandate, GenderStaffingTable table) {
    out.printf("== Mandate %s, %s to %s ==%n", mandate.id(), mandate.start(), mandate.end());
    catalog.resolution(mandate.authorisedBy()).ifPresent(r ->
        out.printf("  Authorised by %s, adopted %s%n", r.symbol(), r.adopted()));
    Set<ResolutionSymbol> answered = new TreeSet<>();
    Set<WpsPillar> pillars = EnumSet.noneOf(WpsPillar.class);
    Set<TaskCategory> wpsCategories = EnumSet.noneOf(TaskCategory.class);
    for (MandateTask task : mandate.tasks()) {
      out.printf("  %s %s%n", task.category().isWps() ? "[WPS]" : "     ",
          task.category().displayName());
      if (task.category().isWps()) {
        wpsCategories.add(task.category());
      }
      for (ResolutionSymbol s : task.citedResolutions()) {
        Optional<Resolution> r = catalog.resolution(s);
        if (r.isPresent() && r.get().wpsAgenda()) {
          answered.add(s);
          pillars.addAll(r.get().pillars());
        }
        out.printf("          cites %s%s%n", s, r.map(MandateWpsReview::describe)
            .orElse(" (not in the reference catalog)"));
      }
    }
    out.println();
    out.println("  WPS resolutions the tasks answer: " + (answered.isEmpty() ? "none"
        : answered.stream().map(Object::toString).collect(Collectors.joining(", "))));
    out.println("  WPS pillars they serve: " + pillars.stream().map(WpsPillar::displayName)
        .collect(Collectors.joining(", ")));
    out.println();
    out.println("  WPS expectations missed:");
    List<String> missed = new ArrayList<>();
    for (TaskCategory c : TaskCategory.values()) {
      if (c.isWps() && !wpsCategories.contains(c)) {
        missed.add("no task for " + c.displayName());
      }
    }
    for (WpsPillar p : WpsPillar.values()) {
      if (!pillars.contains(p)) {
        missed.add("no cited WPS resolution serves the pillar " + p.displayName());
      }
    }
    missed.forEach(m -> out.println("    - " + m));
    Validator validator = Validator.of(ValidationContext.of(catalog));
    ValidationReport report = validator.validateAll(List.of(mandate, table));
    for (ValidationIssue issue : report.issues()) {
      out.printf("    - %s %s: %s%n", issue.severity(), issue.ruleId(), issue.message());
    }
    return report;
  }

  private static String describe(Resolution r) {
    if (!r.wpsAgenda()) {
      return " (adopted " + r.adopted() + ")";
    }
    return " (WPS agenda, adopted " + r.adopted() + "; " + r.pillars().stream()
        .map(WpsPillar::displayName).collect(Collectors.joining(", ")) + ")";
  }

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new MandateWpsReview(System.out).run();
  }
}
