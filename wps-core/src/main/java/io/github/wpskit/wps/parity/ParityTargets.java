package io.github.wpskit.wps.parity;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.internal.Checks;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A set of gender parity targets, at most one per target group and year, with lookups for the
 * target of a year and the target in force on a date.
 *
 * <p>{@link #ugps()} ships the targets of the Uniformed Gender Parity Strategy 2018-2028 that the
 * project could confirm; the strategy sets annual targets, most of which were not found, so
 * {@link #withTarget} lets a user supply any year or override a shipped value.
 *
 * <p>Invariant ({@link InvalidValueException} otherwise): no two targets share a group and year.
 *
 * <p>Lookups are cheap (an index by group and year, built once on first use), because validation
 * runs one per deployment record. This class is immutable and thread-safe. Build one with
 * {@link #builder()}.
 */
@Value.Immutable
public abstract class ParityTargets {
  ParityTargets() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ParityTargets} values; an empty set of targets is valid. */
  public static final class Builder extends ImmutableParityTargets.Builder {
    Builder() {}
  }

  /**
   * Returns the confirmed targets of the Uniformed Gender Parity Strategy (UGPS) 2018-2028, as
   * percentages of women.
   *
   * <ul>
   *   <li>2028: military contingents 15, military observers and staff officers 25, formed police units
   *       20, individual police officers 30;
   *   <li>2021: military contingents 8, military observers and staff officers 18.
   * </ul>
   *
   * <p>The strategy sets annual targets, but only these values were confirmed (project fact sheet,
   * section 5: elsiefund.org and a mirror of a DPO page). No intermediate police targets were found.
   * Justice and corrections government-provided personnel are in the strategy's scope, but no target
   * for them was found, so none is shipped. Supply the missing years with {@link #withTarget}.
   *
   * @return the shipped UGPS targets
   */
  public static ParityTargets ugps() {
    return Ugps.TARGETS;
  }

  /** Holds the shipped targets, built once on first use. */
  private static final class Ugps {
    static final ParityTargets TARGETS =
        builder()
            .addTargets(
                ParityTarget.of(ParityTargetGroup.MILITARY_CONTINGENTS, Year.of(2021), 8),
                ParityTarget.of(
                    ParityTargetGroup.MILITARY_OBSERVERS_AND_STAFF_OFFICERS, Year.of(2021), 18),
                ParityTarget.of(ParityTargetGroup.MILITARY_CONTINGENTS, Year.of(2028), 15),
                ParityTarget.of(
                    ParityTargetGroup.MILITARY_OBSERVERS_AND_STAFF_OFFICERS, Year.of(2028), 25),
                ParityTarget.of(ParityTargetGroup.FORMED_POLICE_UNITS, Year.of(2028), 20),
                ParityTarget.of(ParityTargetGroup.INDIVIDUAL_POLICE_OFFICERS, Year.of(2028), 30))
            .build();

    private Ugps() {}
  }

  /**
   * Returns the targets, in the order given.
   *
   * @return an unmodifiable list, at most one target per group and year
   */
  public abstract List<ParityTarget> targets();

  /**
   * Returns the index by group and year. Lazy, so it is built once, on first use, and stays out of
   * {@code equals}, {@code hashCode} and {@code toString}. Never handed out: its maps are mutable.
   */
  @Value.Lazy
  Map<ParityTargetGroup, TreeMap<Integer, ParityTarget>> index() {
    Map<ParityTargetGroup, TreeMap<Integer, ParityTarget>> index =
        new EnumMap<>(ParityTargetGroup.class);
    for (ParityTarget target : targets()) {
      index
          .computeIfAbsent(target.group(), c -> new TreeMap<>())
          .put(target.year().getValue(), target);
    }
    return index;
  }

  /**
   * Finds the target for a group in exactly one year.
   *
   * @param group the target group, not null
   * @param year the year, not null
   * @return the target, or empty when none is set for that year
   */
  public final Optional<ParityTarget> targetFor(ParityTargetGroup group, Year year) {
    Objects.requireNonNull(year, "year");
    TreeMap<Integer, ParityTarget> byYear = index().get(Objects.requireNonNull(group, "group"));
    return byYear == null ? Optional.empty() : Optional.ofNullable(byYear.get(year.getValue()));
  }

  /**
   * Finds the target in force for a group on a date: the target of the latest year not after the
   * date's year.
   *
   * <p>Why: the UGPS sets annual targets, but where a year's target is not supplied, the most recent
   * earlier one is the best known floor (with the shipped values, 2024 for military contingents gives
   * 2021's 8%). A date before the first known target year of the group yields empty, as does a
   * group with no targets; a later year's target is never applied early.
   *
   * @param group the target group, not null
   * @param date the date, not null
   * @return the target in force, or empty
   */
  public final Optional<ParityTarget> targetInForce(ParityTargetGroup group, LocalDate date) {
    Objects.requireNonNull(date, "date");
    TreeMap<Integer, ParityTarget> byYear = index().get(Objects.requireNonNull(group, "group"));
    if (byYear == null) {
      return Optional.empty();
    }
    Map.Entry<Integer, ParityTarget> entry = byYear.floorEntry(date.getYear());
    return entry == null ? Optional.empty() : Optional.of(entry.getValue());
  }

  /**
   * Returns a copy with a target added, or replacing the target of the same group and year (in
   * place, so the order of the other targets is kept).
   *
   * @param target the target to add or replace, not null
   * @return a new set of targets
   */
  public final ParityTargets withTarget(ParityTarget target) {
    Objects.requireNonNull(target, "target");
    List<ParityTarget> copy = new ArrayList<>(targets().size() + 1);
    boolean replaced = false;
    for (ParityTarget t : targets()) {
      if (t.group() == target.group() && t.year().equals(target.year())) {
        copy.add(target);
        replaced = true;
      } else {
        copy.add(t);
      }
    }
    if (!replaced) {
      copy.add(target);
    }
    return builder().addAllTargets(copy).build();
  }

  @Value.Check
  final void check() {
    Checks.uniqueBy(
        "ParityTargets.targets", targets(), t -> t.group() + " " + t.year());
  }
}
