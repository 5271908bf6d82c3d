package io.github.wpskit.wps.report;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A validation report and, where given, a parity analysis rendered as one self-contained HTML
 * page: the style sheet and the SVG charts are inline, nothing is fetched when the page is viewed,
 * and no script is needed (a content security policy in the page forbids scripts and every network
 * request). A portal can serve the same page as the command-line tool writes.
 *
 * <pre>{@code
 * HtmlReport report = HtmlReport.builder()
 *     .inputs(ReportInputs.of(List.of("deployments.ndjson"), 16351, 0))
 *     .validation(validationReport)
 *     .parity(ParityAnalysis.of(deployments, ParityTargets.ugps()))
 *     .build();
 * try (Writer out = Files.newBufferedWriter(path)) {
 *   report.render(out);
 * }
 * }</pre>
 *
 * <p>Every text that comes from the data (mission names, object ids, messages, file names) is
 * escaped, so data cannot change the page's markup. Colours are the Okabe-Ito palette and every
 * colour is also said in words; every chart has a title and a text alternative.
 *
 * <p>This class is immutable and thread-safe; {@link #render(Writer)} may be called from several
 * threads, each with its own writer.
 */
public final class HtmlReport {
  /** How many findings the findings table lists by default; the counts always include all. */
  public static final int DEFAULT_MAX_FINDINGS = 1000;

  private final String title;
  private final ReportInputs inputs;
  private final ValidationReport validation;
  private final ParityAnalysis parity;
  private final ReferenceCatalog catalog;
  private final int maxFindings;

  private HtmlReport(Builder b) {
    this.title = b.title;
    this.inputs = b.inputs;
    this.validation = b.validation;
    this.parity = b.parity;
    this.catalog = b.catalog;
    this.maxFindings = b.maxFindings;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with the title {@code wps report}, no inputs, the empty validation report,
   *     the standard catalog and {@link #DEFAULT_MAX_FINDINGS}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes the page. The writer is not closed.
   *
   * @param out where to write, not null
   * @throws IOException if the writer fails
   */
  public void render(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    try {
      Page.write(new Markup(out), this);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  /**
   * Writes the page to a file in UTF-8, replacing the file.
   *
   * @param file the file, not null
   * @throws IOException if the file cannot be written
   */
  public void render(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      render(out);
    }
  }

  /**
   * Returns the page as text.
   *
   * @return the HTML
   */
  public String toHtml() {
    StringBuilder sb = new StringBuilder(64 * 1024);
    Page.write(new Markup(sb), this);
    return sb.toString();
  }

  /**
   * Returns the page's title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns what the report was made from.
   *
   * @return the inputs
   */
  public ReportInputs inputs() {
    return inputs;
  }

  /**
   * Returns the validation report rendered.
   *
   * @return the validation report
   */
  public ValidationReport validation() {
    return validation;
  }

  /**
   * Returns the parity analysis rendered, if one was given.
   *
   * @return the analysis, or empty for a page of validation findings only
   */
  public Optional<ParityAnalysis> parity() {
    return Optional.ofNullable(parity);
  }

  /**
   * Returns the catalog whose knowledge the header states.
   *
   * @return the catalog
   */
  public ReferenceCatalog catalog() {
    return catalog;
  }

  /**
   * Returns how many findings the findings table lists at most.
   *
   * @return 0 or more
   */
  public int maxFindings() {
    return maxFindings;
  }

  /** Builds {@link HtmlReport} values. Not thread-safe. */
  public static final class Builder {
    private String title = "wps report";
    private ReportInputs inputs = ReportInputs.none();
    private ValidationReport validation = ValidationReport.empty();
    private ParityAnalysis parity;
    private ReferenceCatalog catalog;
    private int maxFindings = DEFAULT_MAX_FINDINGS;

    private Builder() {}

    /**
     * Sets the page's title, shown as its heading.
     *
     * @param title the title, not blank
     * @return this builder
     * @throws IllegalArgumentException if the title is blank
     */
    public Builder title(String title) {
      if (Objects.requireNonNull(title, "title").isBlank()) {
        throw new IllegalArgumentException("HtmlReport.title must not be blank");
      }
      this.title = title;
      return this;
    }

    /**
     * Sets what the report was made from.
     *
     * @param inputs the inputs, not null
     * @return this builder
     */
    public Builder inputs(ReportInputs inputs) {
      this.inputs = Objects.requireNonNull(inputs, "inputs");
      return this;
    }

    /**
     * Sets the validation report to render.
     *
     * @param validation the report, not null
     * @return this builder
     */
    public Builder validation(ValidationReport validation) {
      this.validation = Objects.requireNonNull(validation, "validation");
      return this;
    }

    /**
     * Sets the parity analysis to render: the share of women over time per target group (overall
     * and per mission) and the colour list of contributing countries for the latest month.
     *
     * @param parity the analysis, not null
     * @return this builder
     */
    public Builder parity(ParityAnalysis parity) {
      this.parity = Objects.requireNonNull(parity, "parity");
      return this;
    }

    /**
     * Sets the catalog the validation used, whose knowledge the header states.
     *
     * @param catalog the catalog, not null
     * @return this builder
     */
    public Builder catalog(ReferenceCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Sets how many findings the findings table lists at most, so that the page of a large batch
     * stays light enough to mail; the summary counts every finding, and the page says how many
     * are not listed.
     *
     * @param maxFindings 0 or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxFindings(int maxFindings) {
      if (maxFindings < 0) {
        throw new IllegalArgumentException(
            "HtmlReport.maxFindings must not be negative: " + maxFindings);
      }
      this.maxFindings = maxFindings;
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     */
    public HtmlReport build() {
      if (catalog == null) {
        catalog = ReferenceCatalog.standard();
      }
      return new HtmlReport(this);
    }
  }

  /** The catalog's knowledge, as the header states it. */
  Optional<String> catalogDataAsOf() {
    return Optional.of(catalog.dataAsOf());
  }
}
