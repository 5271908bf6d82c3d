package io.github.wpskit.wps.parity;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.mission.MissionAcronym;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Adds deployment figures up, one record at a time, into the sums a {@link ParityAnalysis} reports:
 * per month and target group, overall, per mission and per contributing country.
 *
 * <p>Memory is constant per key (month, group, and country or mission), not per record: a file of
 * any length can be streamed through {@link #add}. Records are grouped by the year and month of
 * their reporting date, so two reporting dates in one month are added together.
 *
 * <p>This class is mutable and not thread-safe: use one tally per thread and {@link #merge} them,
 * or {@link ParityAnalysis#collector}.
 */
public final class ParityTally {
  private record Key(YearMonth month, ParityTargetGroup group, Object by) {}

  private final Map<Key, long[]> overall = new HashMap<>();
  private final Map<Key, long[]> byMission = new HashMap<>();
  private final Map<Key, long[]> byCountry = new HashMap<>();
  private long deployments;

  private ParityTally() {}

  /**
   * Starts an empty tally.
   *
   * @return the tally
   */
  public static ParityTally create() {
    return new ParityTally();
  }

  /**
   * Adds one record.
   *
   * @param d the record, not null
   * @return this tally
   */
  public ParityTally add(Deployment d) {
    YearMonth month = YearMonth.from(d.reportingDate());
    ParityTargetGroup group = d.targetGroup();
    long women = d.women();
    long total = d.total();
    sum(overall, new Key(month, group, null), women, total);
    sum(byMission, new Key(month, group, d.mission()), women, total);
    sum(byCountry, new Key(month, group, d.contributingCountry()), women, total);
    deployments++;
    return this;
  }

  /**
   * Adds every record.
   *
   * @param records the records, not null, without null elements
   * @return this tally
   */
  public ParityTally addAll(Iterable<? extends Deployment> records) {
    for (Deployment d : records) {
      add(Objects.requireNonNull(d, "deployment"));
    }
    return this;
  }

  /**
   * Adds another tally's sums to this one's.
   *
   * @param other the other tally, not null
   * @return this tally
   */
  public ParityTally merge(ParityTally other) {
    mergeInto(overall, other.overall);
    mergeInto(byMission, other.byMission);
    mergeInto(byCountry, other.byCountry);
    deployments += other.deployments;
    return this;
  }

  /**
   * Returns the analysis of the records added so far against targets (the targets are applied
   * here, so a stream may learn of them after its first records).
   *
   * @param targets the targets in force, such as {@link ParityTargets#ugps()}, not null
   * @return the analysis
   */
  public ParityAnalysis toAnalysis(ParityTargets targets) {
    Objects.requireNonNull(targets, "targets");
    return ParityAnalysis.builder()
        .deployments(deployments)
        .overall(rows(overall, targets, (b, by) -> { }))
        .byMission(rows(byMission, targets, (b, by) -> b.mission((MissionAcronym) by)))
        .byCountry(rows(byCountry, targets, (b, by) -> b.contributingCountry((CountryCode) by)))
        .build();
  }

  private interface Scope {
    void set(ParityRow.Builder b, Object by);
  }

  private static List<ParityRow> rows(
      Map<Key, long[]> sums, ParityTargets targets, Scope scope) {
    List<ParityRow> rows = new ArrayList<>(sums.size());
    for (Map.Entry<Key, long[]> e : sums.entrySet()) {
      Key k = e.getKey();
      ParityRow.Builder b = ParityRow.builder().month(k.month()).group(k.group())
          .women(e.getValue()[0]).total(e.getValue()[1])
          .target(targets.targetFor(k.group(), Year.of(k.month().getYear())));
      scope.set(b, k.by());
      rows.add(b.build());
    }
    rows.sort(ParityAnalysis.ROW_ORDER);
    return rows;
  }

  private static void sum(Map<Key, long[]> sums, Key key, long women, long total) {
    long[] s = sums.computeIfAbsent(key, k -> new long[2]);
    s[0] += women;
    s[1] += total;
  }

  private static void mergeInto(Map<Key, long[]> into, Map<Key, long[]> from) {
    for (Map.Entry<Key, long[]> e : from.entrySet()) {
      sum(into, e.getKey(), e.getValue()[0], e.getValue()[1]);
    }
  }
}
