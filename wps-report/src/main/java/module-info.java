/**
 * wps-report: a validation report rendered as one self-contained HTML page
 * ({@link io.github.wpskit.wps.report.HtmlReport}).
 */
module io.github.wpskit.wps.report {
  requires transitive io.github.wpskit.wps;
  requires owasp.encoder; // the name in its module-info (its manifest says org.owasp.encoder)

  exports io.github.wpskit.wps.report;
}
