/**
 * Validation reports and parity analyses rendered as one self-contained HTML page with inline SVG
 * charts: {@link io.github.wpskit.wps.report.HtmlReport} (built with
 * {@link io.github.wpskit.wps.report.HtmlReport#builder()}) and
 * {@link io.github.wpskit.wps.report.ReportInputs}, what the report was made from.
 *
 * <p>The page needs no script and makes no request when viewed; every text from the data is
 * escaped; charts carry a title and a text alternative and use a palette that colour-blind readers
 * can tell apart. Everything else in this package is the page's machinery and not public.
 */
package io.github.wpskit.wps.report;
