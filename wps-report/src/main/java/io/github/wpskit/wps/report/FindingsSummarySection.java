package io.github.wpskit.wps.report;

import io.github.wpskit.wps.validation.RuleCatalogue;
import io.github.wpskit.wps.validation.RuleDescriptor;
import io.github.wpskit.wps.validation.RuleId;
import io.github.wpskit.wps.validation.Severity;
import io.github.wpskit.wps.validation.SkippedRule;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings summary: counts by severity and by rule, each as a bar chart with the table that is
 * its text alternative, and the rules skipped for want of data, by rule.
 */
final class FindingsSummarySection {
  private FindingsSummarySection() {}

  /** A rule and the severity its findings carry (a rule set may override the default). */
  record RuleSeverity(RuleId rule, Severity severity) implements Comparable<RuleSeverity> {
    @Override
    public int compareTo(RuleSeverity o) {
      int c = severity.compareTo(o.severity);
      return c != 0 ? c : rule.compareTo(o.rule);
    }
  }

  static void write(Markup m, ValidationReport v) {
    m.open("section", "id", "summary", "aria-labelledby", "summary-h").newline();
    m.element("h2", "Findings summary", "id", "summary-h").newline();
    m.open("div", "class", "pair").newline();

    List<BarChart.Bar> bars = new ArrayList<>();
    for (Severity s : Severity.values()) {
      bars.add(new BarChart.Bar(s.name(), v.count(s), severityColour(s)));
    }
    m.open("figure");
    BarChart.write(m, "chart-severity", "Findings by severity",
        "Errors " + v.errorCount() + ", warnings " + v.warningCount() + ", info "
            + v.infoCount() + ". The table beside the chart gives the same counts.",
        bars);
    m.close().newline();
    m.open("table", "id", "table-severity").newline();
    m.element("caption", "Findings by severity");
    m.open("thead").open("tr").element("th", "Severity", "scope", "col")
        .element("th", "Findings", "scope", "col", "class", "num").close().close();
    m.open("tbody");
    for (Severity s : Severity.values()) {
      m.open("tr").open("td").element("span", s.name(), "class", "sev sev-" + s.name()).close()
          .element("td", Format.count(v.count(s)), "class", "num").close();
    }
    m.open("tr").element("td", "Rules skipped (data absent)")
        .element("td", Format.count(v.skipped().size()), "class", "num").close();
    m.close().close().newline();
    m.close().newline();

    Map<RuleSeverity, Long> byRule = new TreeMap<>();
    for (ValidationIssue issue : v.issues()) {
      byRule.merge(new RuleSeverity(issue.ruleId(), issue.severity()), 1L, Long::sum);
    }
    m.element("h3", "Findings by rule").newline();
    if (byRule.isEmpty()) {
      m.element("p", "No rule found anything.").newline();
    } else {
      List<BarChart.Bar> ruleBars = new ArrayList<>();
      StringBuilder description = new StringBuilder();
      for (Map.Entry<RuleSeverity, Long> e : byRule.entrySet()) {
        ruleBars.add(new BarChart.Bar(e.getKey().rule() + " " + e.getKey().severity(),
            e.getValue(), severityColour(e.getKey().severity())));
        description.append(description.length() == 0 ? "" : "; ").append(e.getKey().rule())
            .append(' ').append(e.getKey().severity()).append(": ").append(e.getValue());
      }
      m.open("div", "class", "pair").newline();
      m.open("figure");
      BarChart.write(m, "chart-rules", "Findings by rule", description + ".", ruleBars);
      m.close().newline();
      m.open("table", "id", "table-rules").newline();
      m.element("caption", "Findings by rule");
      m.open("thead").open("tr").element("th", "Rule", "scope", "col")
          .element("th", "Severity", "scope", "col").element("th", "What it checks", "scope", "col")
          .element("th", "Findings", "scope", "col", "class", "num").close().close();
      m.open("tbody");
      for (Map.Entry<RuleSeverity, Long> e : byRule.entrySet()) {
        RuleSeverity key = e.getKey();
        m.open("tr").element("td", key.rule().toString())
            .open("td").element("span", key.severity().name(),
                "class", "sev sev-" + key.severity().name()).close()
            .element("td", RuleCatalogue.find(key.rule()).map(RuleDescriptor::title)
                .orElse("(not a built-in rule)"))
            .element("td", Format.count(e.getValue()), "class", "num").close();
      }
      m.close().close().newline();
      m.close().newline();
    }
    writeSkipped(m, v.skipped());
    m.close().newline();
  }

  private static void writeSkipped(Markup m, List<SkippedRule> skipped) {
    if (skipped.isEmpty()) {
      return;
    }
    Map<RuleId, Long> byRule = new TreeMap<>();
    Map<RuleId, String> example = new TreeMap<>();
    for (SkippedRule s : skipped) {
      byRule.merge(s.ruleId(), 1L, Long::sum);
      example.putIfAbsent(s.ruleId(), s.objectId() + ": " + s.reason());
    }
    m.element("h3", "Rules skipped for want of data").newline();
    m.element("p", "A skipped rule could not judge an object because the data or the fact it needs"
        + " is absent; no finding from it is not a clean bill.", "class", "note").newline();
    m.open("table", "id", "table-skipped");
    m.open("thead").open("tr").element("th", "Rule", "scope", "col")
        .element("th", "Times skipped", "scope", "col", "class", "num")
        .element("th", "First reason given", "scope", "col").close().close();
    m.open("tbody");
    for (Map.Entry<RuleId, Long> e : byRule.entrySet()) {
      m.open("tr").element("td", e.getKey().toString())
          .element("td", Format.count(e.getValue()), "class", "num")
          .element("td", example.get(e.getKey())).close();
    }
    m.close().close().newline();
  }

  static String severityColour(Severity s) {
    switch (s) {
      case ERROR:
        return Palette.VERMILLION;
      case WARNING:
        return Palette.ORANGE;
      default:
        return Palette.SKY_BLUE;
    }
  }
}
