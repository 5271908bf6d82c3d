package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a validation: the issues found (sorted, see {@link ValidationIssue}), the rules
 * skipped because their data was absent, the library and rule-catalogue versions that produced it,
 * and the knowledge horizon of the reference data it was judged against (the date to which the
 * catalog's facts run: a rule needing a later fact was skipped). Valid means no
 * {@link Severity#ERROR}.
 *
 * <p>Reports are values: two validations of the same data with the same rules and context give equal
 * reports. {@link #toText()} renders one for people; {@link #merge(ValidationReport)} combines two.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationReport {
  private static final ValidationReport EMPTY =
      ImmutableValidationReport.builder()
          .libraryVersion(Validator.LIBRARY_VERSION)
          .catalogueVersion(RuleCatalogue.VERSION)
          .build();

  ValidationReport() {}

  /**
   * Returns the report with no issues and no skipped rules, for this library and catalogue version.
   * The same instance every time.
   *
   * @return the empty report
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * Obtains a report for this library and catalogue version. Issues and skipped rules are sorted;
   * the collections given are copied.
   *
   * @param issues the issues, in any order, not null
   * @param skipped the skipped rules, in any order, not null
   * @return the report; {@link #empty()} when both are empty
   */
  public static ValidationReport of(
      Collection<ValidationIssue> issues, Collection<SkippedRule> skipped) {
    return of(issues, skipped, Validator.LIBRARY_VERSION, RuleCatalogue.VERSION);
  }

  /**
   * Obtains a report as produced by a given library and rule-catalogue version, such as a report read
   * back from JSON that another version wrote. Issues and skipped rules are sorted; the collections
   * given are copied. Counts and validity are derived from the issues, never given.
   *
   * @param issues the issues, in any order, not null
   * @param skipped the skipped rules, in any order, not null
   * @param libraryVersion the version of the library that produced the report, not blank
   * @param catalogueVersion the version of the rule catalogue that produced it, not blank
   * @return the report; {@link #empty()} when both collections are empty and the versions are this
   *     library's
   * @throws io.github.wpskit.wps.InvalidValueException if a version is blank or has leading or
   *     trailing white space
   */
  public static ValidationReport of(
      Collection<ValidationIssue> issues,
      Collection<SkippedRule> skipped,
      String libraryVersion,
      String catalogueVersion) {
    return of(issues, skipped, libraryVersion, catalogueVersion, null);
  }

  /**
   * Obtains a report as produced by a given library and rule-catalogue version against reference
   * data with a knowledge horizon, such as a report read back from JSON. Otherwise as
   * {@link #of(Collection, Collection, String, String)}.
   *
   * @param issues the issues, in any order, not null
   * @param skipped the skipped rules, in any order, not null
   * @param libraryVersion the version of the library that produced the report, not blank
   * @param catalogueVersion the version of the rule catalogue that produced it, not blank
   * @param knowledgeHorizon the date to which the reference data's facts ran, or null for none
   * @return the report; {@link #empty()} when both collections are empty, the versions are this
   *     library's and there is no horizon
   * @throws io.github.wpskit.wps.InvalidValueException if a version is blank or has leading or
   *     trailing white space
   */
  public static ValidationReport of(
      Collection<ValidationIssue> issues,
      Collection<SkippedRule> skipped,
      String libraryVersion,
      String catalogueVersion,
      LocalDate knowledgeHorizon) {
    if (issues.isEmpty()
        && skipped.isEmpty()
        && knowledgeHorizon == null
        && libraryVersion.equals(EMPTY.libraryVersion())
        && catalogueVersion.equals(EMPTY.catalogueVersion())) {
      return EMPTY;
    }
    List<ValidationIssue> sortedIssues = new ArrayList<>(issues);
    Collections.sort(sortedIssues);
    List<SkippedRule> sortedSkipped = new ArrayList<>(skipped);
    Collections.sort(sortedSkipped);
    return ImmutableValidationReport.builder()
        .issues(sortedIssues)
        .skipped(sortedSkipped)
        .libraryVersion(libraryVersion)
        .catalogueVersion(catalogueVersion)
        .knowledgeHorizon(Optional.ofNullable(knowledgeHorizon))
        .build();
  }

  /**
   * Returns the issues, sorted by object id, location, rule id, severity and message.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<ValidationIssue> issues();

  /**
   * Returns the rules that could not judge an object because their data was absent, sorted by object
   * id, rule id and reason.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<SkippedRule> skipped();

  /**
   * Returns the version of the library that produced the report.
   *
   * @return the library version, such as {@code 0.1.0-SNAPSHOT}
   */
  public abstract String libraryVersion();

  /**
   * Returns the version of the {@link RuleCatalogue} that produced the report.
   *
   * @return the catalogue version, such as {@code 1}
   */
  public abstract String catalogueVersion();

  /**
   * Returns the knowledge horizon of the context the report was produced with
   * ({@link ValidationContext#knowledgeHorizon()}): the date to which the reference catalog's facts
   * run, such as {@code 2026-01-27} for the standard catalog. A {@link Validator} records it in
   * every report, the empty ones included.
   *
   * @return the horizon, or empty when the context had none (no catalog) or the report does not say
   */
  public abstract Optional<LocalDate> knowledgeHorizon();

  /** The report naming a horizon (null for none); the report itself when it names that one. */
  static ValidationReport naming(ValidationReport report, LocalDate horizon) {
    if (Objects.equals(report.knowledgeHorizon().orElse(null), horizon)) {
      return report;
    }
    return ImmutableValidationReport.builder().from(report)
        .knowledgeHorizon(Optional.ofNullable(horizon)).build();
  }

  @Value.Check
  final void check() {
    Checks.text("ValidationReport.libraryVersion", libraryVersion());
    Checks.text("ValidationReport.catalogueVersion", catalogueVersion());
  }

  /**
   * Returns whether the report has no {@link Severity#ERROR} issue. Warnings and info do not make a
   * report invalid.
   *
   * @return true when there is no error
   */
  public final boolean isValid() {
    return count(Severity.ERROR) == 0;
  }

  /**
   * Returns the number of issues of a severity.
   *
   * @param severity the severity, not null
   * @return the count
   */
  public final int count(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    List<ValidationIssue> list = issues();
    int n = 0;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).severity() == severity) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the number of errors.
   *
   * @return the count of {@link Severity#ERROR} issues
   */
  public final int errorCount() {
    return count(Severity.ERROR);
  }

  /**
   * Returns the number of warnings.
   *
   * @return the count of {@link Severity#WARNING} issues
   */
  public final int warningCount() {
    return count(Severity.WARNING);
  }

  /**
   * Returns the number of info issues.
   *
   * @return the count of {@link Severity#INFO} issues
   */
  public final int infoCount() {
    return count(Severity.INFO);
  }

  /**
   * Returns a report with the issues and skipped rules of both reports, sorted again. It names the
   * earlier knowledge horizon where both name one (facts run only as far as the least of their
   * sources), else the one named.
   *
   * @param other the other report, not null
   * @return the combined report
   * @throws IllegalArgumentException if the reports come from different library or catalogue
   *     versions, whose rule ids may not mean the same
   */
  public final ValidationReport merge(ValidationReport other) {
    Objects.requireNonNull(other, "other");
    if (!libraryVersion().equals(other.libraryVersion())
        || !catalogueVersion().equals(other.catalogueVersion())) {
      throw new IllegalArgumentException(
          "Cannot merge reports of library " + libraryVersion() + ", rule catalogue "
              + catalogueVersion() + " and library " + other.libraryVersion() + ", rule catalogue "
              + other.catalogueVersion());
    }
    LocalDate horizon = knowledgeHorizon().orElse(null);
    LocalDate otherHorizon = other.knowledgeHorizon().orElse(null);
    if (horizon == null || (otherHorizon != null && otherHorizon.isBefore(horizon))) {
      horizon = otherHorizon;
    }
    if (other.issues().isEmpty() && other.skipped().isEmpty()) {
      return naming(this, horizon);
    }
    if (issues().isEmpty() && skipped().isEmpty()) {
      return naming(other, horizon);
    }
    List<ValidationIssue> allIssues = new ArrayList<>(issues());
    allIssues.addAll(other.issues());
    List<SkippedRule> allSkipped = new ArrayList<>(skipped());
    allSkipped.addAll(other.skipped());
    return of(allIssues, allSkipped, libraryVersion(), catalogueVersion(), horizon);
  }

  /**
   * Renders the report for people: a summary line, the versions and the knowledge horizon (where the
   * report names one), the issues grouped by object and
   * the skipped rules; an issue about an object read from a file names its {@link Origin} after the
   * location. For example:
   *
   * <pre>
   * Validation report: INVALID (errors: 1, warnings: 0, info: 0, skipped: 1)
   * wps 0.1.0-SNAPSHOT, rule catalogue 2, reference catalog to 2026-01-27
   *
   * S/RES/1325 (2001)
   *   ERROR WPS-RES-001 at $.adopted (resolutions.ndjson:3)
   *     The symbol S/RES/1325 (2001) gives the year 2001 but the resolution was adopted on 2000-10-31
   *     Source: ...
   *
   * Skipped (data absent):
   *   S/RES/1325 (2001) WPS-RES-004: no vote recorded
   * </pre>
   *
   * <p>Lines end with {@code \n} on every platform.
   *
   * @return the text, ending with a line break
   */
  public final String toText() {
    StringBuilder sb = new StringBuilder(256);
    sb.append("Validation report: ")
        .append(isValid() ? "VALID" : "INVALID")
        .append(" (errors: ").append(errorCount())
        .append(", warnings: ").append(warningCount())
        .append(", info: ").append(infoCount())
        .append(", skipped: ").append(skipped().size())
        .append(")\n");
    sb.append("wps ").append(libraryVersion())
        .append(", rule catalogue ").append(catalogueVersion());
    if (knowledgeHorizon().isPresent()) {
      sb.append(", reference catalog to ").append(knowledgeHorizon().get());
    }
    sb.append('\n');
    if (issues().isEmpty()) {
      sb.append("\nNo issues.\n");
    }
    String currentObject = null;
    for (ValidationIssue issue : issues()) {
      if (!issue.objectId().equals(currentObject)) {
        currentObject = issue.objectId();
        sb.append('\n').append(currentObject).append('\n');
      }
      sb.append("  ").append(issue.severity()).append(' ').append(issue.ruleId())
          .append(" at ").append(issue.location());
      if (issue.origin().isPresent()) {
        sb.append(" (").append(issue.origin().get()).append(')');
      }
      sb.append('\n');
      sb.append("    ").append(issue.message()).append('\n');
      sb.append("    Source: ").append(issue.source()).append('\n');
    }
    if (!skipped().isEmpty()) {
      sb.append("\nSkipped (data absent):\n");
      for (SkippedRule s : skipped()) {
        sb.append("  ").append(s.objectId()).append(' ').append(s.ruleId())
            .append(": ").append(s.reason()).append('\n');
      }
    }
    return sb.toString();
  }
}
