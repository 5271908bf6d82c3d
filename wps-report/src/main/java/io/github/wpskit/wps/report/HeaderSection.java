package io.github.wpskit.wps.report;

import io.github.wpskit.wps.validation.ValidationReport;

/**
 * The header: what was read (files, documents, rows refused), which library and rule catalogue
 * versions judged it, and how far the catalog's knowledge runs, so a reader knows what a finding
 * (or its absence) rests on.
 */
final class HeaderSection {
  private HeaderSection() {}

  static void write(Markup m, HtmlReport report) {
    ValidationReport v = report.validation();
    ReportInputs in = report.inputs();
    m.open("header").newline();
    m.element("h1", report.title()).newline();
    m.open("dl", "class", "facts").newline();
    m.element("dt", "Files read");
    if (in.files().isEmpty()) {
      m.element("dd", "none (objects given in memory)");
    } else {
      m.open("dd");
      for (int i = 0; i < in.files().size(); i++) {
        if (i > 0) {
          m.text(", ");
        }
        m.element("code", in.files().get(i));
      }
      m.close();
    }
    m.newline();
    m.element("dt", "Documents read").element("dd", Format.count(in.documents())).newline();
    m.element("dt", "Rows refused").element("dd", in.refused() == 0
        ? "none" : Format.count(in.refused()) + " (could not be read; listed among the findings)")
        .newline();
    report.parity().ifPresent(p -> m.element("dt", "Parity analysed")
        .element("dd", Format.count(p.deployments()) + " deployment records, "
            + (p.months().isEmpty() ? "no month" : Format.month(p.months().get(0)) + " to "
                + Format.month(p.months().get(p.months().size() - 1)) + " ("
                + p.months().size() + " months)")).newline());
    m.element("dt", "Verdict").element("dd", (v.isValid() ? "VALID" : "INVALID")
        + " \u2014 errors " + Format.count(v.errorCount()) + ", warnings "
        + Format.count(v.warningCount()) + ", info " + Format.count(v.infoCount())
        + ", rules skipped " + Format.count(v.skipped().size())).newline();
    m.element("dt", "Library").element("dd", "wps " + v.libraryVersion()).newline();
    m.element("dt", "Rule catalogue").element("dd", "version " + v.catalogueVersion()).newline();
    m.element("dt", "Catalog knowledge").element("dd", report.catalogDataAsOf()
        .map(d -> "facts run to " + d + "; a rule that needs a later fact is skipped, not decided")
        .orElse("the catalog states no horizon")).newline();
    m.close().newline();
    m.open("nav", "aria-label", "Sections").open("ul");
    link(m, "#summary", "Findings summary");
    if (report.parity().isPresent()) {
      link(m, "#trend", "Parity over time");
      link(m, "#colours", "Colour list");
    }
    link(m, "#findings", "Findings by object");
    m.close().close().newline();
    m.close().newline();
  }

  static void link(Markup m, String href, String text) {
    m.open("li").element("a", text, "href", href).close();
  }
}
