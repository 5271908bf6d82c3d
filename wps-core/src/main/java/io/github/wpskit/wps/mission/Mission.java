package io.github.wpskit.wps.mission;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.internal.Checks;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A United Nations peace operation: acronym, name, host, the resolutions that established it, when it
 * started, whether it has closed, and whether it is multidimensional.
 *
 * <p>Attributes that sources do not settle are optional rather than guessed: several missions'
 * classification as multidimensional, or a single establishing resolution, were not confirmed, and the
 * reference catalog leaves them empty. Rules that need such data report themselves as skipped.
 *
 * <p>Invariants: texts are not blank; where both are given, the start date falls in the year of
 * establishment and the closure is not before the start.
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

  /** Builds {@link Mission} values; {@code acronym}, {@code name} and {@code host} are required. */
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
   * Returns the full name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the host country or territory as text, such as "South Sudan" or "Abyei (Sudan/South
   * Sudan)": some hosts are territories without an ISO 3166 code.
   *
   * @return the host
   */
  public abstract String host();

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
   * Returns how the mission closed; empty while it is active.
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
   * Returns whether the mission is active (has no closure).
   *
   * @return true while active
   */
  public final boolean isActive() {
    return closure().isEmpty();
  }

  @Value.Check
  final void check() {
    Checks.text("Mission.name", name(), 500);
    Checks.text("Mission.host", host(), 200);
    if (started().isPresent() && established().isPresent()
        && started().get().getYear() != established().get().getValue()) {
      throw new InvalidValueException(
          "Mission.started", started().get(), "must fall in the year established "
              + established().get());
    }
    if (started().isPresent() && closure().isPresent()
        && closure().get().mandateEnded().isBefore(started().get())) {
      throw new InvalidValueException(
          "Mission.closure.mandateEnded", closure().get().mandateEnded(),
          "must not be before started " + started().get());
    }
  }
}
