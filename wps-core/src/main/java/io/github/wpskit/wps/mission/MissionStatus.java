package io.github.wpskit.wps.mission;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A mission's {@link MissionPhase phase} on a date, with the explanation a person reads: "in
 * liquidation since 2024-01-01", or for {@link MissionPhase#UNKNOWN} the fact that is missing ("the
 * mandate of UNMISS is confirmed until 2026-04-30 only"). {@link Mission#statusOn} gives it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MissionStatus {
  private final MissionAcronym mission;
  private final LocalDate date;
  private final MissionPhase phase;
  private final String explanation;

  MissionStatus(MissionAcronym mission, LocalDate date, MissionPhase phase, String explanation) {
    this.mission = mission;
    this.date = date;
    this.phase = phase;
    this.explanation = explanation;
  }

  /**
   * Returns the mission.
   *
   * @return the acronym
   */
  public MissionAcronym mission() {
    return mission;
  }

  /**
   * Returns the date the status is for.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the phase.
   *
   * @return the phase
   */
  public MissionPhase phase() {
    return phase;
  }

  /**
   * Returns whether the mission is active on the date.
   *
   * @return true for {@link MissionPhase#ACTIVE}
   */
  public boolean isActive() {
    return phase == MissionPhase.ACTIVE;
  }

  /**
   * Returns whether the facts settle the phase.
   *
   * @return false for {@link MissionPhase#UNKNOWN}
   */
  public boolean isKnown() {
    return phase != MissionPhase.UNKNOWN;
  }

  /**
   * Returns the explanation, such as "withdrawing, deadline 2023-12-31"; for an unknown phase, the
   * missing fact.
   *
   * @return the explanation, not blank
   */
  public String explanation() {
    return explanation;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MissionStatus)) {
      return false;
    }
    MissionStatus other = (MissionStatus) o;
    return mission.equals(other.mission) && date.equals(other.date) && phase == other.phase
        && explanation.equals(other.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mission, date, phase, explanation);
  }

  /**
   * Returns the status as text, such as {@code MINUSMA on 2024-03-31: LIQUIDATION (in liquidation
   * since 2024-01-01)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return mission + " on " + date + ": " + phase + " (" + explanation + ")";
  }
}
