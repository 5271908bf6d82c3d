package io.github.wpskit.wps.mission;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.internal.Checks;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One mandate period of a mission: the resolution that authorised it, the period it covers, the
 * authorised strength by personnel type, and its tasks.
 *
 * <p>Invariants: {@code start <= end}; every authorised strength is between 0 and 1 000 000. Whether the
 * authorising resolution exists and came first, and whether successive mandates overlap or leave gaps,
 * are validation rules.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Mandate {
  /** The largest authorised strength accepted for one personnel type. */
  public static final int MAX_STRENGTH = 1_000_000;

  Mandate() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Mandate} values; {@code mission}, {@code authorisedBy}, {@code start} and
   * {@code end} are required.
   */
  public static final class Builder extends ImmutableMandate.Builder {
    Builder() {}
  }

  /**
   * Returns the mission this mandate belongs to.
   *
   * @return the mission's acronym
   */
  public abstract MissionAcronym mission();

  /**
   * Returns the resolution that authorised this mandate period.
   *
   * @return the resolution symbol
   */
  public abstract ResolutionSymbol authorisedBy();

  /**
   * Returns the first day of the mandate period.
   *
   * @return the date
   */
  public abstract LocalDate start();

  /**
   * Returns the last day of the mandate period (inclusive).
   *
   * @return the date, not before {@link #start()}
   */
  public abstract LocalDate end();

  /**
   * Returns the authorised strength (ceiling) by personnel type, in the order of
   * {@link PersonnelType}. A ceiling set for military observers and staff officers together is
   * given as {@link PersonnelType#MILITARY_OBSERVERS_AND_STAFF_OFFICERS}.
   *
   * @return an unmodifiable map, possibly empty
   */
  public abstract Map<PersonnelType, Integer> authorisedStrength();

  /**
   * Returns the tasks, in the order of the resolution.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<MandateTask> tasks();

  /**
   * Returns the identifier used in reports: the mission and the authorising resolution, such as
   * {@code UNMISS S/RES/2729 (2024)}.
   *
   * @return the identifier
   */
  public final String id() {
    return mission() + " " + authorisedBy();
  }

  /**
   * Returns whether the mandate period includes a date.
   *
   * @param date the date
   * @return true if {@code start <= date <= end}
   */
  public final boolean covers(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  @Value.Check
  final void check() {
    if (end().isBefore(start())) {
      throw new InvalidValueException(
          "Mandate.end", end(), "must not be before start " + start());
    }
    for (Map.Entry<PersonnelType, Integer> e : authorisedStrength().entrySet()) {
      int strength = e.getValue();
      if (strength < 0 || strength > MAX_STRENGTH) {
        // The attribute name is built only on failure: this check runs on every decoded mandate.
        Checks.inRange("Mandate.authorisedStrength[" + e.getKey() + "]", strength, 0, MAX_STRENGTH);
      }
    }
  }
}
