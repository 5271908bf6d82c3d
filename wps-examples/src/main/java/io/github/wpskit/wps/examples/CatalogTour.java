package io.github.wpskit.wps.examples;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.WpsPillar;
import java.io.PrintStream;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A tour of the reference catalog: the WPS resolutions grouped by pillar, then each peacekeeping
 * operation with the resolutions that established it.
 *
 * <p>The integration story: a mandate tracker or a reporting portal needs the real resolution symbols,
 * dates and votes to check what users type against. {@code ReferenceCatalog.standard()} gives them
 * without a network call or a spreadsheet, and only from confirmed facts: where a fact was not
 * confirmed (a mission's classification, an establishing resolution) the catalog says so by leaving it
 * empty, and so does this tour.
 */
public final class CatalogTour implements Runnable {
  private final PrintStream out;
  private final ReferenceCatalog catalog;

  /**
   * Creates the tour.
   *
   * @param out where to write, not null
   */
  public CatalogTour(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
    this.catalog = ReferenceCatalog.standard();
  }

  /** Runs the tour. */
  @Override
  public void run() {
    out.println("== The Women, Peace and Security agenda: " + catalog.wpsResolutions().size()
        + " resolutions ==");
    for (Resolution r : catalog.wpsResolutions()) {
      out.printf("  %-18s adopted %s, %s, vote %s%n", r.symbol(), r.adopted(),
          r.meeting().map(Object::toString).orElse("meeting not recorded"),
          r.vote().map(Object::toString).orElse("not recorded"));
    }
    out.println();
    out.println("== By pillar ==");
    for (WpsPillar pillar : WpsPillar.values()) {
      String numbers = catalog.wpsResolutions().stream()
          .filter(r -> r.pillars().contains(pillar))
          .map(r -> String.valueOf(r.symbol().number()))
          .collect(Collectors.joining(", "));
      out.printf("  %-20s %s%n", pillar.displayName(), numbers);
    }
    catalog.resolution(ReferenceCatalog.WOMEN_IN_PEACEKEEPING).ifPresent(r ->
        out.printf("  Beside the agenda: %s (%s), %s%n", r.symbol(), r.adopted(),
            r.summary().orElse("")));
    out.println();
    out.println("== Peacekeeping operations: " + catalog.activeMissions().size() + " active, "
        + (catalog.missions().size() - catalog.activeMissions().size()) + " closed ==");
    for (Mission m : catalog.missions()) {
      String established = m.establishedBy().isEmpty()
          ? "establishing resolution not confirmed"
          : m.establishedBy().stream().map(s -> s.toString() + " of " + catalog.resolution(s)
              .map(r -> r.adopted().toString()).orElse("?")).collect(Collectors.joining(" and "));
      String status = m.closure()
          .map(c -> "closed: mandate ended " + c.mandateEnded()
              + c.decidedBy().map(s -> " by " + s).orElse(""))
          .orElse("active");
      out.printf("  %-8s %s (%s)%n           %s; %s%n", m.acronym(), m.name(), m.host(),
          established, status);
    }
  }

  /**
   * Runs the tour on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new CatalogTour(System.out).run();
  }
}
