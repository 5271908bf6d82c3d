package io.github.wpskit.wps.json;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.compact.CompactCommitment;
import io.github.wpskit.wps.compact.CompactReport;
import io.github.wpskit.wps.compact.Signatory;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityTargets;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.validation.ValidationReport;
import java.util.Optional;

/**
 * The kinds of top-level JSON document. Every document starts with {@code "kind": "<id>"} and
 * {@code "formatVersion": 1}; the id is the spelling used there, in NDJSON lines and in the names of
 * the JSON Schemas shipped in this jar ({@link #schemaResource()}).
 */
public enum DocumentKind {
  /** A Security Council resolution ({@link Resolution}). */
  RESOLUTION("resolution", Resolution.class),
  /** A peace operation ({@link Mission}). */
  MISSION("mission", Mission.class),
  /** One mandate of a mission ({@link Mandate}), with its tasks. */
  MANDATE("mandate", Mandate.class),
  /** The gender posts of a mission on a date ({@link GenderStaffingTable}). */
  GENDER_STAFFING_TABLE("gender-staffing-table", GenderStaffingTable.class),
  /** A WPS-HA Compact commitment ({@link CompactCommitment}). */
  COMPACT_COMMITMENT("compact-commitment", CompactCommitment.class),
  /** A signatory's annual Compact self-report ({@link CompactReport}). */
  COMPACT_REPORT("compact-report", CompactReport.class),
  /**
   * A signatory of the WPS-HA Compact ({@link Signatory}): loaded beside commitments, it lets the
   * validator check that their signatories are known.
   */
  SIGNATORY("signatory", Signatory.class),
  /** Sex-disaggregated deployment figures ({@link Deployment}): the typical NDJSON record. */
  DEPLOYMENT("deployment", Deployment.class),
  /** Gender parity targets by target group and year ({@link ParityTargets}). */
  PARITY_TARGETS("parity-targets", ParityTargets.class),
  /**
   * Gender parity as DPO measures it ({@link ParityAnalysis}): women, total, share, target,
   * shortfall and colour status per month and target group, overall, by mission and by
   * contributing country.
   */
  PARITY_ANALYSIS("parity-analysis", ParityAnalysis.class),
  /** The result of a validation ({@link ValidationReport}): issues, skipped rules, counts. */
  VALIDATION_REPORT("validation-report", ValidationReport.class),
  /** A reference catalog of resolutions and missions ({@link ReferenceCatalog}). */
  CATALOG("catalog", ReferenceCatalog.class);

  private final String id;
  private final Class<?> valueType;

  DocumentKind(String id, Class<?> valueType) {
    this.id = id;
    this.valueType = valueType;
  }

  /**
   * Returns the id written in the {@code "kind"} field, such as {@code "resolution"}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the wps-core type of the document's value.
   *
   * @return the type
   */
  public Class<?> valueType() {
    return valueType;
  }

  /**
   * Returns the class-path resource of the kind's JSON Schema (draft 2020-12), such as
   * {@code /io/github/wpskit/wps/json/schema/resolution.schema.json}.
   *
   * @return the absolute resource name
   */
  public String schemaResource() {
    return "/io/github/wpskit/wps/json/schema/" + id + ".schema.json";
  }

  /**
   * Finds the kind with an id.
   *
   * @param id the id, such as {@code "resolution"}
   * @return the kind, or empty if no kind has that id
   */
  public static Optional<DocumentKind> ofId(String id) {
    for (DocumentKind kind : values()) {
      if (kind.id.equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the kind whose value type is, or is a supertype of, a class.
   *
   * @param type a class, such as {@code Resolution.class}
   * @return the kind, or empty if the class is not a document's type
   */
  public static Optional<DocumentKind> ofType(Class<?> type) {
    for (DocumentKind kind : values()) {
      if (kind.valueType.isAssignableFrom(type)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  @Override
  public String toString() {
    return id;
  }
}
