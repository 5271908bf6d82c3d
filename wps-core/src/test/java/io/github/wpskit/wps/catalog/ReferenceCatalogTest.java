package io.github.wpskit.wps.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.MissionKind;
import io.github.wpskit.wps.resolution.MeetingRecord;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.resolution.Vote;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every catalog entry against the project's fact sheet (shared/reference/wps-facts.md). */
class ReferenceCatalogTest {

  private final ReferenceCatalog catalog = ReferenceCatalog.standard();

  /** Fact sheet section 1: symbol, adoption date, meeting, vote (Y-N-A). */
  @ParameterizedTest
  @CsvSource({
      "S/RES/1325 (2000), 2000-10-31, 4213, 15, 0, 0",
      "S/RES/1820 (2008), 2008-06-19, 5916, 15, 0, 0",
      "S/RES/1888 (2009), 2009-09-30, 6195, 15, 0, 0",
      "S/RES/1889 (2009), 2009-10-05, 6196, 15, 0, 0",
      "S/RES/1960 (2010), 2010-12-16, 6453, 15, 0, 0",
      "S/RES/2106 (2013), 2013-06-24, 6984, 15, 0, 0",
      "S/RES/2122 (2013), 2013-10-18, 7044, 15, 0, 0",
      "S/RES/2242 (2015), 2015-10-13, 7533, 15, 0, 0",
      "S/RES/2467 (2019), 2019-04-23, 8514, 13, 0, 2",
      "S/RES/2493 (2019), 2019-10-29, 8649, 15, 0, 0",
  })
  void theTenWpsResolutionsMatchTheFactSheet(
      String symbol, String adopted, int meeting, int y, int n, int a) {
    Resolution r = catalog.resolution(ResolutionSymbol.parse(symbol)).orElseThrow();
    assertThat(r.wpsAgenda()).isTrue();
    assertThat(r.adopted()).isEqualTo(LocalDate.parse(adopted));
    assertThat(r.meeting()).contains(MeetingRecord.of(meeting));
    assertThat(r.vote()).contains(Vote.recorded(y, n, a, 0));
    assertThat(r.pillars()).isNotEmpty();
    assertThat(r.title()).as("official titles are not confirmed").isEmpty();
  }

  @Test
  void theAgendaIsExactlyTheTenResolutions() {
    assertThat(catalog.wpsResolutions().stream().map(r -> r.symbol().toString()))
        .containsExactly("S/RES/1325 (2000)", "S/RES/1820 (2008)", "S/RES/1888 (2009)",
            "S/RES/1889 (2009)", "S/RES/1960 (2010)", "S/RES/2106 (2013)", "S/RES/2122 (2013)",
            "S/RES/2242 (2015)", "S/RES/2467 (2019)", "S/RES/2493 (2019)");
  }

  @Test
  void resolution2538IsBesideTheAgendaNotInIt() {
    Resolution r = catalog.resolution(ReferenceCatalog.WOMEN_IN_PEACEKEEPING).orElseThrow();
    assertThat(r.wpsAgenda()).isFalse();
    assertThat(r.adopted()).isEqualTo(LocalDate.of(2020, 8, 28));
    assertThat(r.vote()).contains(Vote.unanimous(15));
  }

  @Test
  void resolution1WasAdoptedWithoutAVoteAtTheSecondMeeting() {
    Resolution r = catalog.resolution(ResolutionSymbol.of(1, 1946)).orElseThrow();
    assertThat(r.adopted()).isEqualTo(LocalDate.of(1946, 1, 25));
    assertThat(r.meeting()).contains(MeetingRecord.of(2));
    assertThat(r.vote()).contains(Vote.withoutVote());
  }

