package io.github.wpskit.wps.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page around the sections: doctype, language, character set, a content security policy that
 * allows inline styles and nothing else (no script, no request of any kind), the style sheet, the
 * heading and the table of contents.
 */
final class Page {
  /**
   * The page's policy: everything refused by default, inline styles allowed. A page viewed offline
   * or from a mail attachment behaves the same as one served by a portal.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
          + " form-action 'none'";
  private static final String CSS = load("report.css");

  private Page() {}

  static void write(Markup m, HtmlReport report) {
    m.constant("<!DOCTYPE html>\n");
    m.open("html", "lang", "en").newline();
    m.open("head").newline();
    m.empty("meta", "charset", "utf-8").newline();
    m.empty("meta", "http-equiv", "Content-Security-Policy", "content", CONTENT_SECURITY_POLICY)
        .newline();
    m.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .newline();
    m.empty("meta", "name", "generator",
        "content", "wps " + report.validation().libraryVersion()).newline();
    m.element("title", report.title()).newline();
    m.open("style").constant(CSS).close().newline();
    m.close().newline();
    m.open("body").newline();
    HeaderSection.write(m, report);
    m.open("main").newline();
    FindingsSummarySection.write(m, report.validation());
    report.parity().ifPresent(p -> {
      ParityTrendSection.write(m, p, report.catalog());
      ColourListSection.write(m, p);
    });
    FindingsTableSection.write(m, report.validation(), report.maxFindings());
    m.close().newline();
    m.close().newline();
    m.close().newline();
    if (m.depth() != 0) {
      throw new IllegalStateException("unbalanced page: " + m.depth() + " elements left open");
    }
  }

  private static String load(String name) {
    try (InputStream in = Page.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " of wps-report");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
