package io.github.wpskit.wps.report;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityRow;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Parity over time: for each target group, the overall share of women by month as a line, with
 * the target in force drawn beside it only for the years a target is known, and a table with the
 * same figures; then small multiples, one per mission, with a table of every mission's share by
 * month as their text alternative.
 */
final class ParityTrendSection {
  private ParityTrendSection() {}

  static void write(Markup m, ParityAnalysis analysis, ReferenceCatalog catalog) {
    List<YearMonth> months = everyMonth(analysis.months());
    m.open("section", "id", "trend", "aria-labelledby", "trend-h").newline();
    m.element("h2", "Parity over time", "id", "trend-h").newline();
    if (months.isEmpty()) {
      m.element("p", "No deployment figures were analysed.").newline();
      m.close().newline();
      return;
    }
    m.element("p", "Share of women by month, " + Format.month(months.get(0)) + " to "
        + Format.month(months.get(months.size() - 1)) + ", across all missions and contributing"
        + " countries. The dashed line is the target in force, drawn only for years whose target"
        + " is known; the library never carries an older target forward.", "class", "note")
        .newline();
    Map<ParityTargetGroup, Map<YearMonth, ParityRow>> overall = byGroup(analysis.overall());
    Map<ParityTargetGroup, Map<MissionAcronym, Map<YearMonth, ParityRow>>> missions =
        new EnumMap<>(ParityTargetGroup.class);
    for (ParityRow row : analysis.byMission()) {
      missions.computeIfAbsent(row.group(), g -> new TreeMap<>())
          .computeIfAbsent(row.mission().orElseThrow(), k -> new TreeMap<>())
          .put(row.month(), row);
    }
    for (Map.Entry<ParityTargetGroup, Map<YearMonth, ParityRow>> e : overall.entrySet()) {
      writeGroup(m, e.getKey(), months, e.getValue(),
          missions.getOrDefault(e.getKey(), Map.of()), catalog);
    }
    m.close().newline();
  }

  /**
   * Every month from the first to the last analysed, so that a month without figures (DPO's
   * September 2023 is missing) is a gap on the axis rather than silently closed up.
   */
  static List<YearMonth> everyMonth(List<YearMonth> analysed) {
    List<YearMonth> all = new ArrayList<>();
    if (!analysed.isEmpty()) {
      YearMonth last = analysed.get(analysed.size() - 1);
      for (YearMonth m = analysed.get(0); !m.isAfter(last); m = m.plusMonths(1)) {
        all.add(m);
      }
    }
    return all;
  }

