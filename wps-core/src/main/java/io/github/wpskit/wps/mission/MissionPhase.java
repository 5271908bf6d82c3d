package io.github.wpskit.wps.mission;

/**
 * Where a mission stands on a date: before its start, active, withdrawing, in liquidation, closed,
 * or not known from the facts at hand. {@link Mission#statusOn} gives it.
 *
 * <p>The phases of a closure follow one another: the end of operations (or of the mandate), the
 * withdrawal up to its deadline, then liquidation (often with a guard unit), then nothing. Deployment
 * figures are expected in every phase but {@link #CLOSED}: personnel withdraw by the deadline and a
 * liquidation keeps some (MINUSMA's official figures run to November 2024).
 */
public enum MissionPhase {
  /** Before the mission started (or, where only the year is known, before that year). */
  NOT_STARTED,
  /** Operating under its mandate. */
  ACTIVE,
  /** After the end of operations or of the mandate, up to the withdrawal deadline. */
  WITHDRAWAL,
  /** In liquidation: after withdrawal, up to the end of the liquidation where known. */
  LIQUIDATION,
  /** After the last day on which the mission's facts allow anyone to be present. */
  CLOSED,
  /**
   * The facts do not settle it: dates not confirmed, a mandate confirmed only up to an earlier day,
   * or a date beyond the knowledge horizon.
   */
  UNKNOWN
}
