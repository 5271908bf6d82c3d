package io.github.wpskit.wps.examples;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.WpsPillar;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
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
    LocalDate horizon = catalog.knowledgeHorizon().orElseThrow();
    List<Mission> active = catalog.activeOn(horizon);
    out.println("== Missions: " + catalog.missions().size() + ", " + active.size()
        + " active on " + horizon + " (the catalog's knowledge horizon) ==");
    for (Mission m : active) {
      String established = m.establishedBy().isEmpty()
          ? "establishing resolution not confirmed"
          : m.establishedBy().stream().map(s -> s.toString() + " of " + catalog.resolution(s)
              .map(r -> r.adopted().toString()).orElse("?")).collect(Collectors.joining(" and "));
      String mandate = m.mandateConfirmedUntil()
          .map(d -> "mandate last confirmed until " + d
              + m.mandateConfirmedBy().map(s -> " (" + s + ")").orElse(""))
          .orElse("no periodic renewal");
      String closure = m.closure().flatMap(c -> c.endOfActivity())
          .map(d -> "; closure decided, operations end " + d).orElse("");
      out.printf("  %-8s %s (%s)%n           %s; %s%s%n", m.acronym(), m.name().orElse("-"),
          m.host().orElse("-"), established, mandate, closure);
    }
    out.println();
    out.println("== Closures in phases ==");
    for (String acronym : List.of("MINUSMA", "UNAMID", "UNMHA", "UNIFIL")) {
      MissionAcronym a = MissionAcronym.parse(acronym);
      for (String date : List.of("2023-12-31", "2024-06-30", "2026-06-30", "2027-06-30")) {
        catalog.statusOn(a, LocalDate.parse(date)).ifPresent(st ->
            out.printf("  %-8s %s  %-11s %s%n", acronym, date, st.phase(), st.explanation()));
      }
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