  /**
   * Fact sheet sections 6 and 8: establishing and closing resolutions with their known votes
   * (addendum 4 adds the votes of 91, 186, 426, 690 and the 2010-2014 ones).
   */
  @ParameterizedTest
  @CsvSource({
      "S/RES/50 (1948), 1948-05-29, ",
      "S/RES/91 (1951), 1951-03-30, 8-0-3",
      "S/RES/186 (1964), 1964-03-04, 11-0-0",
      "S/RES/350 (1974), 1974-05-31, '13-0-0, 2 not voting'",
      "S/RES/425 (1978), 1978-03-19, '12-0-2, 1 not voting'",
      "S/RES/426 (1978), 1978-03-19, '12-0-2, 1 not voting'",
      "S/RES/690 (1991), 1991-04-29, 15-0-0",
      "S/RES/1244 (1999), 1999-06-10, 14-0-1",
      "S/RES/1925 (2010), 2010-05-28, 15-0-0",
      "S/RES/1990 (2011), 2011-06-27, 15-0-0",
      "S/RES/1996 (2011), 2011-07-08, 15-0-0",
      "S/RES/2149 (2014), 2014-04-10, 15-0-0",
      "S/RES/2559 (2020), 2020-12-22, 15-0-0",
      "S/RES/2690 (2023), 2023-06-30, 15-0-0",
      "S/RES/2790 (2025), 2025-08-28, 15-0-0",
  })
  void missionResolutionsMatchTheFactSheet(String symbol, String adopted, String vote) {
    Resolution r = catalog.resolution(ResolutionSymbol.parse(symbol)).orElseThrow();
    assertThat(r.adopted()).isEqualTo(LocalDate.parse(adopted));
    assertThat(r.wpsAgenda()).isFalse();
    if (vote == null) {
      assertThat(r.vote()).as("vote not confirmed").isEmpty();
    } else {
      assertThat(r.vote().map(Vote::toString)).contains(vote);
    }
  }

  @Test
  void meetingsGivenOutsideTheWpsTable() {
    assertThat(catalog.resolution(ResolutionSymbol.of(690, 1991)).get().meeting())
        .contains(MeetingRecord.of(2984));
    assertThat(catalog.resolution(ResolutionSymbol.of(2149, 2014)).get().meeting())
        .contains(MeetingRecord.of(7153));
    assertThat(catalog.resolution(ResolutionSymbol.of(2690, 2023)).get().meeting())
        .contains(MeetingRecord.of(9365));
  }

  @Test
  void everySymbolYearIsTheAdoptionYear() {
    assertThat(catalog.resolutions())
        .allSatisfy(r -> assertThat(r.adopted().getYear()).isEqualTo(r.symbol().year()));
  }

