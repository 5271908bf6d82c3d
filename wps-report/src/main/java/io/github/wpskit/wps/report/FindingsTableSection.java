package io.github.wpskit.wps.report;

import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import java.util.List;

/**
 * The findings, grouped by the object they are about (the report's order), each with severity in
 * words, rule, location in the object, message, source, and the file and line the object was read
 * from where the report knows it. At most {@code maxFindings} are listed; the page says how many
 * more there are.
 */
final class FindingsTableSection {
  private FindingsTableSection() {}

  static void write(Markup m, ValidationReport v, int maxFindings) {
    List<ValidationIssue> issues = v.issues();
    m.open("section", "id", "findings", "aria-labelledby", "findings-h").newline();
    m.element("h2", "Findings by object", "id", "findings-h").newline();
    if (issues.isEmpty()) {
      m.element("p", "No findings.").newline();
      m.close().newline();
      return;
    }
    int shown = Math.min(maxFindings, issues.size());
    if (shown < issues.size()) {
      m.element("p", "The first " + Format.count(shown) + " of " + Format.count(issues.size())
          + " findings, in the report's order; the summary above counts all of them. The JSON"
          + " report of the same batch lists every one.", "class", "note", "id", "findings-cut")
          .newline();
    }
    m.open("table", "id", "table-findings").newline();
    m.open("thead").open("tr")
        .element("th", "Severity", "scope", "col").element("th", "Rule", "scope", "col")
        .element("th", "Where in the object", "scope", "col")
        .element("th", "Message", "scope", "col")
        .element("th", "File and line", "scope", "col").close().close().newline();
    String object = null;
    for (int i = 0; i < shown; i++) {
      ValidationIssue issue = issues.get(i);
      if (!issue.objectId().equals(object)) {
        if (object != null) {
          m.close().newline();
        }
        object = issue.objectId();
        m.open("tbody", "class", "object");
        m.open("tr").element("th", object, "colspan", "5", "scope", "rowgroup").close();
      }
      m.open("tr")
          .open("td").element("span", issue.severity().name(),
              "class", "sev sev-" + issue.severity().name()).close()
          .element("td", issue.ruleId().toString())
          .open("td").element("code", issue.location().toString()).close()
          .open("td").text(issue.message()).empty("br")
          .element("span", "Source: " + issue.source(), "class", "note").close()
          .element("td", Provenance.of(issue))
          .close();
    }
    m.close().newline();
    m.close().newline();
    m.close().newline();
  }
}
