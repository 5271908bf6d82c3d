package io.github.wpskit.wps.parity;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.internal.Checks;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.PersonnelType;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The uniformed personnel one country has deployed to one mission in one
 * personnel type on a reporting date, as numbers of women and men.
 *
 * <p>The figures are sex-disaggregated counts as reported by the source; they contain no personal
 * data. Invariant ({@link InvalidValueException} otherwise): each count lies in 0 to
 * {@value #MAX_COUNT}. Whether the share of women meets the parity target in force is a validation
 * rule (see {@link ParityTargets#targetInForce}).
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Deployment {
  /** The largest count accepted for women or for men (a sanity bound). */
  public static final int MAX_COUNT = 1_000_000;

  Deployment() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Deployment} values; every attribute is required. */
  public static final class Builder extends ImmutableDeployment.Builder {
    Builder() {}
  }

  /**
   * Returns the mission deployed to.
   *
   * @return the mission's acronym
   */
  public abstract MissionAcronym mission();

  /**
   * Returns the country that contributed the personnel.
   *
   * @return the country
   */
  public abstract CountryCode contributingCountry();

  /**
   * Returns the personnel type counted (in JSON the field {@code category}).
   *
   * @return the personnel type
   */
  public abstract PersonnelType personnelType();

  /**
   * Returns the target group whose parity target applies to these figures.
   *
   * @return {@code ParityTargetGroup.of(personnelType())}
   */
  public final ParityTargetGroup targetGroup() {
    return ParityTargetGroup.of(personnelType());
  }

  /**
   * Returns the date the figures refer to.
   *
   * @return the date
   */
  public abstract LocalDate reportingDate();

  /**
   * Returns the number of women deployed.
   *
   * @return 0 to 1000000
   */
  public abstract int women();

  /**
   * Returns the number of men deployed.
   *
   * @return 0 to 1000000
   */
  public abstract int men();

  /**
   * Returns the number of personnel deployed.
   *
   * @return women plus men
   */
  public final int total() {
    return women() + men();
  }

  /**
   * Returns the share of women in percent.
   *
   * @return 0 to 100, or empty when nobody is deployed (the share is then undefined)
   */
  public final OptionalDouble femalePercentage() {
    int total = total();
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(women() * 100.0 / total);
  }

  /**
   * Returns the identifier used in reports: mission, contributing country, personnel type (its
   * constant name in lower case with hyphens) and reporting date, such as
   * {@code UNMISS RWA military-contingents 2025-01-31}.
   *
   * @return the identifier
   */
  public final String id() {
    return mission() + " " + contributingCountry() + " "
        + personnelType().name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + reportingDate();
  }

  @Value.Check
  final void check() {
    Checks.inRange("Deployment.women", women(), 0, MAX_COUNT);
    Checks.inRange("Deployment.men", men(), 0, MAX_COUNT);
  }
}
