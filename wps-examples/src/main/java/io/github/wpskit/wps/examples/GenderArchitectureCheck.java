package io.github.wpskit.wps.examples;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.gender.GenderPost;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.gender.MissionComponent;
import io.github.wpskit.wps.gender.PostStatus;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.validation.ValidationContext;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import io.github.wpskit.wps.validation.Validator;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;

/**
 * Checks a mission's gender architecture before importing it into a staffing system.
 *
 * <p>The integration story: a mission's gender staffing table arrives as JSON from a field office. The
 * staffing system must not import a table that misstates the architecture, so the import job decodes
 * it with {@code WpsJson.strict()} (a malformed file never reaches the system), validates it against
 * the reference catalog ({@code Validator} with {@code ValidationContext.of(ReferenceCatalog)}: the
 * catalog knows which missions are multidimensional and when a mission closed), and imports it only
 * when the report has no ERROR. Warnings travel with the import as notes for the gender team.
 *
 * <p>On the bundled samples: MINUSCA's table (a multidimensional mission, per the catalog) is complete
 * and is imported; MINUSMA's table, dated before the mission closed on 30 June 2023, has no Senior
 * Gender Adviser post and is imported with the WARNING {@code WPS-MSN-003} as a note (the sources say
 * multidimensional missions have Gender Advisers, not that this post is required); an UNMISS table
 * that places a Military Gender Adviser in the police component is held back with the ERROR
 * {@code WPS-GND-001}. The posts are illustrative.
 */
public final class GenderArchitectureCheck implements Runnable {
  private final PrintStream out;
  private final ReferenceCatalog catalog = ReferenceCatalog.standard();
  private final Validator validator = Validator.of(ValidationContext.of(catalog));

  /**
   * Creates the example.
   *
   * @param out where to write, not null
   */
  public GenderArchitectureCheck(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Checks the bundled MINUSCA, MINUSMA and UNMISS tables. */
  @Override
  public void run() {
    for (String sample : List.of(Samples.MINUSCA_TABLE, Samples.MINUSMA_TABLE,
        Samples.MISPLACED_ADVISER_TABLE)) {
      check(WpsJson.strict().decode(Samples.read(sample), GenderStaffingTable.class));
      out.println();
    }
  }

  /**
   * Checks one table and prints the import decision.
   *
   * @param table the table
   * @return true if the table may be imported (no ERROR)
   */
  public boolean check(GenderStaffingTable table) {
    String kind = catalog.mission(table.mission()).map(GenderArchitectureCheck::describe)
        .orElse("not in the reference catalog");
    out.printf("== %s gender staffing table as of %s (%s) ==%n", table.mission(), table.asOf(), kind);
    for (MissionComponent component : MissionComponent.values()) {
      long posts = table.posts().stream().filter(p -> p.component() == component).count();
      long vacant = table.posts().stream()
          .filter(p -> p.component() == component && p.status() == PostStatus.VACANT).count();
      out.printf("  %-9s posts: %d, vacant: %d%n", component.name().toLowerCase(), posts, vacant);
    }
    for (GenderPost p : table.posts()) {
      out.printf("    %-18s %-33s %-5s reports to %s%s%n", p.postId(), p.role().displayName(),
          p.level().orElse("-"), p.reportingLine().name().toLowerCase().replace('_', ' '),
          p.status() == PostStatus.VACANT ? " (vacant)" : "");
    }
    ValidationReport report = validator.validate(table);
    for (ValidationIssue issue : report.issues()) {
      out.printf("  %s %s at %s: %s%n", issue.severity(), issue.ruleId(), issue.location(),
          issue.message());
    }
    if (report.isValid()) {
      out.printf("  Decision: IMPORT (%d warnings, %d notes)%n", report.warningCount(),
          report.infoCount());
    } else {
      out.printf("  Decision: HOLD, fix %d error(s) before import%n", report.errorCount());
    }
    return report.isValid();
  }

  private static String describe(Mission m) {
    String dimension = m.multidimensional()
        .map(md -> md ? "multidimensional" : "not multidimensional").orElse("not classified");
    return dimension + ", " + m.closure().flatMap(c -> c.mandateEnded()).map(d -> "closed " + d)
        .orElse("active");
  }

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new GenderArchitectureCheck(System.out).run();
  }
}
