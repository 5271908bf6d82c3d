package io.github.wpskit.wps.mission;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.internal.Checks;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A United Nations peace operation or political mission: acronym, kind, name, host, the resolutions
 * that established it, when it started, the last confirmed expiry of its mandate, its closure (which
 * may be decided ahead of time), and whether it is multidimensional.
 *
 * <p>Attributes that sources do not settle are optional rather than guessed: the name of a political
 * mission that only DPO's figures name, several missions' classification as multidimensional, a
 * single establishing resolution. The reference catalog leaves them empty; rules that need such data
 * report themselves as skipped.
 *
 * <p>Whether a mission is active is a question asked on a date: {@link #statusOn(LocalDate)} and
 * {@link #isActiveOn(LocalDate)} read the start, the mandate's last confirmed expiry and the phases
 * of the closure ({@link MissionTimeline} says how).
 *
 * <p>Invariants: texts are not blank; where both are given, the start date falls in the year of
 * establishment, the closure's mandate end is not before the start, the dataset's end is not before
 * its start; a mandate-expiry resolution comes with its date.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Mission {
  Mission() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Mission} values; only {@code acronym} is required. */
  public static final class Builder extends ImmutableMission.Builder {
    Builder() {}
  }

  /**
   * Returns the acronym, such as {@code UNMISS}.
   *
   * @return the acronym
   */
  public abstract MissionAcronym acronym();

  /**
   * Returns what kind of presence the mission is, where a source says it.
   *
   * @return the kind, or empty when its classification is not confirmed
   */
  public abstract Optional<MissionKind> kind();

  /**
   * Returns the full name, where confirmed.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> name();

  /**
   * Returns the host country or territory as text, such as "South Sudan" or "Abyei (Sudan/South
   * Sudan)" (some hosts are territories without an ISO 3166 code), where confirmed.
   *
   * @return the host, or empty
   */
  public abstract Optional<String> host();

  /**
   * Returns the ISO 3166-1 codes of the host countries, where the host maps cleanly to them.
   *
   * @return an unmodifiable set, possibly empty
   */
  public abstract Set<CountryCode> hostCountries();

  /**
   * Returns the resolutions that established the mission (UNIFIL has two), if confirmed.
   *
   * @return an unmodifiable set, possibly empty
   */
  public abstract Set<ResolutionSymbol> establishedBy();

  /**
   * Returns the year the mission was established, if known.
   *
   * @return the year, or empty
   */
  public abstract Optional<Year> established();

  /**
   * Returns the day the mission started operating, if known.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> started();

  /**
   * Returns the start date a compiled dataset gives (for the reference catalog, the UN Peace and
   * Security Data Hub's DPPADPOSS-PKO), as the dataset gives it: often the date of the establishing
   * resolution or the first of a month, so <em>not</em> the start of operations. Rules do not read
   * it.
   *
   * @return the dataset's date, or empty
   */
  public abstract Optional<LocalDate> datasetStart();

  /**
   * Returns the end date a compiled dataset gives, as it gives it: often the end of the mandate or
   * the first of a month, not the last day of presence. Rules do not read it.
   *
   * @return the dataset's date, or empty
   */
  public abstract Optional<LocalDate> datasetEnd();

  /**
   * Returns the last day of the mandate as last confirmed, for a current mission: the expiry set by
   * {@link #mandateConfirmedBy()}. A later renewal may exist that the facts do not hold, so beyond
   * this day the mission's status is {@link MissionPhase#UNKNOWN}.
   *
   * @return the date, or empty (a mission without periodic renewals, or one not confirmed)
   */
  public abstract Optional<LocalDate> mandateConfirmedUntil();

  /**
   * Returns the resolution that set {@link #mandateConfirmedUntil()}.
   *
   * @return the resolution, or empty
   */
  public abstract Optional<ResolutionSymbol> mandateConfirmedBy();

  /**
   * Returns how the mission closes or closed, including a closure decided ahead of time; empty when
   * no closure is known.
   *
   * @return the closure, or empty
   */
  public abstract Optional<Closure> closure();

  /**
   * Returns whether the mission is multidimensional; empty where it has not been classified.
   *
   * @return true, false, or empty
   */
  public abstract Optional<Boolean> multidimensional();

  /**
   * Returns the mission's dates unwrapped, for questions asked of many dates.
   *
   * @return the timeline, computed once
   */
  @Value.Lazy
  public MissionTimeline timeline() {
    return new MissionTimeline(this);
  }

  /**
   * Returns the mission's status on a date, taking its facts as complete.
   *
   * @param date the date, not null
   * @return the status
   */
  public final MissionStatus statusOn(LocalDate date) {
    return timeline().statusOn(Objects.requireNonNull(date, "date"), null);
  }

  /**
   * Returns the mission's status on a date, given the date to which its facts run: without a closure
   * and beyond both the horizon and the mandate's last confirmed expiry, the status is
   * {@link MissionPhase#UNKNOWN}.
   *
   * @param date the date, not null
   * @param knowledgeHorizon the date to which the facts run, such as
   *     {@link io.github.wpskit.wps.catalog.ReferenceCatalog#knowledgeHorizon()}, not null
   * @return the status
   */
  public final MissionStatus statusOn(LocalDate date, LocalDate knowledgeHorizon) {
    return timeline().statusOn(
        Objects.requireNonNull(date, "date"),
        Objects.requireNonNull(knowledgeHorizon, "knowledgeHorizon"));
  }

  /**
   * Returns whether the mission is active on a date, taking its facts as complete.
   *
   * @param date the date, not null
   * @return true in {@link MissionPhase#ACTIVE}
   */
  public final boolean isActiveOn(LocalDate date) {
    return timeline().phaseOn(Objects.requireNonNull(date, "date"), null) == MissionPhase.ACTIVE;
  }

  @Value.Check
  final void check() {
    name().ifPresent(n -> Checks.text("Mission.name", n, 500));
    host().ifPresent(h -> Checks.text("Mission.host", h, 200));
    if (datasetStart().isPresent() && datasetEnd().isPresent()
        && datasetEnd().get().isBefore(datasetStart().get())) {
      throw new InvalidValueException(
          "Mission.datasetEnd", datasetEnd().get(), "must not be before datasetStart "
              + datasetStart().get());
    }
    if (mandateConfirmedBy().isPresent() && mandateConfirmedUntil().isEmpty()) {
      throw new InvalidValueException(
          "Mission.mandateConfirmedBy", mandateConfirmedBy().get(),
          "needs mandateConfirmedUntil, the expiry it set");
    }
    if (started().isPresent() && established().isPresent()
        && started().get().getYear() != established().get().getValue()) {
      throw new InvalidValueException(
          "Mission.started", started().get(), "must fall in the year established "
              + established().get());
    }
    if (started().isPresent() && closure().isPresent()
        && closure().get().mandateEnded().isPresent()
        && closure().get().mandateEnded().get().isBefore(started().get())) {
      throw new InvalidValueException(
          "Mission.closure.mandateEnded", closure().get().mandateEnded().get(),
          "must not be before started " + started().get());
    }
  }
}
