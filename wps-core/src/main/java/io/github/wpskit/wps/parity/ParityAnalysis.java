package io.github.wpskit.wps.parity;

import io.github.wpskit.wps.InvalidValueException;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collector;
import org.immutables.value.Value;

/**
 * Gender parity of uniformed personnel as DPO measures it: for each month, each target group's
 * share of women (a) for each contributing country across all missions, with DPO's colour
 * {@link ParityStatus status}; (b) for each mission across all contributors; (c) overall. Every
 * {@link ParityRow row} carries women, total, share, the target in force for its year and the
 * shortfall.
 *
 * <pre>{@code
 * ParityAnalysis analysis = ParityAnalysis.of(deployments, ParityTargets.ugps());
 * for (ParityRow row : analysis.byCountry()) {
 *   row.status().ifPresent(s -> ...);
 * }
 * // or, streaming: records.stream().collect(ParityAnalysis.collector(targets))
 * }</pre>
 *
 * <p>Months are the year and month of the records' reporting dates (DPO reports once a month, as
 * of its last day). A staff officer and a military expert on mission count in one group, the one
 * the strategy's target for military observers and staff officers applies to.
 *
 * <p>Invariants ({@link InvalidValueException} otherwise): {@link #overall()} rows have neither
 * country nor mission, {@link #byMission()} rows a mission, {@link #byCountry()} rows a country.
 * Rows are in the order month, group, then mission or country; {@code deployments} is not
 * negative.
 *
 * <p>This class is immutable and thread-safe. Obtain one with {@link #of}, {@link #collector} or
 * {@link ParityTally}; {@link #builder()} is for readers of stored analyses.
 */
@Value.Immutable
public abstract class ParityAnalysis {
  /** Month, group, then country or mission: the order of every list of rows. */
  static final Comparator<ParityRow> ROW_ORDER =
      Comparator.comparing(ParityRow::month)
          .thenComparing(ParityRow::group)
          .thenComparing(r -> r.mission().map(Object::toString)
              .or(() -> r.contributingCountry().map(Object::toString)).orElse(""));

  ParityAnalysis() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ParityAnalysis} values; every list may be empty. */
  public static final class Builder extends ImmutableParityAnalysis.Builder {
    Builder() {}
  }

  /**
   * Analyses a batch of deployment records, reading each once.
   *
   * @param records the records, not null, without null elements; any iterable, read once
   * @param targets the targets in force, such as {@link ParityTargets#ugps()}, not null
   * @return the analysis
   */
  public static ParityAnalysis of(Iterable<? extends Deployment> records, ParityTargets targets) {
    return ParityTally.create().addAll(records).toAnalysis(targets);
  }

  /**
   * Returns a collector that analyses a stream of deployment records (parallel streams merge
   * their tallies).
   *
   * @param targets the targets in force, not null
   * @return the collector
   */
  public static Collector<Deployment, ?, ParityAnalysis> collector(ParityTargets targets) {
    Objects.requireNonNull(targets, "targets");
    return Collector.of(
        ParityTally::create, ParityTally::add, ParityTally::merge, t -> t.toAnalysis(targets));
  }

  /**
   * Returns the number of deployment records analysed.
   *
   * @return 0 or more
   */
  public abstract long deployments();

  /**
   * Returns the overall share of each target group in each month.
   *
   * @return rows without country or mission, by month and group
   */
  public abstract List<ParityRow> overall();

  /**
   * Returns each mission's share of each target group in each month, across contributors.
   *
   * @return mission rows, by month, group and mission
   */
  public abstract List<ParityRow> byMission();

  /**
   * Returns each contributing country's share of each target group in each month, across all
   * missions, with DPO's colour status.
   *
   * @return country rows, by month, group and country
   */
  public abstract List<ParityRow> byCountry();

  /**
   * Returns the months the analysis covers.
   *
   * @return the months, ascending, without repeats
   */
  public final List<YearMonth> months() {
    TreeSet<YearMonth> months = new TreeSet<>();
    overall().forEach(r -> months.add(r.month()));
    return List.copyOf(months);
  }

  /**
   * Finds the overall row of a group in a month.
   *
   * @param month the month, not null
   * @param group the group, not null
   * @return the row, or empty when no record of the group falls in the month
   */
  public final Optional<ParityRow> overall(YearMonth month, ParityTargetGroup group) {
    return overall().stream()
        .filter(r -> r.month().equals(month) && r.group() == group)
        .findFirst();
  }

  @Value.Check
  final void check() {
    if (deployments() < 0) {
      throw new InvalidValueException(
          "ParityAnalysis.deployments", deployments(), "must not be negative");
    }
    checkRows("overall", overall(), false, false);
    checkRows("byMission", byMission(), true, false);
    checkRows("byCountry", byCountry(), false, true);
  }

  private static void checkRows(
      String name, List<ParityRow> rows, boolean mission, boolean country) {
    for (int i = 0; i < rows.size(); i++) {
      ParityRow r = rows.get(i);
      if (r.mission().isPresent() != mission || r.contributingCountry().isPresent() != country) {
        throw new InvalidValueException("ParityAnalysis." + name + "[" + i + "]", r,
            mission ? "must name a mission" : country ? "must name a contributing country"
                : "must name neither a mission nor a country");
      }
      if (i > 0 && ROW_ORDER.compare(rows.get(i - 1), r) >= 0) {
        throw new InvalidValueException("ParityAnalysis." + name + "[" + i + "]", r,
            "must come after the row before it (order: month, group, then mission or country;"
                + " no repeats)");
      }
    }
  }
}
