package io.github.wpskit.wps.parity;

/**
 * The colour status of a contributing country's share of women in a target group for a month, as
 * DPO's monthly list "Operational Effect and Women Peacekeepers – Addressing the Gender Imbalance"
 * defines it, verbatim: "Green – TCC meets or exceeds UGPS target; Yellow – TCC contributes 0.1%
 * or more women peacekeepers; Red: TCC does not contribute women peacekeepers" (as published by
 * the Elsie Initiative Fund; DPO's own document was not seen).
 *
 * <p>The text does not make Yellow exclusive of Green, so Green is decided first. It leaves three
 * cases open, and the library gives each its own status rather than a guessed colour:
 * {@link #BELOW_YELLOW_THRESHOLD} (women, but fewer than 0.1%), {@link #TARGET_UNKNOWN} (no target is
 * known for the year, so Green and Yellow cannot be told apart; Red can still be decided) and
 * {@link #NO_PERSONNEL} (nobody of the group is deployed, so there is no share to colour).
 *
 * <p>The order of the decision: {@code NO_PERSONNEL} when the total is 0; {@code GREEN} when a
 * target is known and the share meets or exceeds it; {@code RED} when no woman is deployed;
 * {@code TARGET_UNKNOWN} when no target is known; {@code YELLOW} when women are 0.1% or more;
 * {@code BELOW_YELLOW_THRESHOLD} otherwise. Every comparison is exact (integers, and the target
 * read as the decimal it is written as).
 */
public enum ParityStatus {
  /** Green: the share of women meets or exceeds the target in force. */
  GREEN,
  /** Yellow: below the target, and women are 0.1% or more of the personnel. */
  YELLOW,
  /** Red: personnel are deployed, and none of them is a woman. */
  RED,
  /**
   * Women are deployed, but fewer than 0.1% of the personnel, and the target is not met: the
   * published rule names no colour for this case (it is neither Yellow's "0.1% or more" nor Red's
   * "no women").
   */
  BELOW_YELLOW_THRESHOLD,
  /**
   * Women are deployed, but no target is known for the year, so whether the share is Green or
   * Yellow cannot be decided. Supply the year's target to decide it.
   */
  TARGET_UNKNOWN,
  /** Nobody of the group is deployed (a total of 0): there is no share to colour. */
  NO_PERSONNEL;

  /**
   * Decides the status of figures.
   *
   * @param women the number of women, 0 to {@code total}
   * @param total the number of personnel, not negative
   * @param target the target in force, or null when none is known
   * @return the status
   */
  static ParityStatus of(long women, long total, ParityTarget target) {
    if (total == 0) {
      return NO_PERSONNEL;
    }
    if (target != null && Shares.shortfall(women, total, target.percentage()) == 0) {
      return GREEN;
    }
    if (women == 0) {
      return RED;
    }
    if (target == null) {
      return TARGET_UNKNOWN;
    }
    // women / total >= 0.1 / 100, without dividing.
    return women * 1000 >= total ? YELLOW : BELOW_YELLOW_THRESHOLD;
  }
}
