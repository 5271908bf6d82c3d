package io.github.wpskit.wps.mission;

/**
 * What kind of United Nations presence a mission is. The kind is recorded only where a source says
 * it: {@link Mission#kind()} is empty for a mission whose classification is not confirmed. The
 * reference catalog classifies the current peacekeeping operations, MINUSMA and UNAMID (confirmed
 * as operations), the political missions and offices DPO counts, and UNSCOB; its other past
 * missions have no kind, because the dataset that lists them labels every row "DPO" and does not
 * tell operations from political missions.
 */
public enum MissionKind {
  /** A United Nations peacekeeping operation, such as UNMISS or MINUSMA. */
  PEACEKEEPING_OPERATION("peacekeeping operation"),
  /**
   * A special political mission or an office, such as UNAMA, UNMHA or the support office UNSOS: not a
   * peacekeeping operation, although DPO's figures count its uniformed personnel.
   */
  POLITICAL_MISSION_OR_OFFICE("special political mission or office"),
  /**
   * Neither: a body of another organ, such as UNSCOB, a General Assembly committee that the
   * peacekeeping dataset lists.
   */
  OTHER("other");

  private final String displayName;

  MissionKind(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Returns the kind in words, such as "peacekeeping operation".
   *
   * @return the name in lower case
   */
  public String displayName() {
    return displayName;
  }
}