  /** Fact sheet section 6: acronym, established year, establishing resolutions. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "UNTSO|1948|",
      "UNMOGIP|1949|",
      "UNFICYP|1964|S/RES/186 (1964)",
      "UNDOF|1974|S/RES/350 (1974)",
      "UNIFIL|1978|S/RES/425 (1978);S/RES/426 (1978)",
      "MINURSO|1991|S/RES/690 (1991)",
      "UNMIK|1999|S/RES/1244 (1999)",
      "MONUSCO|2010|S/RES/1925 (2010)",
      "UNISFA|2011|S/RES/1990 (2011)",
      "UNMISS|2011|S/RES/1996 (2011)",
      "MINUSCA|2014|S/RES/2149 (2014)",
  })
  void theElevenActiveOperationsMatchTheFactSheet(String acronym, int year, String established) {
    Mission m = catalog.mission(MissionAcronym.parse(acronym)).orElseThrow();
    assertThat(m.isActiveOn(catalog.knowledgeHorizon().get())).isTrue();
    assertThat(m.kind()).contains(MissionKind.PEACEKEEPING_OPERATION);
    assertThat(m.established()).contains(Year.of(year));
    String symbols = m.establishedBy().stream().map(Object::toString)
        .collect(Collectors.joining(";"));
    assertThat(symbols).isEqualTo(established == null ? "" : established);
    m.establishedBy().forEach(s -> assertThat(catalog.resolution(s)).isPresent());
  }

  @Test
  void elevenPeacekeepingOperationsAreActiveAtTheHorizon() {
    assertThat(catalog.activeOn(catalog.knowledgeHorizon().get()).stream()
            .filter(m -> m.kind().equals(java.util.Optional.of(MissionKind.PEACEKEEPING_OPERATION)))
            .map(m -> m.acronym().value()))
        .containsExactly("MINURSO", "MINUSCA", "MONUSCO", "UNDOF", "UNFICYP", "UNIFIL", "UNISFA",
            "UNMIK", "UNMISS", "UNMOGIP", "UNTSO");
    // UNMHA's final mandate runs to 31 March 2026; the other political missions' dates are not
    // known, so they are not said to be active.
    assertThat(catalog.activeOn(catalog.knowledgeHorizon().get()))
        .filteredOn(m -> m.kind().equals(java.util.Optional.of(MissionKind.POLITICAL_MISSION_OR_OFFICE)))
        .extracting(m -> m.acronym().value()).containsExactly("UNMHA");
    assertThat(catalog.missions()).hasSize(78 + 11);
  }

  @Test
  void minusmaAndUnamidClosedAsTheFactSheetSays() {
    Mission minusma = catalog.mission(MissionAcronym.parse("MINUSMA")).orElseThrow();
    assertThat(minusma.closure().get().mandateEnded()).contains(LocalDate.of(2023, 6, 30));
    assertThat(minusma.closure().get().withdrawalDeadline()).contains(LocalDate.of(2023, 12, 31));
    assertThat(minusma.closure().get().liquidation().get().start())
        .contains(LocalDate.of(2024, 1, 1));
    assertThat(minusma.closure().get().decidedBy()).contains(ResolutionSymbol.of(2690, 2023));
    assertThat(minusma.establishedBy()).as("addendum 2c").containsExactly(ResolutionSymbol.of(2100, 2013));
    assertThat(minusma.multidimensional()).contains(true);

    Mission unamid = catalog.mission(MissionAcronym.parse("UNAMID")).orElseThrow();
    assertThat(unamid.closure().get().mandateEnded()).contains(LocalDate.of(2020, 12, 31));
    assertThat(unamid.closure().get().withdrawalDeadline()).contains(LocalDate.of(2021, 6, 30));
    assertThat(unamid.closure().get().liquidation().get().guardUnit()).contains(true);
    assertThat(unamid.closure().get().liquidation().get().start()).isEmpty();
    assertThat(unamid.closure().get().decidedBy()).contains(ResolutionSymbol.of(2559, 2020));
  }

  @Test
  void startDatesAndHostsGivenByTheFactSheet() {
    assertThat(catalog.mission(MissionAcronym.parse("MONUSCO")).get().started())
        .contains(LocalDate.of(2010, 7, 1));
    assertThat(catalog.mission(MissionAcronym.parse("UNMISS")).get().started())
        .contains(LocalDate.of(2011, 7, 9));
    Mission minusca = catalog.mission(MissionAcronym.parse("MINUSCA")).get();
    assertThat(minusca.started()).contains(LocalDate.of(2014, 9, 15));
    assertThat(minusca.hostCountries()).containsExactly(CountryCode.parse("CAF"));
    assertThat(minusca.multidimensional()).contains(true);
  }

  @Test
  void onlyMissionsNamedMultidimensionalAreClassified() {
    assertThat(catalog.missions().stream().filter(m -> m.multidimensional().isPresent())
            .map(m -> m.acronym().value()))
        .containsExactlyInAnyOrder("MINUSCA", "MINUSMA");
  }

  @Test
  void lookupsOfUnknownEntriesAreEmpty() {
    assertThat(catalog.resolution(ResolutionSymbol.of(9999, 2099))).isEmpty();
    assertThat(catalog.mission(MissionAcronym.parse("UNKNOWN"))).isEmpty();
  }

  @Test
  void listsAreUnmodifiable() {
    assertThatThrownBy(() -> catalog.resolutions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> catalog.missions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void holdsTheResolutionsOfTheFactSheetAndTheAddendum() {
    // The WPS ten, 2538, resolution 1, and the resolutions that established, renewed or closed the
    // catalog's missions (fact sheet 6, addendum 2c, 3, 3a, 4): nothing beyond them.
    assertThat(catalog.resolutions().stream().map(r -> r.symbol().number())).containsExactly(
        1, 50, 91, 186, 203, 350, 425, 426, 690, 1244, 1279, 1325, 1509, 1528, 1542, 1590, 1769,
        1820, 1888, 1889, 1925, 1960, 1990, 1996, 2100, 2106, 2122, 2149, 2242, 2350, 2467, 2493,
        2538, 2559, 2690, 2771, 2778, 2779, 2782, 2786, 2790, 2797, 2800, 2802, 2808, 2811, 2813,
        2815);
  }

  @Test
  void meetingsAreRecordedOnlyWhereConfirmed() {
    // Not: 2350 (7924th), 2771 (9854th), 2778 (9909th), dataset only; 2779, 2790, 2811, 2813, 2815,
    // not found; 2538 and 2559, written procedure; 203, not given.
    assertThat(catalog.resolutions().stream().filter(r -> r.meeting().isPresent())
            .map(r -> r.symbol().number() + "@" + r.meeting().get()))
        .containsExactly("1@S/PV.2", "50@S/PV.310", "91@S/PV.539", "186@S/PV.1102",
            "350@S/PV.1774", "425@S/PV.2074", "426@S/PV.2075", "690@S/PV.2984",
            "1244@S/PV.4011", "1279@S/PV.4076", "1325@S/PV.4213", "1509@S/PV.4830",
            "1528@S/PV.4918", "1542@S/PV.4961", "1590@S/PV.5151", "1769@S/PV.5727",
            "1820@S/PV.5916", "1888@S/PV.6195", "1889@S/PV.6196", "1925@S/PV.6324",
            "1960@S/PV.6453", "1990@S/PV.6567", "1996@S/PV.6576", "2100@S/PV.6952",
            "2106@S/PV.6984", "2122@S/PV.7044", "2149@S/PV.7153", "2242@S/PV.7533",
            "2467@S/PV.8514", "2493@S/PV.8649", "2690@S/PV.9365", "2782@S/PV.9949",
            "2797@S/PV.10030", "2800@S/PV.10041", "2802@S/PV.10042", "2808@S/PV.10075");
  }

  @Test
  void noResolutionCarriesAnUnconfirmedTitleOrRecall() {
    assertThat(catalog.resolutions()).allSatisfy(r -> {
      assertThat(r.title()).isEmpty();
      assertThat(r.recalls()).isEmpty();
    });
  }

  /** Fact sheet section 6: host, and the host countries' ISO codes (names: StandardCatalogTest). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "UNTSO|Middle East (Israel and neighbours)|",
      "UNMOGIP|India/Pakistan (Jammu and Kashmir)|IND;PAK",
      "UNFICYP|Cyprus|CYP",
      "UNDOF|Golan (Israel-Syria)|",
      "UNIFIL|Lebanon|LBN",
      "MINURSO|Western Sahara|ESH",
      "UNMIK|Kosovo|",
      "MONUSCO|Democratic Republic of the Congo|COD",
      "UNISFA|Abyei (Sudan/South Sudan)|",
      "UNMISS|South Sudan|SSD",
      "MINUSCA|Central African Republic|CAF",
      "MINUSMA|Mali|MLI",
      "UNAMID|Darfur (Sudan)|SDN",
  })
  void hostsMatchTheFactSheet(String acronym, String host, String countries) {
    Mission m = catalog.mission(MissionAcronym.parse(acronym)).orElseThrow();
    assertThat(m.host()).contains(host);
    assertThat(m.hostCountries().stream().map(Object::toString).collect(Collectors.joining(";")))
        .isEqualTo(countries == null ? "" : countries);
  }

  @Test
  void unamidIsEstablishedAsTheAddendumConfirms() {
    Mission unamid = catalog.mission(MissionAcronym.parse("UNAMID")).orElseThrow();
    assertThat(unamid.established()).contains(Year.of(2007));
    assertThat(unamid.establishedBy()).containsExactly(ResolutionSymbol.of(1769, 2007));
    assertThat(unamid.multidimensional()).isEmpty();
    assertThat(catalog.mission(MissionAcronym.parse("MINUSMA")).get().established())
        .contains(Year.of(2013));
  }

  @Test
  void standardCatalogIsDatedAsOfItsSources() {
    assertThat(catalog.dataAsOf()).isEqualTo(ReferenceCatalog.DATA_AS_OF).isEqualTo("2026-01-27");
    assertThat(catalog.knowledgeHorizon()).contains(LocalDate.of(2026, 1, 27));
  }

  @Test
  void ofTheStandardEntriesInAnyOrderEqualsTheStandardCatalog() {
    List<Resolution> resolutions = new ArrayList<>(catalog.resolutions());
    List<Mission> missions = new ArrayList<>(catalog.missions());
    Collections.reverse(resolutions);
    Collections.reverse(missions);
    ReferenceCatalog copy = ReferenceCatalog.of("2026-01-27", resolutions, missions);
    assertThat(copy).isEqualTo(catalog).hasSameHashCodeAs(catalog).isNotSameAs(catalog);
    assertThat(copy.resolutions()).isEqualTo(catalog.resolutions());
    assertThat(copy.missions()).isEqualTo(catalog.missions());
    assertThat(copy.toString()).isEqualTo(catalog.toString())
        .isEqualTo("ReferenceCatalog[dataAsOf=2026-01-27, resolutions=48, missions=89]");
  }

  @Test
  void catalogsDifferingInOnePartAreNotEqual() {
    ReferenceCatalog empty = ReferenceCatalog.of("2025-10", List.of(), List.of());
    assertThat(empty.resolutions()).isEmpty();
    assertThat(empty.activeOn(LocalDate.of(2025, 1, 1))).isEmpty();
    assertThat(empty.knowledgeHorizon()).contains(LocalDate.of(2025, 10, 31));
    assertThat(ReferenceCatalog.of("late 2025", List.of(), List.of()).knowledgeHorizon())
        .as("free text, as format version 1 allowed").isEmpty();
    assertThat(empty).isNotEqualTo(catalog)
        .isNotEqualTo(ReferenceCatalog.of("2025-11", List.of(), List.of()))
        .isNotEqualTo(ReferenceCatalog.of("2025-10", catalog.resolutions(), List.of()))
        .isNotEqualTo(ReferenceCatalog.of("2025-10", List.of(), catalog.missions()))
        .isNotEqualTo("2025-10");
    assertThat(ReferenceCatalog.of("2025-10", catalog.resolutions(), catalog.missions()))
        .isNotEqualTo(ReferenceCatalog.of("2025-11", catalog.resolutions(), catalog.missions()));
  }

  @Test
  void ofKeepsWhatItIsGivenAndLooksItUp() {
    Resolution r1325 = catalog.resolution(ResolutionSymbol.of(1325, 2000)).orElseThrow();
    Mission minusma = catalog.mission(MissionAcronym.parse("MINUSMA")).orElseThrow();
    ReferenceCatalog own = ReferenceCatalog.of("2030", List.of(r1325), List.of(minusma));
    assertThat(own.dataAsOf()).isEqualTo("2030");
    assertThat(own.resolution(r1325.symbol())).contains(r1325);
    assertThat(own.wpsResolutions()).containsExactly(r1325);
    assertThat(own.mission(minusma.acronym())).contains(minusma);
    assertThat(own.activeOn(LocalDate.of(2025, 1, 1))).isEmpty();
    assertThat(own.knowledgeHorizon()).contains(LocalDate.of(2030, 12, 31));
    assertThat(own.source(minusma.acronym())).as("sources are the standard catalog's").isEmpty();
  }

  @Test
  void ofCopiesTheCollectionsGiven() {
    List<Resolution> resolutions = new ArrayList<>(catalog.resolutions());
    ReferenceCatalog copy = ReferenceCatalog.of("2025-10", resolutions, catalog.missions());
    resolutions.clear();
    assertThat(copy.resolutions()).hasSize(48);
  }

  /** Each row: the catalog's dataAsOf, the resolution and mission to add twice (or none), message. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock = """
      ''      | false | false | Invalid value for ReferenceCatalog.dataAsOf (must not be blank): ""
      '   '   | false | false | Invalid value for ReferenceCatalog.dataAsOf (must not be blank): "   "
      ' 2025' | false | false | Invalid value for ReferenceCatalog.dataAsOf (must not start or end with white space): " 2025"
      2025-10 | true  | false | Invalid value for ReferenceCatalog.resolutions (must not contain duplicates): S/RES/1325 (2000)
      2025-10 | false | true  | Invalid value for ReferenceCatalog.missions (must not contain duplicates): MINUSMA
      """)
  void ofRefusesABlankDateAndDuplicateEntries(
      String dataAsOf, boolean duplicateResolution, boolean duplicateMission, String message) {
    Resolution r1325 = catalog.resolution(ResolutionSymbol.of(1325, 2000)).orElseThrow();
    Mission minusma = catalog.mission(MissionAcronym.parse("MINUSMA")).orElseThrow();
    List<Resolution> resolutions = new ArrayList<>(catalog.resolutions());
    List<Mission> missions = new ArrayList<>(catalog.missions());
    if (duplicateResolution) {
      // Another resolution under the same symbol: the symbol, not the whole value, must be unique.
      resolutions.add(Resolution.builder().from(r1325).wpsAgenda(false).build());
    }
    if (duplicateMission) {
      missions.add(minusma);
    }
    assertThatThrownBy(() -> ReferenceCatalog.of(dataAsOf, resolutions, missions))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void ofRefusesNulls() {
    assertThatThrownBy(() -> ReferenceCatalog.of(null, List.of(), List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ReferenceCatalog.of("2025", null, List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ReferenceCatalog.of("2025", List.of(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ReferenceCatalog.of("2025", Arrays.asList((Resolution) null),
        List.of())).isInstanceOf(NullPointerException.class);
  }
}
