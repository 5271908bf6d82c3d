package io.github.wpskit.wps.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.HashMap;
import java.util.Map;

/** The mandate task categories as a user's own enum, spelled as in the wps wire format. */
public enum TaskKind {
  /** gender-mainstreaming. */
  @JsonProperty("gender-mainstreaming")
  GENDER_MAINSTREAMING,
  /** womens-participation. */
  @JsonProperty("womens-participation")
  WOMENS_PARTICIPATION,
  /** sgbv-protection. */
  @JsonProperty("sgbv-protection")
  SGBV_PROTECTION,
  /** crsv-monitoring-and-reporting. */
  @JsonProperty("crsv-monitoring-and-reporting")
  CRSV_MONITORING_AND_REPORTING,
  /** women-protection-advisers. */
  @JsonProperty("women-protection-advisers")
  WOMEN_PROTECTION_ADVISERS,
  /** gender-responsive-conflict-analysis. */
  @JsonProperty("gender-responsive-conflict-analysis")
  GENDER_RESPONSIVE_CONFLICT_ANALYSIS,
  /** protection-of-civilians. */
  @JsonProperty("protection-of-civilians")
  PROTECTION_OF_CIVILIANS,
  /** political-process. */
  @JsonProperty("political-process")
  POLITICAL_PROCESS,
  /** human-rights. */
  @JsonProperty("human-rights")
  HUMAN_RIGHTS,
  /** rule-of-law. */
  @JsonProperty("rule-of-law")
  RULE_OF_LAW,
  /** security-sector-reform. */
  @JsonProperty("security-sector-reform")
  SECURITY_SECTOR_REFORM,
  /** ddr. */
  @JsonProperty("ddr")
  DDR,
  /** electoral-assistance. */
  @JsonProperty("electoral-assistance")
  ELECTORAL_ASSISTANCE,
  /** humanitarian-support. */
  @JsonProperty("humanitarian-support")
  HUMANITARIAN_SUPPORT,
  /** ceasefire-monitoring. */
  @JsonProperty("ceasefire-monitoring")
  CEASEFIRE_MONITORING,
  /** child-protection. */
  @JsonProperty("child-protection")
  CHILD_PROTECTION,
  /** other. */
  @JsonProperty("other")
  OTHER;

  private static final Map<String, TaskKind> BY_WIRE = new HashMap<>();

  static {
    for (TaskKind k : values()) {
      BY_WIRE.put(k.wire.getValue(), k);
    }
  }

  private final SerializedString wire = new SerializedString(Wire.spelling(this));

  /**
   * Returns the wire spelling, pre-encoded for a generator.
   *
   * @return the spelling
   */
  public SerializedString wire() {
    return wire;
  }

  /**
   * Looks up a wire spelling, as hand-written code would for this many constants: a map.
   *
   * @param s the spelling
   * @return the constant
   * @throws IllegalArgumentException if the spelling is unknown
   */
  public static TaskKind fromWire(String s) {
    TaskKind k = BY_WIRE.get(s);
    if (k == null) {
      throw new IllegalArgumentException("Unknown task category: " + s);
    }
    return k;
  }
}
