package io.github.wpskit.wps.examples;

import io.github.wpskit.wps.json.NdjsonReader;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import io.github.wpskit.wps.parity.ParityTargets;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Gender parity of deployments against the targets, by mission and parity target group.
 *
 * <p>The integration story: a gender statistics pipeline receives monthly, sex-disaggregated
 * deployment figures per mission, contributing country and personnel type as NDJSON. It streams
 * them ({@code WpsJson.ndjsonReader}, constant memory however long the file), adds up the latest
 * month per mission and target group across contributing countries (staff officers and military
 * experts on mission share one target, so they are added together), and compares the share of
 * women with the target of the Uniformed Gender Parity Strategy in force on that date
 * ({@code ParityTargets.targetInForce}). The library ships only the UGPS targets the project could
 * confirm (2021, 2022 for formed police units, 2028), each for its own year; where no target is
 * in force the table says so rather than guess, and a user can supply the missing years with
 * {@code ParityTargets.withTarget}. DPO's own measure, per contributing country and month with
 * its colour status, is {@code ParityAnalysis}.
 *
 * <p>The figures of the bundled samples are illustrative; the targets are the confirmed UGPS values.
 */
public final class ParityByMission implements Runnable {
  private final PrintStream out;

  /** One line of the summary: a mission and target group on its latest reporting date. */
  public static final class Row {
    private final MissionAcronym mission;
    private final ParityTargetGroup group;
    private final LocalDate reportingDate;
    private final int women;
    private final int men;
    private final Optional<ParityTarget> target;

    Row(MissionAcronym mission, ParityTargetGroup group, LocalDate reportingDate, int women,
        int men, Optional<ParityTarget> target) {
      this.mission = mission;
      this.group = group;
      this.reportingDate = reportingDate;
      this.women = women;
      this.men = men;
      this.target = target;
    }

    /**
     * Returns the mission.
     *
     * @return the acronym
     */
    public MissionAcronym mission() {
      return mission;
    }

    /**
     * Returns the parity target group.
     *
     * @return the group
     */
    public ParityTargetGroup group() {
      return group;
    }

    /**
     * Returns the latest reporting date of the mission and target group.
     *
     * @return the date
     */
    public LocalDate reportingDate() {
      return reportingDate;
    }

    /**
     * Returns the women deployed on that date, summed over contributing countries.
     *
     * @return the count
     */
    public int women() {
      return women;
    }

    /**
     * Returns the men deployed on that date, summed over contributing countries.
     *
     * @return the count
     */
    public int men() {
      return men;
    }

    /**
     * Returns the share of women in percent.
     *
     * @return 0 to 100, or NaN when nobody is deployed
     */
    public double femalePercentage() {
      int total = women + men;
      return total == 0 ? Double.NaN : women * 100.0 / total;
    }

    /**
     * Returns the target in force on the reporting date.
     *
     * @return the target, or empty when none is known for that date
     */
    public Optional<ParityTarget> target() {
      return target;
    }

    /**
     * Returns the status against the target: {@code meets}, {@code below} or {@code no target}.
     *
     * @return the status
     */
    public String status() {
      if (target.isEmpty() || Double.isNaN(femalePercentage())) {
        return "no target";
      }
      return femalePercentage() >= target.get().percentage() ? "meets" : "below";
    }
  }

  /**
   * Creates the example.
   *
   * @param out where to write, not null
   */
  public ParityByMission(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Summarises the bundled monthly figures for 2024 against the UGPS targets. */
  @Override
  public void run() {
    List<Deployment> figures = new ArrayList<>();
    try (InputStream in = Samples.open(Samples.MONTHLY_DEPLOYMENTS);
        NdjsonReader<Deployment> reader = WpsJson.strict().ndjsonReader(in, Deployment.class)) {
      reader.forEachRemaining(figures::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.printf("== Female share against UGPS targets: %d records ==%n", figures.size());
    print(summarise(figures, ParityTargets.ugps()), out);
  }

  /**
   * Adds up the latest reporting date of each mission and target group across contributing countries and
   * finds the target in force on it.
   *
   * @param figures the deployment figures
   * @param targets the targets
   * @return the rows, by mission, then target group
   */
  public static List<Row> summarise(Collection<Deployment> figures, ParityTargets targets) {
    Map<String, LocalDate> latest = new TreeMap<>();
    for (Deployment d : figures) {
      latest.merge(key(d.mission(), d.targetGroup()), d.reportingDate(),
          (a, b) -> a.isAfter(b) ? a : b);
    }
    Map<String, int[]> sums = new TreeMap<>();
    Map<String, Deployment> sample = new TreeMap<>();
    for (Deployment d : figures) {
      String key = key(d.mission(), d.targetGroup());
      if (d.reportingDate().equals(latest.get(key))) {
        int[] s = sums.computeIfAbsent(key, k -> new int[2]);
        s[0] += d.women();
        s[1] += d.men();
        sample.putIfAbsent(key, d);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, int[]> e : sums.entrySet()) {
      Deployment d = sample.get(e.getKey());
      rows.add(new Row(d.mission(), d.targetGroup(), d.reportingDate(), e.getValue()[0],
          e.getValue()[1], targets.targetInForce(d.targetGroup(), d.reportingDate())));
    }
    rows.sort(Comparator.comparing(Row::mission).thenComparing(Row::group));
    return rows;
  }

  private static String key(MissionAcronym mission, ParityTargetGroup group) {
    return mission + "/" + group.ordinal();
  }

  /**
   * Prints rows as a table.
   *
   * @param rows the rows
   * @param out where to write
   */
  public static void print(List<Row> rows, PrintStream out) {
    out.printf("  %-8s %-38s %-10s %7s %7s %6s  %-13s %s%n", "Mission", "Target group", "Date", "Women",
        "Total", "Share", "Target", "Status");
    for (Row r : rows) {
      out.printf(Locale.ROOT, "  %-8s %-38s %-10s %7d %7d %5.1f%%  %-13s %s%n", r.mission(),
          r.group().displayName(), r.reportingDate(), r.women(), r.women() + r.men(),
          r.femalePercentage(), r.target().map(t -> String.format(Locale.ROOT, "%.0f%% (%s)",
              t.percentage(), t.year())).orElse("none known"), r.status());
    }
  }

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new ParityByMission(System.out).run();
  }
}
