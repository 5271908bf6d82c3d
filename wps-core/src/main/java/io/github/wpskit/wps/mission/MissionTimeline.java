package io.github.wpskit.wps.mission;

import java.time.LocalDate;

/**
 * A mission's dates unwrapped once, answering "which phase is the mission in on this date?" without
 * allocating, for rules that ask it of every deployment record. Obtain it with
 * {@link Mission#timeline()}; {@link Mission#statusOn} is the same answer with an explanation.
 *
 * <p>How a date is read, in order:
 * <ol>
 *   <li>before the start (or, where only the year of establishment is known, before that year):
 *       {@link MissionPhase#NOT_STARTED};</li>
 *   <li>without a closure: {@link MissionPhase#ACTIVE} from the start, up to the mandate's last
 *       confirmed expiry where one is recorded, and without one up to the knowledge horizon; beyond
 *       either, {@link MissionPhase#UNKNOWN} (a renewal or a closure may have been decided that the
 *       facts do not hold). A mission whose start is not known at all is UNKNOWN;</li>
 *   <li>with a closure: ACTIVE up to the end of operations (or of the mandate); then
 *       {@link MissionPhase#WITHDRAWAL} up to the withdrawal deadline; then, where a liquidation
 *       follows, {@link MissionPhase#LIQUIDATION} from its start (right after the withdrawal when its
 *       start is not given) up to its end where known; then {@link MissionPhase#CLOSED}. A closure
 *       without a liquidation is CLOSED after the withdrawal deadline; without a deadline either, it
 *       is UNKNOWN after the end of the mandate, because the end of a mandate is not the last day of
 *       presence. A closure without any date is UNKNOWN after the start. The phases of a
 *       closure decided ahead of time hold beyond the horizon: they are the decision's.</li>
 * </ol>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MissionTimeline {
  private final MissionAcronym acronym;
  /** The start, else 1 January of the year established, else null. */
  private final LocalDate earliest;
  private final boolean earliestIsStart;
  private final boolean closed;
  /** The end of operations, else of the mandate; null without a closure or without either date. */
  private final LocalDate activeUntil;
  private final LocalDate withdrawalUntil;
  private final boolean liquidation;
  private final LocalDate liquidationStart;
  private final LocalDate liquidationEnd;
  private final LocalDate mandateUntil;

  MissionTimeline(Mission m) {
    this.acronym = m.acronym();
    if (m.started().isPresent()) {
      this.earliest = m.started().get();
      this.earliestIsStart = true;
    } else {
      this.earliest = m.established().map(y -> y.atDay(1)).orElse(null);
      this.earliestIsStart = false;
    }
    this.mandateUntil = m.mandateConfirmedUntil().orElse(null);
    Closure c = m.closure().orElse(null);
    this.closed = c != null;
    this.activeUntil = c == null ? null : c.endOfActivity().orElse(null);
    this.withdrawalUntil = c == null ? null : c.withdrawalDeadline().orElse(null);
    Liquidation l = c == null ? null : c.liquidation().orElse(null);
    this.liquidation = l != null;
    this.liquidationStart = l == null ? null : l.start().orElse(null);
    this.liquidationEnd = l == null ? null : l.end().orElse(null);
  }

  /**
   * Returns the earliest day the mission can have been present: its start, else 1 January of the
   * year it was established.
   *
   * @return the date, or null when neither is known
   */
  public LocalDate earliest() {
    return earliest;
  }

  /**
   * Returns whether {@link #earliest()} is the start date rather than derived from the year.
   *
   * @return true for a start date
   */
  public boolean earliestIsStart() {
    return earliestIsStart;
  }

  /**
   * Returns the end of the withdrawal as a closure without liquidation reads it: the withdrawal
   * deadline, else the end of operations or of the mandate.
   *
   * @return the date, or null without a closure or without those dates
   */
  public LocalDate endOfWithdrawal() {
    return withdrawalUntil != null ? withdrawalUntil : activeUntil;
  }

  /**
   * Returns the last day anyone can be present, the day before {@link MissionPhase#CLOSED} begins:
   * the end of the liquidation where one follows, else the withdrawal deadline.
   *
   * @return the date, or null when no closed phase is known (no closure, a liquidation without an
   *     end, no withdrawal deadline, or no dates)
   */
  public LocalDate lastDayOfPresence() {
    if (!closed || activeUntil == null) {
      return null;
    }
    return liquidation ? liquidationEnd : withdrawalUntil;
  }

  /**
   * Returns the phase on a date.
   *
   * @param date the date, not null
   * @param horizon the date to which the facts run, or null to take them as complete
   * @return the phase
   */
  public MissionPhase phaseOn(LocalDate date, LocalDate horizon) {
    if (earliest != null && date.isBefore(earliest)) {
      return MissionPhase.NOT_STARTED;
    }
    if (!closed) {
      if (earliest == null) {
        return MissionPhase.UNKNOWN;
      }
      if (mandateUntil != null) {
        return date.isAfter(mandateUntil) ? MissionPhase.UNKNOWN : MissionPhase.ACTIVE;
      }
      return horizon != null && date.isAfter(horizon) ? MissionPhase.UNKNOWN : MissionPhase.ACTIVE;
    }
    if (activeUntil == null) {
      return MissionPhase.UNKNOWN;
    }
    if (!date.isAfter(activeUntil)) {
      return earliest == null ? MissionPhase.UNKNOWN : MissionPhase.ACTIVE;
    }
    if (!liquidation) {
      if (withdrawalUntil == null) {
        return MissionPhase.UNKNOWN; // the mandate's end is not the last day of presence
      }
      return date.isAfter(withdrawalUntil) ? MissionPhase.CLOSED : MissionPhase.WITHDRAWAL;
    }
    if (liquidationEnd != null && date.isAfter(liquidationEnd)) {
      return MissionPhase.CLOSED;
    }
    if (liquidationStart != null && !date.isBefore(liquidationStart)) {
      return MissionPhase.LIQUIDATION;
    }
    if (withdrawalUntil != null && !date.isAfter(withdrawalUntil)) {
      return MissionPhase.WITHDRAWAL;
    }
    if (liquidationStart == null) {
      return MissionPhase.LIQUIDATION;
    }
    // Before the liquidation's start: drawing down when no deadline is set, else a gap in the facts.
    return withdrawalUntil == null ? MissionPhase.WITHDRAWAL : MissionPhase.UNKNOWN;
  }

  /**
   * Returns the status on a date: the {@link #phaseOn phase} and its explanation.
   *
   * @param date the date, not null
   * @param horizon the date to which the facts run, or null to take them as complete
   * @return the status
   */
  public MissionStatus statusOn(LocalDate date, LocalDate horizon) {
    MissionPhase phase = phaseOn(date, horizon);
    return new MissionStatus(acronym, date, phase, explain(phase, date, horizon));
  }

  private String explain(MissionPhase phase, LocalDate date, LocalDate horizon) {
    switch (phase) {
      case NOT_STARTED:
        return earliestIsStart
            ? "started on " + earliest : "established in " + earliest.getYear();
      case ACTIVE:
        return closed ? "active, operations to end on " + activeUntil
            : mandateUntil != null ? "active, mandate confirmed until " + mandateUntil : "active";
      case WITHDRAWAL:
        return withdrawalUntil != null
            ? "withdrawing after " + activeUntil + ", deadline " + withdrawalUntil
            : "drawing down after " + activeUntil + ", liquidation from " + liquidationStart;
      case LIQUIDATION:
        return (liquidationStart != null ? "in liquidation since " + liquidationStart
            : "in liquidation after the withdrawal")
            + (liquidationEnd != null ? ", to end on " + liquidationEnd : ", end not known");
      case CLOSED:
        return "closed, last day of presence " + lastDayOfPresence();
      default:
        return whyUnknown(date, horizon);
    }
  }

  private String whyUnknown(LocalDate date, LocalDate horizon) {
    if (earliest == null && (!closed || activeUntil == null || !date.isAfter(activeUntil))) {
      return "neither the start date nor the year of establishment of " + acronym + " is known";
    }
    if (closed && activeUntil == null) {
      return "the dates of the closure of " + acronym + " are not known";
    }
    if (closed && !liquidation) {
      return "the end of the withdrawal of " + acronym + " after " + activeUntil + " is not known";
    }
    if (closed) {
      return "the facts of the closure of " + acronym + " leave " + date + " between the"
          + " withdrawal deadline " + withdrawalUntil + " and the liquidation from "
          + liquidationStart;
    }
    if (mandateUntil != null) {
      return "the mandate of " + acronym + " is confirmed until " + mandateUntil + " only";
    }
    return date + " is after the knowledge horizon " + horizon + " and no confirmed mandate of "
        + acronym + " runs to it";
  }
}
