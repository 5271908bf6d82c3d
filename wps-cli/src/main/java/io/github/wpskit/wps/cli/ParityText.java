package io.github.wpskit.wps.cli;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.csv.CountryNames;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityRow;
import io.github.wpskit.wps.parity.ParityStatus;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import io.github.wpskit.wps.validation.Validator;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The text of {@code wps parity}: a header naming what was read, the months, and where the targets
 * came from (shipped or supplied); then the chosen tables: (a) overall, each target group's share of
 * women by month, with the target in force; (b) the contributing countries of a month with DPO's
 * colour status, most in need first; (c) each mission's share by group in a month. What could not
 * be read comes last.
 *
 * <p>Shares are rounded down to two decimals, as {@code WPS-PAR-001}'s messages round them, so a share
 * below its target never reads as at it; a total of 0 has no share ({@code -}), never NaN. Counts
 * have thousands separators.
 */
final class ParityText {
  /**
   * Country rows, most in need of women first: below the target (red, under 0.1%, yellow; red also
   * when no target is known, since no women is below any target) by the largest shortfall, then
   * the lowest share, then the largest total; then the rows whose target is unknown, by the lowest
   * share; then green rows; then rows of no personnel.
   */
  static final Comparator<ParityRow> MOST_IN_NEED =
      Comparator.<ParityRow>comparingInt(r -> need(r.status().orElseThrow()))
          .thenComparing(r -> r.shortfall().isPresent() ? -r.shortfall().getAsLong() : 1)
          .thenComparing(ParityText::compareShares)
          .thenComparing(r -> -r.total())
          .thenComparing(ParityRow::group)
          .thenComparing(r -> r.contributingCountry().map(CountryCode::code).orElse(""));

  /** The statuses in the order of the count line. */
  private static final List<ParityStatus> COUNT_ORDER = List.of(ParityStatus.RED,
      ParityStatus.BELOW_YELLOW_THRESHOLD, ParityStatus.YELLOW, ParityStatus.TARGET_UNKNOWN,
      ParityStatus.GREEN, ParityStatus.NO_PERSONNEL);

  private static int need(ParityStatus s) {
    switch (s) {
      case RED:
      case BELOW_YELLOW_THRESHOLD:
      case YELLOW:
        return 0;
      case TARGET_UNKNOWN:
        return 1;
      case GREEN:
        return 2;
      default:
        return 3;
    }
  }

  /** The longest country name shown; longer ones are cut. */
  private static final int MAX_NAME = 22;

  private final PrintWriter out;
  private final ParityBatch batch;
  private final ParityAnalysis analysis;
  private final CountryNames names = CountryNames.dpo();

  /** What the tables show: the views, the months of the country and mission tables, the rows. */
  record Selection(
      Set<ParityCommand.View> views, List<YearMonth> months, boolean monthChosen, int maxRows) {}

  ParityText(PrintWriter out, ParityBatch batch, ParityAnalysis analysis) {
    this.out = out;
    this.batch = batch;
    this.analysis = analysis;
  }

  /**
   * Writes the header, the selected tables and what could not be read.
   *
   * @param selection the tables to write
   * @param catalogAsOf the reference catalog's horizon
   */
  void write(Selection selection, String catalogAsOf) {
    writeHeader(catalogAsOf);
    if (analysis.deployments() == 0) {
      out.println();
      out.println("No deployment record was read: there is nothing to analyse.");
    } else {
      if (selection.views().contains(ParityCommand.View.overall)) {
        writeOverall(selection);
      }
      if (selection.views().contains(ParityCommand.View.country)) {
        for (YearMonth m : selection.months()) {
          writeCountries(m, selection.maxRows());
        }
        writeStatusLegend();
      }
      if (selection.views().contains(ParityCommand.View.mission)) {
        for (YearMonth m : selection.months()) {
          writeMissions(m);
        }
      }
    }
    writeProblems();
    out.flush();
  }

  private void writeHeader(String catalogAsOf) {
    out.printf("Parity of uniformed personnel as DPO measures it (wps %s, reference catalog to %s)%n",
        Validator.LIBRARY_VERSION, catalogAsOf);
    Map<String, Long> inputs = batch.documentsPerInput();
    out.printf(Locale.ROOT, "Read %,d deployment record%s from %d input%s%s%n",
        analysis.deployments(), analysis.deployments() == 1 ? "" : "s", inputs.size(),
        inputs.size() == 1 ? "" : "s", batch.problemCount() == 0 ? ""
            : String.format(Locale.ROOT, "; %,d could not be read or used (listed at the end)",
                batch.problemCount()));
    if (inputs.size() <= 10) {
      for (Map.Entry<String, Long> e : inputs.entrySet()) {
        String csv = batch.csvSummaries().get(e.getKey());
        out.println("  " + (csv != null ? OneLine.of(csv) : String.format(Locale.ROOT,
            "%s: %,d document%s", OneLine.of(e.getKey()), e.getValue(),
            e.getValue() == 1 ? "" : "s")));
      }
    }
    writeCsvFindings();
    List<YearMonth> months = analysis.months();
    if (!months.isEmpty()) {
      YearMonth first = months.get(0);
      YearMonth last = months.get(months.size() - 1);
      List<String> gaps = new ArrayList<>();
      for (YearMonth m = first; m.isBefore(last); m = m.plusMonths(1)) {
        if (!months.contains(m)) {
          gaps.add(m.toString());
        }
      }
      out.printf("Months: %d, %s to %s%s%n", months.size(), first, last,
          gaps.isEmpty() ? "" : " (no figures for " + String.join(", ", gaps) + ")");
    }
    writeTargetsHeader();
  }

