package io.github.wpskit.wps.catalog;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.internal.Checks;
import io.github.wpskit.wps.mission.Closure;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.resolution.MeetingRecord;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.resolution.Vote;
import io.github.wpskit.wps.resolution.WpsPillar;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A catalog of resolutions and missions, looked up by symbol and acronym. The {@link #standard()}
 * catalog holds the real ones: the ten Women, Peace and Security
 * resolutions from 1325 (2000) to 2493 (2019); resolution 2538 (2020) on women in peacekeeping, which
 * sits beside them but is not one of them; the eleven current peacekeeping operations plus MINUSMA and
 * UNAMID (closed); and the resolutions that established or closed them.
 *
 * <p>Every fact here was confirmed from a cited source (UN primary text where possible) and is current
 * to about late 2025 ({@link #DATA_AS_OF}). Where a fact was not confirmed the attribute is left empty
 * rather than guessed:
 * <ul>
 *   <li>official titles of resolutions (the {@code summary} holds the confirmed focus instead, in this
 *       library's words);</li>
 *   <li>recalled resolutions;</li>
 *   <li>the vote and meeting of several establishing resolutions;</li>
 *   <li>whether most missions are multidimensional (only MINUSCA and MINUSMA, whose names say so, are
 *       classified);</li>
 *   <li>the establishing resolution of UNTSO (resolution 50 (1948) is commonly cited, not confirmed),
 *       UNMOGIP, MINUSMA and UNAMID.</li>
 * </ul>
 * Meeting records such as {@code S/PV.4213} follow the confirmed convention from the meeting number;
 * "unanimous" votes of the fifteen-member Council are recorded as 15-0-0.
 *
 * <p>The WPS pillars given for each resolution are this library's reading of its confirmed focus, not
 * text of the resolution: the pillars are a practitioners' framing of 1325.
 *
 * <p>{@link #of} makes a catalog of other entries (a catalog read back from JSON, a caller's own
 * reference data). Catalogs are equal when their {@link #dataAsOf()}, resolutions and missions are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReferenceCatalog {
  /** The date to which the catalog's sources run; later events are not covered. */
  public static final String DATA_AS_OF = "2025-10";

  /** Resolution 2538 (2020), the first standalone resolution on women in peacekeeping. */
  public static final ResolutionSymbol WOMEN_IN_PEACEKEEPING = ResolutionSymbol.of(2538, 2020);

  private static final ReferenceCatalog STANDARD =
      of(DATA_AS_OF, buildResolutions(), buildMissions());

  private final String dataAsOf;
  private final Map<ResolutionSymbol, Resolution> resolutions;
  private final Map<MissionAcronym, Mission> missions;

  private ReferenceCatalog(
      String dataAsOf,
      Map<ResolutionSymbol, Resolution> resolutions,
      Map<MissionAcronym, Mission> missions) {
    this.dataAsOf = dataAsOf;
    this.resolutions = resolutions;
    this.missions = missions;
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
   * @param dataAsOf the date to which the entries' sources run, such as {@code 2025-10}; not blank,
   *     no leading or trailing white space
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
    Checks.uniqueBy("ReferenceCatalog.resolutions", resolutionList, Resolution::symbol);
    Checks.uniqueBy("ReferenceCatalog.missions", missionList, Mission::acronym);
    return new ReferenceCatalog(
        dataAsOf,
        index(resolutionList, Resolution::symbol),
        index(missionList, Mission::acronym));
  }

  /**
   * Returns the date to which the catalog's sources run: {@link #DATA_AS_OF} for the
   * {@link #standard()} catalog, the given text for one made with {@link #of}.
   *
   * @return the date, such as {@code 2025-10}
   */
  public String dataAsOf() {
    return dataAsOf;
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
   * Returns the missions without a closure, ordered by acronym.
   *
   * @return an unmodifiable list
   */
  public List<Mission> activeMissions() {
    return missions.values().stream().filter(Mission::isActive)
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

  // ---------------------------------------------------------------------------------------------
  // Resolutions. Sources: wps-facts.md sections 1, 1b, 6 and 8, as cited beside each entry.

  private static List<Resolution> buildResolutions() {
    return List.of(
        // Wikisource, official records of meetings 1 and 2: adopted 25 Jan 1946 without a vote.
        res(1, 1946, "1946-01-25", 2, Vote.withoutVote(), false,
            "Directive to the Military Staff Committee"),
        // un.org peacekeepers' day 1948 page: truce supervision with military observers. Commonly
        // cited as UNTSO's founding act, but not confirmed as such, so UNTSO does not name it.
        res(50, 1948, "1948-05-29", 0, null, false,
            "Truce supervised by the Mediator with military observers"),
        res(91, 1951, "1951-03-30", 0, null, false,
            "Decided that UNMOGIP would continue"),
        // unscr.com/en/resolutions/186.
        res(186, 1964, "1964-03-04", 0, null, false, "Established UNFICYP"),
        // avalon.law.yale.edu un350: 13-0, China and Iraq not participating.
        res(350, 1974, "1974-05-31", 0, Vote.recorded(13, 0, 0, 2), false, "Established UNDOF"),
        // wikisource 425: 12-0-2, Czechoslovakia and USSR abstaining, China not participating.
        res(425, 1978, "1978-03-19", 0, Vote.recorded(12, 0, 2, 1), false, "Established UNIFIL"),
        res(426, 1978, "1978-03-19", 0, null, false, "Established UNIFIL, with resolution 425"),
        // arso.org S690-91: 2984th meeting.
        res(690, 1991, "1991-04-29", 2984, null, false, "Established MINURSO"),
        // wikiwand 1244: 14-0-1, China abstaining.
        res(1244, 1999, "1999-06-10", 0, Vote.recorded(14, 0, 1, 0), false, "Established UNMIK"),
        res(1325, 2000, "2000-10-31", 4213, Vote.unanimous(15), true,
            "Founding WPS resolution: women's participation in conflict prevention and resolution,"
                + " protection of women and girls, and a gender perspective in peacekeeping and"
                + " post-conflict work",
            WpsPillar.PARTICIPATION, WpsPillar.PROTECTION, WpsPillar.PREVENTION,
            WpsPillar.RELIEF_AND_RECOVERY),
        res(1820, 2008, "2008-06-19", 5916, Vote.unanimous(15), true,
            "Sexual violence as a tactic of war and a threat to peace and security",
            WpsPillar.PROTECTION),
        res(1888, 2009, "2009-09-30", 6195, Vote.unanimous(15), true,
            "Special Representative on Sexual Violence in Conflict, a team of experts, and Women"
                + " Protection Advisers in peacekeeping mandates",
            WpsPillar.PROTECTION),
        res(1889, 2009, "2009-10-05", 6196, Vote.unanimous(15), true,
            "Women's participation in all stages of peace processes and peacebuilding; global"
                + " indicators for tracking 1325",
            WpsPillar.PARTICIPATION, WpsPillar.RELIEF_AND_RECOVERY),
        res(1925, 2010, "2010-05-28", 0, null, false, "Established MONUSCO"),
        // press release SC/10122.
        res(1960, 2010, "2010-12-16", 6453, Vote.unanimous(15), true,
            "Listing of parties credibly suspected of conflict-related sexual violence; monitoring,"
                + " analysis and reporting arrangements",
            WpsPillar.PROTECTION),
        res(1990, 2011, "2011-06-27", 0, null, false, "Established UNISFA"),
        res(1996, 2011, "2011-07-08", 0, null, false, "Established UNMISS"),
        // press release SC/11043 (which misprints the number as 2016 in places).
        res(2106, 2013, "2013-06-24", 6984, Vote.unanimous(15), true,
            "Accountability for conflict-related sexual violence, ending impunity, and faster"
                + " deployment of Women Protection Advisers",
            WpsPillar.PROTECTION),
        // press release SC/11149.
        res(2122, 2013, "2013-10-18", 7044, Vote.unanimous(15), true,
            "Stronger measures for women's participation and leadership in conflict prevention,"
                + " resolution and recovery",
            WpsPillar.PARTICIPATION, WpsPillar.PREVENTION, WpsPillar.RELIEF_AND_RECOVERY),
        // press release SC/11349: 7153rd meeting.
        res(2149, 2014, "2014-04-10", 7153, null, false, "Established MINUSCA"),
        // press release SC/12076.
        res(2242, 2015, "2015-10-13", 7533, Vote.unanimous(15), true,
            "Informal Experts Group on WPS; WPS across country situations and in countering violent"
                + " extremism",
            WpsPillar.PARTICIPATION, WpsPillar.PREVENTION),
        // reliefweb header and What's in Blue: 13-0-2, China and the Russian Federation abstaining.
        res(2467, 2019, "2019-04-23", 8514, Vote.recorded(13, 0, 2, 0), true,
            "A survivor-centred approach to preventing and responding to conflict-related sexual"
                + " violence",
            WpsPillar.PROTECTION, WpsPillar.PREVENTION),
        res(2493, 2019, "2019-10-29", 8649, Vote.unanimous(15), true,
            "Full implementation of all previous WPS resolutions; context-specific approaches to"
                + " women's participation in peace processes",
            WpsPillar.PARTICIPATION),
        // press release SC/14288: adopted unanimously under the videoconference procedure.
        res(2538, 2020, "2020-08-28", 0, Vote.unanimous(15), false,
            "First standalone resolution on women in peacekeeping"),
        // press release SC/14401.
        res(2559, 2020, "2020-12-22", 0, Vote.unanimous(15), false,
            "Ended UNAMID's mandate on 31 December 2020"),
        // UN audiovisual library: 9365th meeting, unanimous.
        res(2690, 2023, "2023-06-30", 9365, Vote.unanimous(15), false,
            "Terminated MINUSMA's mandate on 30 June 2023"),
        // press release SC/16159.
        res(2790, 2025, "2025-08-28", 0, Vote.unanimous(15), false,
            "Extended UNIFIL's mandate for a final time, to 31 December 2026"));
  }

  private static Resolution res(
      int number, int year, String adopted, int meeting, Vote vote, boolean wps, String summary,
      WpsPillar... pillars) {
    Resolution.Builder b = Resolution.builder()
        .symbol(ResolutionSymbol.of(number, year))
        .adopted(LocalDate.parse(adopted))
        .summary(summary)
        .wpsAgenda(wps)
        .addAllPillars(Arrays.asList(pillars));
    if (meeting > 0) {
      b.meeting(MeetingRecord.of(meeting));
    }
    if (vote != null) {
      b.vote(vote);
    }
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Missions. Source: wps-facts.md section 6.

  private static List<Mission> buildMissions() {
    return List.of(
        mission("UNTSO", "United Nations Truce Supervision Organization",
            "Middle East (Israel and neighbours)", 1948).build(),
        mission("UNMOGIP", "United Nations Military Observer Group in India and Pakistan",
            "India/Pakistan (Jammu and Kashmir)", 1949)
            .addHostCountries(country("IND"), country("PAK")).build(),
        mission("UNFICYP", "United Nations Peacekeeping Force in Cyprus", "Cyprus", 1964)
            .addHostCountries(country("CYP")).addEstablishedBy(sym(186, 1964)).build(),
        mission("UNDOF", "United Nations Disengagement Observer Force", "Golan (Israel-Syria)", 1974)
            .addEstablishedBy(sym(350, 1974)).build(),
        mission("UNIFIL", "United Nations Interim Force in Lebanon", "Lebanon", 1978)
            .addHostCountries(country("LBN"))
            .addEstablishedBy(sym(425, 1978), sym(426, 1978)).build(),
        mission("MINURSO", "United Nations Mission for the Referendum in Western Sahara",
            "Western Sahara", 1991)
            .addHostCountries(country("ESH")).addEstablishedBy(sym(690, 1991)).build(),
        mission("UNMIK", "United Nations Interim Administration Mission in Kosovo", "Kosovo", 1999)
            .addEstablishedBy(sym(1244, 1999)).build(),
        mission("MONUSCO",
            "United Nations Organization Stabilization Mission in the Democratic Republic of the"
                + " Congo",
            "Democratic Republic of the Congo", 2010)
            .addHostCountries(country("COD")).addEstablishedBy(sym(1925, 2010))
            .started(LocalDate.of(2010, 7, 1)).build(),
        mission("UNISFA", "United Nations Interim Security Force for Abyei",
            "Abyei (Sudan/South Sudan)", 2011).addEstablishedBy(sym(1990, 2011)).build(),
        mission("UNMISS", "United Nations Mission in the Republic of South Sudan", "South Sudan",
            2011)
            .addHostCountries(country("SSD")).addEstablishedBy(sym(1996, 2011))
            .started(LocalDate.of(2011, 7, 9)).build(),
        mission("MINUSCA",
            "United Nations Multidimensional Integrated Stabilization Mission in the Central African"
                + " Republic",
            "Central African Republic", 2014)
            .addHostCountries(country("CAF")).addEstablishedBy(sym(2149, 2014))
            .started(LocalDate.of(2014, 9, 15)).multidimensional(true).build(),
        mission("MINUSMA",
            "United Nations Multidimensional Integrated Stabilization Mission in Mali", "Mali", 2013)
            .addHostCountries(country("MLI")).multidimensional(true)
            .closure(Closure.builder().mandateEnded(LocalDate.of(2023, 6, 30))
                .withdrawalDeadline(LocalDate.of(2023, 12, 31)).decidedBy(sym(2690, 2023)).build())
            .build(),
        Mission.builder().acronym(MissionAcronym.parse("UNAMID"))
            .name("AU-UN Hybrid Operation in Darfur").host("Darfur (Sudan)")
            .addHostCountries(country("SDN"))
            .closure(Closure.builder().mandateEnded(LocalDate.of(2020, 12, 31))
                .withdrawalDeadline(LocalDate.of(2021, 6, 30)).decidedBy(sym(2559, 2020)).build())
            .build());
  }

  private static Mission.Builder mission(String acronym, String name, String host, int year) {
    return Mission.builder().acronym(MissionAcronym.parse(acronym)).name(name).host(host)
        .established(Year.of(year));
  }

  private static ResolutionSymbol sym(int number, int year) {
    return ResolutionSymbol.of(number, year);
  }

  private static CountryCode country(String code) {
    return CountryCode.parse(code);
  }
}
