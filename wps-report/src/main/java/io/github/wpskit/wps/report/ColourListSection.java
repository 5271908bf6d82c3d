package io.github.wpskit.wps.report;

import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityRow;
import io.github.wpskit.wps.parity.ParityStatus;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The colour list for the latest month, as DPO publishes it: for each target group, every
 * contributing country across all missions with women, total, share, target, status (in words, a
 * symbol and a colour) and shortfall; above each table a chart of how many countries have each
 * status.
 */
final class ColourListSection {
  private ColourListSection() {}

  static void write(Markup m, ParityAnalysis analysis) {
    List<YearMonth> months = analysis.months();
    m.open("section", "id", "colours", "aria-labelledby", "colours-h").newline();
    if (months.isEmpty()) {
      m.element("h2", "Colour list", "id", "colours-h").newline();
      m.element("p", "No deployment figures were analysed.").newline();
      m.close().newline();
      return;
    }
    YearMonth latest = months.get(months.size() - 1);
    m.element("h2", "Colour list, " + Format.month(latest), "id", "colours-h").newline();
    m.element("p", "Contributing countries across all missions, by target group, with DPO's"
        + " colour status: Green meets or exceeds the target; Yellow contributes 0.1% or more"
        + " women; Red contributes no women. The shortfall is how many more women, at the same"
        + " total, would meet the target.", "class", "note").newline();
    Map<ParityTargetGroup, List<ParityRow>> byGroup = new EnumMap<>(ParityTargetGroup.class);
    for (ParityRow row : analysis.byCountry()) {
      if (row.month().equals(latest)) {
        byGroup.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(row);
      }
    }
    for (Map.Entry<ParityTargetGroup, List<ParityRow>> e : byGroup.entrySet()) {
      writeGroup(m, e.getKey(), latest, e.getValue());
    }
    m.close().newline();
  }

  private static void writeGroup(
      Markup m, ParityTargetGroup group, YearMonth month, List<ParityRow> rows) {
    String slug = ParityTrendSection.slug(group);
    m.element("h3", group.displayName(), "id", "colours-" + slug).newline();
    Map<ParityStatus, Long> counts = new EnumMap<>(ParityStatus.class);
    for (ParityRow row : rows) {
      counts.merge(row.status().orElseThrow(), 1L, Long::sum);
    }
    List<BarChart.Bar> bars = new ArrayList<>();
    StringBuilder description = new StringBuilder();
    for (Map.Entry<ParityStatus, Long> c : counts.entrySet()) {
      bars.add(new BarChart.Bar(StatusWords.shortName(c.getKey()), c.getValue(),
          StatusWords.colour(c.getKey())));
      description.append(description.length() == 0 ? "" : "; ")
          .append(StatusWords.shortName(c.getKey())).append(": ").append(c.getValue());
    }
    m.open("figure");
    BarChart.write(m, "chart-colours-" + slug, "Contributing countries by status: "
        + group.displayName() + ", " + Format.month(month),
        Format.count(rows.size()) + " countries. " + description
            + ". The table below lists each country.", bars);
    m.close().newline();
    m.open("table", "id", "table-colours-" + slug).newline();
    m.element("caption", group.displayName() + ", " + Format.month(month));
    m.open("thead").open("tr").element("th", "Contributing country", "scope", "col")
        .element("th", "Women", "scope", "col", "class", "num")
        .element("th", "Total", "scope", "col", "class", "num")
        .element("th", "Share", "scope", "col", "class", "num")
        .element("th", "Target", "scope", "col", "class", "num")
        .element("th", "Status", "scope", "col")
        .element("th", "Shortfall (women)", "scope", "col", "class", "num")
        .close().close().newline();
    m.open("tbody").newline();
    for (ParityRow row : rows) {
      ParityStatus status = row.status().orElseThrow();
      m.open("tr")
          .element("th", CountryNames.of(row.contributingCountry().orElseThrow()) + " ("
              + row.contributingCountry().get() + ")", "scope", "row")
          .element("td", Format.count(row.women()), "class", "num")
          .element("td", Format.count(row.total()), "class", "num")
          .element("td", Format.percent(row.share()), "class", "num")
          .element("td", ParityTrendSection.target(row), "class", "num")
          .open("td").element("span", StatusWords.of(status),
              "class", "status status-" + status.name()).close()
          .element("td", Format.count(row.shortfall()), "class", "num")
          .close().newline();
    }
    m.close().close().newline();
  }
}