  private void writeCsvFindings() {
    if (batch.csvFindingsByCode().isEmpty()) {
      return;
    }
    out.println("  CSV reading: " + batch.csvFindingsByCode().entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%,d %s", sum(e.getValue()), e.getKey()))
        .collect(Collectors.joining(", ")));
    for (String w : batch.csvWarnings()) {
      out.println("    " + OneLine.of(w));
    }
    if (batch.csvWarningCount() > batch.csvWarnings().size()) {
      out.printf(Locale.ROOT, "    ... and %,d more warnings (wps validate lists them all)%n",
          batch.csvWarningCount() - batch.csvWarnings().size());
    }
  }

  private static long sum(long[] counts) {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  /** Where the targets come from, and which years of the figures have none. */
  private void writeTargetsHeader() {
    Set<Integer> shippedYears = new TreeSet<>();
    batch.targets().targets().stream().filter(t -> batch.supplied(t).isEmpty())
        .forEach(t -> shippedYears.add(t.year().getValue()));
    String shipped = shippedYears.isEmpty() ? "none" : shippedYears.stream()
        .map(String::valueOf).collect(Collectors.joining(", "));
    List<ParityBatch.Supplied> supplied = batch.suppliedTargets();
    StringBuilder line = new StringBuilder("Targets: the confirmed UGPS targets the library ships ("
        + shipped + ")");
    if (supplied.isEmpty()) {
      line.append("; none supplied");
    } else {
      line.append(String.format(Locale.ROOT, "; %d supplied: ", supplied.size()));
      int shown = Math.min(supplied.size(), 6);
      for (int i = 0; i < shown; i++) {
        ParityBatch.Supplied s = supplied.get(i);
        line.append(i == 0 ? "" : ", ").append(s.target().year()).append(' ')
            .append(label(s.target().group())).append(' ').append(percent(s.target().percentage()))
            .append(" (").append(s.origin()).append(')');
      }
      if (supplied.size() > shown) {
        line.append(String.format(Locale.ROOT, " and %d more", supplied.size() - shown));
      }
    }
    out.println(OneLine.of(line));
    // The years of the figures whose groups have no target: say which, and how to supply them.
    Map<Integer, List<String>> missing = new TreeMap<>();
    for (ParityRow r : analysis.overall()) {
      if (r.target().isEmpty()) {
        List<String> groups = missing.computeIfAbsent(r.month().getYear(), y -> new ArrayList<>());
        if (!groups.contains(label(r.group()))) {
          groups.add(label(r.group()));
        }
      }
    }
    if (!missing.isEmpty()) {
      // Years missing the same groups are named together: "2023, 2024 (every group)".
      Map<String, List<String>> yearsByGroups = new LinkedHashMap<>();
      int present = groupsOf(analysis.overall()).size();
      missing.forEach((year, groups) -> yearsByGroups.computeIfAbsent(groups.size() == present
          ? "every group" : String.join(", ", groups), g -> new ArrayList<>()).add("" + year));
      out.println("No confirmed target for " + yearsByGroups.entrySet().stream()
          .map(e -> String.join(", ", e.getValue()) + " (" + e.getKey() + ")")
          .collect(Collectors.joining("; ")) + ": supply them with --targets FILE (a"
          + " parity-targets");
      out.println("  document; wps schema parity-targets). The library never carries an older"
          + " target forward.");
    }
  }

  /** (a) Each group's share of women in each month, with each year's target in force. */
  private void writeOverall(Selection selection) {
    Set<YearMonth> only = selection.months().size() == 1 && selection.monthChosen()
        ? Set.copyOf(selection.months()) : null;
    List<ParityTargetGroup> groups = groupsOf(analysis.overall());
    Map<YearMonth, Map<ParityTargetGroup, ParityRow>> byMonth = new TreeMap<>();
    for (ParityRow r : analysis.overall()) {
      if (only == null || only.contains(r.month())) {
        byMonth.computeIfAbsent(r.month(), m -> new EnumMap<>(ParityTargetGroup.class))
            .put(r.group(), r);
      }
    }
    out.println();
    out.println("Overall: women among each target group's personnel, all missions, by month"
        + " (women/total, share)");
    String[] header = new String[groups.size() + 1];
    header[0] = "month";
    for (int i = 0; i < groups.size(); i++) {
      header[i + 1] = ">" + label(groups.get(i));
    }
    TextTable table = new TextTable(header);
    int year = -1;
    for (Map.Entry<YearMonth, Map<ParityTargetGroup, ParityRow>> e : byMonth.entrySet()) {
      if (e.getKey().getYear() != year) {
        year = e.getKey().getYear();
        String[] cells = new String[groups.size() + 1];
        cells[0] = year + " target";
        for (int i = 0; i < groups.size(); i++) {
          cells[i + 1] = target(groups.get(i), Year.of(year));
        }
        table.row(cells);
      }
      String[] cells = new String[groups.size() + 1];
      cells[0] = e.getKey().toString();
      for (int i = 0; i < groups.size(); i++) {
        ParityRow r = e.getValue().get(groups.get(i));
        cells[i + 1] = r == null ? "" : String.format(Locale.ROOT, "%,d/%,d  %s",
            r.women(), r.total(), share(r));
      }
      table.row(cells);
    }
    table.print(out);
    writeLegend(groups);
  }

  /** The target in force for a group in a year, and where it came from. */
  private String target(ParityTargetGroup group, Year year) {
    return batch.targets().targetFor(group, year).map(this::target).orElse("no confirmed target");
  }

  private String target(ParityTarget t) {
    return percent(t.percentage()) + (batch.supplied(t).isPresent() ? " supplied" : " UGPS");
  }

  /** (b) One month's contributing countries, most in need of women first. */
  private void writeCountries(YearMonth month, int maxRows) {
    List<ParityRow> rows = analysis.byCountry().stream().filter(r -> r.month().equals(month))
        .sorted(MOST_IN_NEED).collect(Collectors.toList());
    Map<ParityStatus, Long> counts = new EnumMap<>(ParityStatus.class);
    rows.forEach(r -> counts.merge(r.status().orElseThrow(), 1L, Long::sum));
    out.println();
    out.printf(Locale.ROOT, "Contributing countries in %s, all missions: %,d rows (%s), most in"
        + " need first%n", month, rows.size(), COUNT_ORDER.stream().filter(counts::containsKey)
            .map(s -> String.format(Locale.ROOT, "%s %,d", status(s), counts.get(s)))
            .collect(Collectors.joining(", ")));
    TextTable table = new TextTable("status", "group", "country", ">women", ">total", ">share",
        "target", ">shortfall");
    for (ParityRow r : rows.subList(0, Math.min(maxRows, rows.size()))) {
      table.row(status(r.status().orElseThrow()), label(r.group()),
          country(r.contributingCountry().orElseThrow()), count(r.women()), count(r.total()),
          share(r), r.target().map(this::target).orElse("no confirmed target"),
          r.shortfall().isPresent() ? count(r.shortfall().getAsLong()) : "-");
    }
    if (!rows.isEmpty() && maxRows > 0) {
      table.print(out);
    }
    if (rows.size() > maxRows) {
      out.printf(Locale.ROOT, "  (the first %,d of %,d: --max-rows N shows more, --all-months"
          + " every month, --format csv all rows)%n", maxRows, rows.size());
    }
  }

  private void writeStatusLegend() {
    out.println("  Status, as DPO colours a country: green meets or exceeds the target; yellow"
        + " 0.1% or more women;");
    out.println("  red no women. Left open by DPO's rule: under 0.1% (women, fewer than 0.1%);"
        + " target unknown (no");
    out.println("  confirmed target: green and yellow cannot be told apart); no personnel (a total"
        + " of 0). Shortfall:");
    out.println("  how many more women at the same total would meet the target.");
  }

  /** (c) One month's missions, each group's share across contributors. */
  private void writeMissions(YearMonth month) {
    List<ParityRow> rows = analysis.byMission().stream().filter(r -> r.month().equals(month))
        .collect(Collectors.toList());
    List<ParityTargetGroup> groups = groupsOf(rows);
    Map<String, Map<ParityTargetGroup, ParityRow>> byMission = new TreeMap<>();
    for (ParityRow r : rows) {
      byMission.computeIfAbsent(r.mission().orElseThrow().toString(),
          m -> new EnumMap<>(ParityTargetGroup.class)).put(r.group(), r);
    }
    out.println();
    out.printf(Locale.ROOT, "Missions in %s: women among each mission's personnel, all"
        + " contributors (women/total, share)%n", month);
    String[] header = new String[groups.size() + 1];
    header[0] = "mission";
    for (int i = 0; i < groups.size(); i++) {
      header[i + 1] = ">" + label(groups.get(i));
    }
    TextTable table = new TextTable(header);
    String[] targets = new String[groups.size() + 1];
    targets[0] = month.getYear() + " target";
    for (int i = 0; i < groups.size(); i++) {
      targets[i + 1] = target(groups.get(i), Year.of(month.getYear()));
    }
    table.row(targets);
    for (Map.Entry<String, Map<ParityTargetGroup, ParityRow>> e : byMission.entrySet()) {
      String[] cells = new String[groups.size() + 1];
      cells[0] = e.getKey();
      for (int i = 0; i < groups.size(); i++) {
        ParityRow r = e.getValue().get(groups.get(i));
        cells[i + 1] = r == null ? "" : String.format(Locale.ROOT, "%,d/%,d  %s",
            r.women(), r.total(), share(r));
      }
      table.row(cells);
    }
    table.print(out);
  }

  private void writeProblems() {
    List<String> problems = batch.problems();
    if (!problems.isEmpty()) {
      out.println();
      out.printf(Locale.ROOT, "Could not be read or used (%,d):%n", batch.problemCount());
      for (String p : problems) {
        out.println("  " + p);
      }
    }
  }

  /** The groups that occur among rows, in the groups' order. */
  private static List<ParityTargetGroup> groupsOf(List<ParityRow> rows) {
    Set<ParityTargetGroup> groups = EnumSet.noneOf(ParityTargetGroup.class);
    rows.forEach(r -> groups.add(r.group()));
    return List.copyOf(groups);
  }

  private static final Map<ParityTargetGroup, String> LABELS = labels();

  private static Map<ParityTargetGroup, String> labels() {
    Map<ParityTargetGroup, String> m = new LinkedHashMap<>();
    m.put(ParityTargetGroup.MILITARY_CONTINGENTS, "Troops");
    m.put(ParityTargetGroup.MILITARY_OBSERVERS_AND_STAFF_OFFICERS, "UNMEM+SO");
    m.put(ParityTargetGroup.FORMED_POLICE_UNITS, "FPU");
    m.put(ParityTargetGroup.INDIVIDUAL_POLICE_OFFICERS, "IPO");
    m.put(ParityTargetGroup.JUSTICE_AND_CORRECTIONS, "J&C");
    return m;
  }

  /** The short column name of a group, as DPO's lists abbreviate it. */
  static String label(ParityTargetGroup group) {
    return LABELS.get(group);
  }

  private void writeLegend(List<ParityTargetGroup> groups) {
    List<String> parts = new ArrayList<>();
    for (ParityTargetGroup g : groups) {
      parts.add(label(g) + ": " + (g == ParityTargetGroup.MILITARY_OBSERVERS_AND_STAFF_OFFICERS
          ? "military experts on mission and staff officers (one target)"
          : ParityBatch.groupName(g)));
    }
    // Wrapped to the width of the other notes.
    StringBuilder line = new StringBuilder(" ");
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i) + (i == parts.size() - 1 ? "." : ";");
      if (line.length() + 1 + part.length() > 104) {
        out.println(line);
        line.setLength(0);
        line.append(" ");
      }
      line.append(' ').append(part);
    }
    out.println(line);
  }

  /** DPO's colour in words, or what the library says where DPO's rule is silent. */
  static String status(ParityStatus s) {
    switch (s) {
      case GREEN:
        return "green";
      case YELLOW:
        return "yellow";
      case RED:
        return "red";
      case BELOW_YELLOW_THRESHOLD:
        return "under 0.1%";
      case TARGET_UNKNOWN:
        return "target unknown";
      default:
        return "no personnel";
    }
  }

  private String country(CountryCode code) {
    String name = names.name(code).orElse("");
    if (name.length() > MAX_NAME) {
      name = name.substring(0, MAX_NAME - 3) + "...";
    }
    return name.isEmpty() ? code.code() : code.code() + " " + name;
  }

  /** A count with thousands separators. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * The share of women, rounded down to two decimals, with a percent sign; {@code -} for a total
   * of 0.
   */
  static String share(ParityRow r) {
    if (r.total() == 0) {
      return "-";
    }
    return BigDecimal.valueOf(r.women()).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(r.total()), 2, RoundingMode.DOWN).toPlainString() + "%";
  }

  /** A percentage as it is written, without trailing zeros: {@code 8%}, {@code 17.5%}. */
  static String percent(double p) {
    return BigDecimal.valueOf(p).stripTrailingZeros().toPlainString() + "%";
  }

  /** Compares the shares of two rows exactly (a total of 0 last). */
  private static int compareShares(ParityRow a, ParityRow b) {
    if (a.total() == 0 || b.total() == 0) {
      return Boolean.compare(a.total() == 0, b.total() == 0);
    }
    return Long.compare(a.women() * b.total(), b.women() * a.total());
  }
}
