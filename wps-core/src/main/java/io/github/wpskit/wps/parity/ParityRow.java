package io.github.wpskit.wps.parity;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.mission.MissionAcronym;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One line of a {@link ParityAnalysis}: the women and all personnel of one target group in one
 * month, for one contributing country across all missions, for one mission across all
 * contributors, or overall, with the target in force and what follows from it.
 *
 * <p>Which of the three a row is: {@link #contributingCountry()} present (a country row),
 * {@link #mission()} present (a mission row), or neither (the overall row).
 *
 * <p>Invariants ({@link InvalidValueException} otherwise): {@code 0 <= women <= total}; not both a
 * country and a mission; the target, when present, is the row's group's target of the row's year.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class ParityRow {
  ParityRow() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ParityRow} values; month, group, women and total are required. */
  public static final class Builder extends ImmutableParityRow.Builder {
    Builder() {}
  }

  /**
   * Returns the month: the year and month of the figures' reporting date.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * Returns the target group.
   *
   * @return the group
   */
  public abstract ParityTargetGroup group();

  /**
   * Returns the contributing country of a country row.
   *
   * @return the country, or empty for a mission row and the overall row
   */
  public abstract Optional<CountryCode> contributingCountry();

  /**
   * Returns the mission of a mission row.
   *
   * @return the mission, or empty for a country row and the overall row
   */
  public abstract Optional<MissionAcronym> mission();

  /**
   * Returns the number of women.
   *
   * @return 0 to {@link #total()}
   */
  public abstract long women();

  /**
   * Returns the number of personnel, women and men.
   *
   * @return 0 or more
   */
  public abstract long total();

  /**
   * Returns the target in force: the group's target for the month's year.
   *
   * @return the target, or empty when none is known for that year
   */
  public abstract Optional<ParityTarget> target();

  /**
   * Returns the share of women in percent.
   *
   * @return 0 to 100, or empty when the total is 0 (never NaN)
   */
  public final OptionalDouble share() {
    return total() == 0 ? OptionalDouble.empty() : OptionalDouble.of(women() * 100.0 / total());
  }

  /**
   * Returns how many more women, at the current total (in place of men), would meet the target:
   * what force generation asks. Computed exactly: a share exactly at the target has a shortfall
   * of 0.
   *
   * @return 0 when the target is met; empty when no target is known or the total is 0 (no number
   *     of women meets a target among nobody)
   */
  public final OptionalLong shortfall() {
    if (target().isEmpty() || total() == 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Shares.shortfall(women(), total(), target().get().percentage()));
  }

  /**
   * Returns DPO's colour status of a country row (see {@link ParityStatus} for the rule and the
   * cases it leaves open). DPO colours contributing countries only, so mission rows and the
   * overall row have none.
   *
   * @return the status of a country row, or empty for a mission row and the overall row
   */
  public final Optional<ParityStatus> status() {
    if (contributingCountry().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ParityStatus.of(women(), total(), target().orElse(null)));
  }

  @Value.Check
  final void check() {
    if (total() < 0) {
      throw new InvalidValueException("ParityRow.total", total(), "must not be negative");
    }
    if (women() < 0 || women() > total()) {
      throw new InvalidValueException(
          "ParityRow.women", women(), "must be from 0 to the total " + total());
    }
    if (contributingCountry().isPresent() && mission().isPresent()) {
      throw new InvalidValueException(
          "ParityRow.mission", mission().get(),
          "must be empty on a country row (" + contributingCountry().get() + ")");
    }
    if (target().isPresent()) {
      ParityTarget t = target().get();
      if (t.group() != group() || t.year().getValue() != month().getYear()) {
        throw new InvalidValueException(
            "ParityRow.target", t.group() + " " + t.year(),
            "must be the target of " + group() + " " + month().getYear());
      }
    }
  }
}
