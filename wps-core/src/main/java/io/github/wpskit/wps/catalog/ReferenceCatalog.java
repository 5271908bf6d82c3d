package io.github.wpskit.wps.catalog;

import io.github.wpskit.wps.internal.Checks;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.MissionPhase;
import io.github.wpskit.wps.mission.MissionStatus;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A catalog of resolutions and missions, looked up by symbol and acronym, with the knowledge horizon
 * to which its facts run. The {@link #standard()} catalog holds the real ones:
 * <ul>
 *   <li>the ten Women, Peace and Security resolutions from 1325 (2000) to 2493 (2019); resolution
 *       2538 (2020) on women in peacekeeping, which sits beside them but is not one of them;</li>
 *   <li>every mission of the UN Peace and Security Data Hub's peacekeeping dataset (DPPADPOSS-PKO,
 *       78 missions once its three aggregate rows are left out), with its kind where confirmed and
 *       the dataset's own dates kept as such ({@link Mission#datasetStart()});</li>
 *   <li>the eleven special political missions and offices whose uniformed personnel DPO's figures
 *       count (BINUH, UNAMA, UNAMI, UNITAMS, UNMHA, UNOWAS, UNSMIL, UNSOM, UNSOS, UNTMIS, UNVMC),
 *       with only their acronym and kind, and for UNMHA its confirmed dates;</li>
 *   <li>the resolutions that established, renewed (2025-2026) or closed them, with meeting and vote
 *       where confirmed.</li>
 * </ul>
 *
 * <p>Every fact here is marked CONFIRMED in the project's fact sheet or its 2026 addendum, and each
 * row keeps its source ({@link #source(MissionAcronym)}, {@link #source(ResolutionSymbol)}). Where a
 * fact was not confirmed the attribute is left empty rather than guessed: official titles of
 * resolutions (the {@code summary} holds the confirmed focus instead, in this library's words),
 * recalled resolutions, meeting numbers found only in a dataset or not found (never for resolutions
 * adopted by written procedure, such as 2538 (2020)), most missions' multidimensional classification,
 * names and dates of the political missions, closure dates of past missions.
 *
 * <p>Time: the catalog's facts run to its {@link #knowledgeHorizon()} (27 January 2026 for the
 * standard catalog, the end of the complete voting record). A current mission's mandate is known
 * only to its last confirmed expiry ({@link Mission#mandateConfirmedUntil()}); past it, and past the
 * horizon for a mission without one, {@link #statusOn} answers {@link
 * io.github.wpskit.wps.mission.MissionPhase#UNKNOWN}.
 *
 * <p>{@link #of} makes a catalog of other entries (a catalog read back from JSON, a caller's own
 * reference data). Catalogs are equal when their {@link #dataAsOf()}, resolutions and missions are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReferenceCatalog {
  /**
   * The date to which the standard catalog's sources run, as {@link #dataAsOf()} writes it; later
   * events are not covered. See {@link #knowledgeHorizon()}.
   */
  public static final String DATA_AS_OF = StandardCatalog.KNOWLEDGE_HORIZON.toString();

  /** Resolution 2538 (2020), the first standalone resolution on women in peacekeeping. */
  public static final ResolutionSymbol WOMEN_IN_PEACEKEEPING = ResolutionSymbol.of(2538, 2020);

  private static final ReferenceCatalog STANDARD = standardCatalog();

  private final String dataAsOf;
  /** The last day of {@link #dataAsOf}, or null when it is not a day, month or year. */
  private final LocalDate knowledgeHorizon;
  private final Map<ResolutionSymbol, Resolution> resolutions;
  private final Map<MissionAcronym, Mission> missions;
  private final Map<Object, String> sources;

  private ReferenceCatalog(
      String dataAsOf,
      LocalDate knowledgeHorizon,
      Map<ResolutionSymbol, Resolution> resolutions,
      Map<MissionAcronym, Mission> missions,
      Map<Object, String> sources) {
    this.dataAsOf = dataAsOf;
    this.knowledgeHorizon = knowledgeHorizon;
    this.resolutions = resolutions;
    this.missions = missions;
    this.sources = sources;
  }

  private static ReferenceCatalog standardCatalog() {
    Map<Object, String> sources = new HashMap<>();
    List<Resolution> resolutions = new ArrayList<>();
    for (StandardCatalog.Row<Resolution> row : StandardCatalog.RESOLUTIONS) {
      resolutions.add(row.value);
      sources.put(row.value.symbol(), row.source);
    }
    List<Mission> missions = new ArrayList<>();
    for (StandardCatalog.Row<Mission> row : StandardCatalog.MISSIONS) {
      missions.add(row.value);
      sources.put(row.value.acronym(), row.source);
    }
    ReferenceCatalog plain = of(DATA_AS_OF, resolutions, missions);
    return new ReferenceCatalog(plain.dataAsOf, plain.knowledgeHorizon, plain.resolutions,
        plain.missions, Collections.unmodifiableMap(sources));
  }

  /**
   * Returns the catalog shipped with this version of the library.
   *
   * @return the catalog
   */
  public static ReferenceCatalog standard() {
    return STANDARD;
  }

  /**
   * Obtains a catalog of the given entries, such as one read back from JSON or a caller's own
   * reference data. The entries are copied and ordered like the standard catalog's (resolutions by
   * symbol, missions by acronym), so the order given does not matter.
   *
   * <p>The catalog holds what it is given: it does not check that the missions' resolutions are in
   * it, nor anything about the facts (that is what the validators are for).
   *
   * @param dataAsOf the date to which the entries' sources run, such as {@code 2026-01-27}; not
   *     blank, no leading or trailing white space. Written as a day, a month ({@code 2025-10}) or
   *     a year ({@code 2030}), its last day is the {@link #knowledgeHorizon()}; other text (format
   *     version 1 allowed any) leaves the catalog without a horizon
   * @param resolutions the resolutions, each symbol at most once, not null
   * @param missions the missions, each acronym at most once, not null
   * @return the catalog
   * @throws io.github.wpskit.wps.InvalidValueException if {@code dataAsOf} is blank or a symbol or
   *     acronym occurs twice, naming it
   * @throws NullPointerException if an argument or an entry is null
   */
  public static ReferenceCatalog of(
      String dataAsOf, Collection<Resolution> resolutions, Collection<Mission> missions) {
    Objects.requireNonNull(dataAsOf, "dataAsOf");
    List<Resolution> resolutionList = List.copyOf(resolutions);
    List<Mission> missionList = List.copyOf(missions);
    Checks.text("ReferenceCatalog.dataAsOf", dataAsOf);
    LocalDate horizon = lastDayOf(dataAsOf);
    Checks.uniqueBy("ReferenceCatalog.resolutions", resolutionList, Resolution::symbol);
    Checks.uniqueBy("ReferenceCatalog.missions", missionList, Mission::acronym);
    return new ReferenceCatalog(
        dataAsOf,
        horizon,
        index(resolutionList, Resolution::symbol),
        index(missionList, Mission::acronym),
        Collections.emptyMap());
  }

  private static LocalDate lastDayOf(String dataAsOf) {
    try {
      switch (dataAsOf.length()) {
        case 4:
          return Year.parse(dataAsOf).atMonth(12).atEndOfMonth();
        case 7:
          return YearMonth.parse(dataAsOf).atEndOfMonth();
        case 10:
          return LocalDate.parse(dataAsOf);
        default:
          break;
      }
    } catch (DateTimeParseException e) {
      // Free text, as format version 1 allowed: no horizon.
    }
    return null;
  }

  /**
   * Returns the date to which the catalog's sources run, as given: {@link #DATA_AS_OF} for the
   * {@link #standard()} catalog, the given text for one made with {@link #of}.
   *
   * @return the date, such as {@code 2026-01-27} or {@code 2025-10}
   */
  public String dataAsOf() {
    return dataAsOf;
  }

  /**
   * Returns the knowledge horizon: the last day to which the catalog's facts run, the last day of
   * {@link #dataAsOf()}. A question about a later day that needs an event the catalog may not know
   * (a renewal, a closure) has no answer from it: rules skip, naming the horizon.
   *
   * @return the date, such as 2026-01-27 for the standard catalog; empty when {@code dataAsOf} is
   *     free text rather than a day, month or year
   */
  public Optional<LocalDate> knowledgeHorizon() {
    return Optional.ofNullable(knowledgeHorizon);
  }

  /**
   * Returns the source of a mission's row in the standard catalog, such as {@code "CSV id=22"} (the
   * row of {@code peacekeeping-missions.csv}) or the fact sheet's section.
   *
   * @param acronym the acronym, not null
   * @return the source, or empty for a mission not in the catalog or a catalog made with {@link #of}
   */
  public Optional<String> source(MissionAcronym acronym) {
    return Optional.ofNullable(sources.get(Objects.requireNonNull(acronym, "acronym")));
  }

  /**
   * Returns the source of a resolution's row in the standard catalog.
   *
   * @param symbol the symbol, not null
   * @return the source, or empty for a resolution not in the catalog or a catalog made with
   *     {@link #of}
   */
  public Optional<String> source(ResolutionSymbol symbol) {
    return Optional.ofNullable(sources.get(Objects.requireNonNull(symbol, "symbol")));
  }

  /**
   * Returns the status of a mission on a date, given the catalog's {@link #knowledgeHorizon()} (the
   * mission's facts are taken as complete when the catalog has none).
   *
   * @param acronym the mission, not null
   * @param date the date, not null
   * @return the status, or empty for a mission not in the catalog
   */
  public Optional<MissionStatus> statusOn(MissionAcronym acronym, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return mission(acronym).map(m -> m.timeline().statusOn(date, knowledgeHorizon));
  }

  /**
   * Returns every resolution in the catalog, ordered by number.
   *
   * @return an unmodifiable list
   */
  public List<Resolution> resolutions() {
    return List.copyOf(resolutions.values());
  }

  /**
   * Returns the ten resolutions of the Women, Peace and Security agenda, ordered by number.
   *
   * @return an unmodifiable list of ten resolutions
   */
  public List<Resolution> wpsResolutions() {
    return resolutions.values().stream().filter(Resolution::wpsAgenda)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Finds a resolution by symbol.
   *
   * @param symbol the symbol, not null
   * @return the resolution, or empty if the catalog does not hold it
   */
  public Optional<Resolution> resolution(ResolutionSymbol symbol) {
    return Optional.ofNullable(resolutions.get(symbol));
  }

  /**
   * Returns every mission in the catalog, ordered by acronym.
   *
   * @return an unmodifiable list
   */
  public List<Mission> missions() {
    return List.copyOf(missions.values());
  }

  /**
   * Returns the missions active on a date as far as the catalog knows, given its
   * {@link #knowledgeHorizon()}, ordered by acronym: {@code activeOn(knowledgeHorizon().get())}
   * gives the current ones. UNIFIL is active on 2026-12-01 although its closure is decided.
   *
   * @param date the date, not null
   * @return an unmodifiable list
   */
  public List<Mission> activeOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return missions.values().stream()
        .filter(m -> m.timeline().phaseOn(date, knowledgeHorizon) == MissionPhase.ACTIVE)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Finds a mission by acronym.
   *
   * @param acronym the acronym, not null
   * @return the mission, or empty if the catalog does not hold it
   */
  public Optional<Mission> mission(MissionAcronym acronym) {
    return Optional.ofNullable(missions.get(acronym));
  }

  /**
   * Returns whether the other object is a catalog with the same {@link #dataAsOf()}, resolutions and
   * missions.
   *
   * @param o the other object
   * @return true if equal by content
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ReferenceCatalog)) {
      return false;
    }
    ReferenceCatalog other = (ReferenceCatalog) o;
    return dataAsOf.equals(other.dataAsOf)
        && resolutions.equals(other.resolutions)
        && missions.equals(other.missions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dataAsOf, resolutions, missions);
  }

  /**
   * Returns a short description, such as
   * {@code ReferenceCatalog[dataAsOf=2025-10, resolutions=28, missions=13]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ReferenceCatalog[dataAsOf=" + dataAsOf + ", resolutions=" + resolutions.size()
        + ", missions=" + missions.size() + "]";
  }

  private static <K extends Comparable<K>, V> Map<K, V> index(
      List<V> values, java.util.function.Function<V, K> key) {
    Map<K, V> map = new LinkedHashMap<>();
    values.stream().sorted(java.util.Comparator.comparing(key))
        .forEach(v -> map.put(key.apply(v), v));
    return Collections.unmodifiableMap(map);
  }
}