  static String slug(ParityTargetGroup group) {
    return group.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Map<ParityTargetGroup, Map<YearMonth, ParityRow>> byGroup(List<ParityRow> rows) {
    Map<ParityTargetGroup, Map<YearMonth, ParityRow>> map = new EnumMap<>(ParityTargetGroup.class);
    for (ParityRow row : rows) {
      map.computeIfAbsent(row.group(), g -> new TreeMap<>()).put(row.month(), row);
    }
    return map;
  }

  private static void writeGroup(Markup m, ParityTargetGroup group, List<YearMonth> months,
      Map<YearMonth, ParityRow> rows, Map<MissionAcronym, Map<YearMonth, ParityRow>> missions,
      ReferenceCatalog catalog) {
    String slug = slug(group);
    m.element("h3", group.displayName(), "id", "trend-" + slug).newline();
    LineChart.Series series = series(months, rows, true);
    m.open("figure").newline();
    LineChart.write(m, "chart-trend-" + slug, "Share of women: " + group.displayName(),
        describe(group.displayName(), months, rows), series, LineChart.Size.LARGE, null);
    m.newline();
    m.open("figcaption")
        .open("span", "class", "legend-item").open("span", "class", "key").close()
        .text("share of women").close();
    TreeSet<Integer> known = new TreeSet<>();
    TreeSet<Integer> unknown = new TreeSet<>();
    for (YearMonth month : months) {
      ParityRow row = rows.get(month);
      if (row != null) {
        (row.target().isPresent() ? known : unknown).add(month.getYear());
      }
    }
    if (!known.isEmpty()) {
      m.open("span", "class", "legend-item").open("span", "class", "key target").close()
          .text("target in force (" + years(known) + ")").close();
    }
    if (!unknown.isEmpty()) {
      m.empty("br");
      m.text("No target is known for " + years(unknown) + ", so none is drawn there; supply one"
          + " with ParityTargets.withTarget or a parity-targets document.");
    }
    m.close().newline();
    m.close().newline();

    m.open("details").element("summary", "Figures by month: " + group.displayName()).newline();
    m.open("table", "id", "table-trend-" + slug);
    m.open("thead").open("tr").element("th", "Month", "scope", "col")
        .element("th", "Women", "scope", "col", "class", "num")
        .element("th", "Total", "scope", "col", "class", "num")
        .element("th", "Share", "scope", "col", "class", "num")
        .element("th", "Target in force", "scope", "col", "class", "num")
        .element("th", "Shortfall (women)", "scope", "col", "class", "num").close().close();
    m.open("tbody").newline();
    for (YearMonth month : months) {
      ParityRow row = rows.get(month);
      m.open("tr").element("th", Format.month(month), "scope", "row");
      if (row == null) {
        m.element("td", "no figures", "colspan", "5");
      } else {
        m.element("td", Format.count(row.women()), "class", "num")
            .element("td", Format.count(row.total()), "class", "num")
            .element("td", Format.percent(row.share()), "class", "num")
            .element("td", target(row), "class", "num")
            .element("td", Format.count(row.shortfall()), "class", "num");
      }
      m.close().newline();
    }
    m.close().close().close().newline();

    if (missions.isEmpty()) {
      return;
    }
    m.element("h4", group.displayName() + " by mission").newline();
    m.open("div", "class", "multiples").newline();
    for (Map.Entry<MissionAcronym, Map<YearMonth, ParityRow>> e : missions.entrySet()) {
      String name = e.getKey().toString();
      m.open("figure");
      LineChart.write(m, "chart-trend-" + slug + "-" + name.toLowerCase(Locale.ROOT),
          missionName(e.getKey(), catalog) + ": share of women, " + group.displayName(),
          describe(name + ", " + group.displayName(), months, e.getValue()),
          series(months, e.getValue(), false), LineChart.Size.SMALL, name);
      m.close().newline();
    }
    m.close().newline();
    m.open("details").element("summary", "Share of women by mission and month: "
        + group.displayName()).newline();
    m.open("table", "id", "table-missions-" + slug);
    m.open("thead").open("tr").element("th", "Mission", "scope", "col");
    for (YearMonth month : months) {
      m.element("th", month.toString(), "scope", "col", "class", "num");
    }
    m.close().close().open("tbody").newline();
    for (Map.Entry<MissionAcronym, Map<YearMonth, ParityRow>> e : missions.entrySet()) {
      m.open("tr").element("th", e.getKey().toString(), "scope", "row",
          "title", catalog.mission(e.getKey()).flatMap(Mission::name).orElse(null));
      for (YearMonth month : months) {
        ParityRow row = e.getValue().get(month);
        m.element("td", row == null ? Format.NONE : Format.percent(row.share()), "class", "num");
      }
      m.close().newline();
    }
    m.close().close().close().newline();
  }

  private static LineChart.Series series(
      List<YearMonth> months, Map<YearMonth, ParityRow> rows, boolean notes) {
    List<OptionalDouble> shares = new ArrayList<>();
    List<OptionalDouble> targets = new ArrayList<>();
    List<String> text = new ArrayList<>();
    for (YearMonth month : months) {
      ParityRow row = rows.get(month);
      shares.add(row == null ? OptionalDouble.empty() : row.share());
      targets.add(row == null || row.target().isEmpty()
          ? OptionalDouble.empty() : OptionalDouble.of(row.target().get().percentage()));
      text.add(!notes || row == null ? "" : Format.month(month) + ": " + Format.count(row.women())
          + " women of " + Format.count(row.total()) + " (" + Format.percent(row.share())
          + "); target " + target(row));
    }
    return new LineChart.Series(months, shares, targets, text);
  }

  /** One sentence for a screen reader: first and last share, lowest and highest, targets. */
  private static String describe(String what, List<YearMonth> months, Map<YearMonth, ParityRow> rows) {
    ParityRow first = null;
    ParityRow last = null;
    ParityRow low = null;
    ParityRow high = null;
    for (YearMonth month : months) {
      ParityRow row = rows.get(month);
      if (row == null || row.share().isEmpty()) {
        continue;
      }
      if (first == null) {
        first = row;
      }
      last = row;
      if (low == null || row.share().getAsDouble() < low.share().getAsDouble()) {
        low = row;
      }
      if (high == null || row.share().getAsDouble() > high.share().getAsDouble()) {
        high = row;
      }
    }
    if (first == null) {
      return what + ": no share of women in any month (nobody counted).";
    }
    return what + ": share of women " + Format.percent(first.share()) + " in "
        + Format.month(first.month()) + ", " + Format.percent(last.share()) + " in "
        + Format.month(last.month()) + "; lowest " + Format.percent(low.share()) + " ("
        + Format.month(low.month()) + "), highest " + Format.percent(high.share()) + " ("
        + Format.month(high.month()) + "). Target in force in " + Format.month(last.month())
        + ": " + target(last) + ".";
  }

  /**
   * The acronym, with the mission's name where the catalog knows it (the political missions DPO
   * counts have only an acronym confirmed).
   */
  private static String missionName(MissionAcronym acronym, ReferenceCatalog catalog) {
    return acronym + catalog.mission(acronym).flatMap(Mission::name)
        .map(name -> " (" + name + ")").orElse("");
  }

  static String target(ParityRow row) {
    return row.target().isPresent()
        ? Format.percent(row.target().get().percentage())
        : "none known for " + row.month().getYear();
  }

  private static String years(TreeSet<Integer> years) {
    StringBuilder sb = new StringBuilder();
    for (int y : years) {
      sb.append(sb.length() == 0 ? "" : ", ").append(y);
    }
    return sb.toString();
  }
}
