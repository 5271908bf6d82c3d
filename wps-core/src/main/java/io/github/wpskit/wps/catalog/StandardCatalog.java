package io.github.wpskit.wps.catalog;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.mission.Closure;
import io.github.wpskit.wps.mission.Liquidation;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.MissionKind;
import io.github.wpskit.wps.resolution.MeetingRecord;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.resolution.Vote;
import io.github.wpskit.wps.resolution.WpsPillar;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;

/**
 * The data of {@link ReferenceCatalog#standard()}, one row per resolution and per mission, each row
 * with its source, so that a reviewer can check the catalog row by row against the fact sheet
 * ({@code wps-facts.md}), its 2026 addendum and {@code peacekeeping-missions.csv}.
 *
 * <p>Why a Java table and not a resource file: the compiler checks every value's type and every
 * builder's invariants run when the class loads, so a typo cannot ship; there is no parser of a
 * private format to maintain and no way for the catalog to be half-read. The source is data, not a
 * comment: {@link ReferenceCatalog#source(MissionAcronym)} returns it.
 *
 * <p>Source abbreviations: "CSV id=N" is the row of {@code peacekeeping-missions.csv} (the Data Hub
 * dataset DPPADPOSS-PKO, row id N), whose name and dates are the dataset's own and are kept as
 * {@link Mission#datasetStart()} and {@link Mission#datasetEnd()}, never as the start of operations;
 * "fact sheet N" and "addendum N" are the sections of {@code wps-facts.md} and
 * {@code wps-facts-2026-addendum.md}. Only values those files mark CONFIRMED are encoded; a meeting
 * or vote they mark "dataset only", "not found" or UNCONFIRMED is left empty.
 *
 * <p>Resolutions' meeting records such as {@code S/PV.4213} follow the confirmed convention from the
 * meeting number; "unanimous" votes are recorded with the Council's size at the time (11 members
 * before the enlargement in force on 31 August 1965, 15 after). The summaries are this library's words for a resolution's confirmed focus,
 * not its title, and the WPS pillars are this library's reading of it.
 */
final class StandardCatalog {
  /**
   * The knowledge horizon: the last day to which the sources are complete for Security Council
   * decisions. The per-member voting data runs to resolution 2813 (2026) of 27 January 2026
   * (addendum, datasets); later 2026 decisions rest on scattered press copies (the 2026 renewals of
   * UNMISS and UNDOF were not found), so a later day would claim knowledge the catalog lacks. The
   * confirmed decisions after it (S/RES/2815 (2026) of 30 January 2026) are included all the same.
   */
  static final LocalDate KNOWLEDGE_HORIZON = LocalDate.of(2026, 1, 27);

  /** One row: a value and where it comes from. */
  static final class Row<T> {
    final T value;
    final String source;

    Row(T value, String source) {
      this.value = value;
      this.source = source;
    }
  }

  private static final MissionKind PKO = MissionKind.PEACEKEEPING_OPERATION;
  private static final MissionKind OTHER = MissionKind.OTHER;
  private static final MissionKind SPM = MissionKind.POLITICAL_MISSION_OR_OFFICE;
  /**
   * Classification not confirmed: the mission has no kind. So are most past missions: the dataset
   * labels every row "DPO" and cannot tell peacekeeping operations from political missions
   * (addendum 2); fact sheet 6 confirms the kind of the current operations, MINUSMA and UNAMID only.
   */
  private static final MissionKind NONE = null;
  /** A closed mission whose closure dates are not confirmed (its dataset end is not one). */
  private static final Closure DATES_NOT_KNOWN = Closure.builder().build();

  private static final String SPM_SOURCE =
      "data/dpo/README.md (a special political mission or office whose uniformed personnel DPO"
          + " counts)";

  private StandardCatalog() {}

  // ---------------------------------------------------------------------------------------------
  // Resolutions.

  static final List<Row<Resolution>> RESOLUTIONS = List.of(
      row(res(1, 1946, "1946-01-25", 2, Vote.withoutVote(), false,
              "Directive to the Military Staff Committee"),
          "fact sheet 8 (Wikisource, official records of meetings 1 and 2: without a vote)"),
      row(res(50, 1948, "1948-05-29", 310, null, false,
              "Truce supervised by the Mediator with military observers"),
          "fact sheet 6 (un.org peacekeepers' day 1948 page); addendum 4 (310th meeting; voted in"
              + " parts, no vote on the text as a whole, so no vote recorded)"),
      row(res(91, 1951, "1951-03-30", 539, Vote.recorded(8, 0, 3, 0), false,
              "Decided that UNMOGIP would continue"),
          "fact sheet 6; addendum 4 (CR-UNSC: 539th meeting, 8-0-3, India, USSR, Yugoslavia)"),
      row(res(186, 1964, "1964-03-04", 1102, Vote.unanimous(11), false, "Established UNFICYP"),
          "fact sheet 6 (unscr.com); addendum 4 (CR-UNSC: unanimously at the 1102nd meeting, 11"
              + " members)"),
      row(res(203, 1965, "1965-05-14", 0, null, false,
              "Under which DOMREP was established"),
          "addendum 2c (peacekeeping.un.org DOMREP mandate page; meeting and vote not given)"),
      row(res(350, 1974, "1974-05-31", 1774, Vote.recorded(13, 0, 0, 2), false,
              "Established UNDOF"),
          "fact sheet 6 (avalon: 13-0, China and Iraq not participating); addendum 4 (CR-UNSC:"
              + " 1774th meeting)"),
      row(res(425, 1978, "1978-03-19", 2074, Vote.recorded(12, 0, 2, 1), false,
              "Established UNIFIL"),
          "fact sheet 6 (wikisource 425); addendum 4 (CR-UNSC: 2074th meeting, 12-0-2,"
              + " Czechoslovakia and USSR abstaining, China not participating)"),
      row(res(426, 1978, "1978-03-19", 2075, Vote.recorded(12, 0, 2, 1), false,
              "Established UNIFIL, with resolution 425"),
          "fact sheet 6; addendum 4 (CR-UNSC: 2075th meeting, 12-0-2, China not participating)"),
      row(res(690, 1991, "1991-04-29", 2984, Vote.unanimous(15), false, "Established MINURSO"),
          "fact sheet 6 (arso.org: 2984th meeting); addendum 4 (CR-UNSC: unanimous)"),
      row(res(1244, 1999, "1999-06-10", 4011, Vote.recorded(14, 0, 1, 0), false,
              "Established UNMIK"),
          "fact sheet 6 (14-0-1, China abstaining); addendum 4 (4011th meeting; SC/6686)"),
      row(res(1279, 1999, "1999-11-30", 4076, Vote.unanimous(15), false, "Established MONUC"),
          "addendum 2c (SC/6766: 4076th meeting, unanimous)"),
      row(res(1325, 2000, "2000-10-31", 4213, Vote.unanimous(15), true,
              "Founding WPS resolution: women's participation in conflict prevention and"
                  + " resolution, protection of women and girls, and a gender perspective in"
                  + " peacekeeping and post-conflict work",
              WpsPillar.PARTICIPATION, WpsPillar.PROTECTION, WpsPillar.PREVENTION,
              WpsPillar.RELIEF_AND_RECOVERY),
          "fact sheet 1; addendum 4 (meeting and vote agree with the voting data)"),
      row(res(1509, 2003, "2003-09-19", 4830, Vote.unanimous(15), false, "Established UNMIL"),
          "addendum 2c (unscr.com: 4830th meeting, 15-0-0)"),
      row(res(1528, 2004, "2004-02-27", 4918, Vote.unanimous(15), false, "Established UNOCI"),
          "addendum 2c (SC/8012: 4918th meeting, unanimous)"),
      row(res(1542, 2004, "2004-04-30", 4961, Vote.unanimous(15), false, "Established MINUSTAH"),
          "addendum 2c (SC/8083: 4961st meeting, unanimous)"),
      row(res(1590, 2005, "2005-03-24", 5151, Vote.unanimous(15), false, "Established UNMIS"),
          "addendum 2c (5151st meeting, unanimous)"),
      row(res(1769, 2007, "2007-07-31", 5727, Vote.unanimous(15), false, "Established UNAMID"),
          "addendum 2c (5727th meeting, unanimous)"),
      row(res(1820, 2008, "2008-06-19", 5916, Vote.unanimous(15), true,
              "Sexual violence as a tactic of war and a threat to peace and security",
              WpsPillar.PROTECTION),
          "fact sheet 1; addendum 4"),
      row(res(1888, 2009, "2009-09-30", 6195, Vote.unanimous(15), true,
              "Special Representative on Sexual Violence in Conflict, a team of experts, and"
                  + " Women Protection Advisers in peacekeeping mandates",
              WpsPillar.PROTECTION),
          "fact sheet 1; addendum 4"),
      row(res(1889, 2009, "2009-10-05", 6196, Vote.unanimous(15), true,
              "Women's participation in all stages of peace processes and peacebuilding; global"
                  + " indicators for tracking 1325",
              WpsPillar.PARTICIPATION, WpsPillar.RELIEF_AND_RECOVERY),
          "fact sheet 1; addendum 4 (the voting data's 2009-05-10 is day and month swapped)"),
      row(res(1925, 2010, "2010-05-28", 6324, Vote.unanimous(15), false, "Established MONUSCO"),
          "fact sheet 6; addendum 4 (6324th meeting, 15-0-0)"),
      row(res(1960, 2010, "2010-12-16", 6453, Vote.unanimous(15), true,
              "Listing of parties credibly suspected of conflict-related sexual violence;"
                  + " monitoring, analysis and reporting arrangements",
              WpsPillar.PROTECTION),
          "fact sheet 1 (SC/10122); addendum 4"),
      row(res(1990, 2011, "2011-06-27", 6567, Vote.unanimous(15), false, "Established UNISFA"),
          "fact sheet 6; addendum 4 (6567th meeting, 15-0-0)"),
      row(res(1996, 2011, "2011-07-08", 6576, Vote.unanimous(15), false, "Established UNMISS"),
          "fact sheet 6; addendum 4 (6576th meeting, 15-0-0)"),
      row(res(2100, 2013, "2013-04-25", 6952, Vote.unanimous(15), false, "Established MINUSMA"),
          "addendum 2c (UN press text: 6952nd meeting, 15-0-0)"),
      row(res(2106, 2013, "2013-06-24", 6984, Vote.unanimous(15), true,
              "Accountability for conflict-related sexual violence, ending impunity, and faster"
                  + " deployment of Women Protection Advisers",
              WpsPillar.PROTECTION),
          "fact sheet 1 (SC/11043, which misprints the number as 2016 in places); addendum 4"),
      row(res(2122, 2013, "2013-10-18", 7044, Vote.unanimous(15), true,
              "Stronger measures for women's participation and leadership in conflict"
                  + " prevention, resolution and recovery",
              WpsPillar.PARTICIPATION, WpsPillar.PREVENTION, WpsPillar.RELIEF_AND_RECOVERY),
          "fact sheet 1 (SC/11149); addendum 4"),
      row(res(2149, 2014, "2014-04-10", 7153, Vote.unanimous(15), false, "Established MINUSCA"),
          "fact sheet 6 (SC/11349: 7153rd meeting); addendum 4 (15-0-0)"),
      row(res(2242, 2015, "2015-10-13", 7533, Vote.unanimous(15), true,
              "Informal Experts Group on WPS; WPS across country situations and in countering"
                  + " violent extremism",
              WpsPillar.PARTICIPATION, WpsPillar.PREVENTION),
          "fact sheet 1 (SC/12076); addendum 4"),
      row(res(2350, 2017, "2017-04-13", 0, Vote.unanimous(15), false,
              "Established MINUJUSTH from 16 October 2017; MINUSTAH to close by 15 October 2017"),
          "addendum 2c (unanimous; the 7924th meeting is dataset only, so not recorded)"),
      row(res(2467, 2019, "2019-04-23", 8514, Vote.recorded(13, 0, 2, 0), true,
              "A survivor-centred approach to preventing and responding to conflict-related"
                  + " sexual violence",
              WpsPillar.PROTECTION, WpsPillar.PREVENTION),
          "fact sheet 1 (13-0-2, China and the Russian Federation abstaining); addendum 4"),
      row(res(2493, 2019, "2019-10-29", 8649, Vote.unanimous(15), true,
              "Full implementation of all previous WPS resolutions; context-specific approaches"
                  + " to women's participation in peace processes",
              WpsPillar.PARTICIPATION),
          "fact sheet 1; addendum 4"),
      row(res(2538, 2020, "2020-08-28", 0, Vote.unanimous(15), false,
              "First standalone resolution on women in peacekeeping"),
          "fact sheet (SC/14288); addendum 4 (written procedure: no numbered meeting)"),
      row(res(2559, 2020, "2020-12-22", 0, Vote.unanimous(15), false,
              "Ended UNAMID's mandate on 31 December 2020"),
          "fact sheet 6 (SC/14401); addendum 4 (videoconference: no numbered meeting)"),
      row(res(2690, 2023, "2023-06-30", 9365, Vote.unanimous(15), false,
              "Terminated MINUSMA's mandate on 30 June 2023"),
          "fact sheet 6 (UN audiovisual library); addendum 4 (S/PV.9365, 15-0-0)"),
      row(res(2771, 2025, "2025-01-31", 0, Vote.unanimous(15), false,
              "Extended UNFICYP's mandate to 31 January 2026"),
          "addendum 3 (UN press text; the 9854th meeting is dataset only, so not recorded)"),
      row(res(2778, 2025, "2025-04-30", 0, Vote.unanimous(15), false,
              "Extended UNMISS's mandate to 9 May 2025 (technical rollover)"),
          "addendum 3 (SC/16054; the 9909th meeting is dataset only, so not recorded)"),
      row(res(2779, 2025, "2025-05-08", 0, Vote.recorded(12, 0, 3, 0), false,
              "Extended UNMISS's mandate to 30 April 2026"),
          "addendum 3 (SC/16059: 12-0-3, China, Pakistan, Russian Federation; meeting not found)"),
      row(res(2782, 2025, "2025-06-30", 9949, Vote.unanimous(15), false,
              "Extended UNDOF's mandate to 31 December 2025"),
          "addendum 3 (SC/16106: 9949th meeting, 15-0-0)"),
      row(res(2786, 2025, "2025-07-14", 0, Vote.unanimous(15), false,
              "Extended UNMHA's mandate to 28 January 2026"),
          "addendum 3a (SC/16118: unanimous; meeting not given)"),
      row(res(2790, 2025, "2025-08-28", 0, Vote.unanimous(15), false,
              "Extended UNIFIL's mandate for a final time, to 31 December 2026"),
          "fact sheet 6 (SC/16159); addendum 3 and 4 (15-0-0; meeting not found)"),
      row(res(2797, 2025, "2025-10-31", 10030, Vote.recorded(11, 0, 3, 1), false,
              "Extended MINURSO's mandate to 31 October 2026"),
          "addendum 3 (SC/16208: 10030th meeting, 11-0-3, China, Pakistan, Russian Federation;"
              + " Algeria did not participate)"),
      row(res(2800, 2025, "2025-11-13", 10041, Vote.recorded(14, 0, 1, 0), false,
              "Extended MINUSCA's mandate to 15 November 2026"),
          "addendum 3 (SC/16219: 10041st meeting, 14-0-1, United States)"),
      row(res(2802, 2025, "2025-11-14", 10042, Vote.recorded(12, 0, 3, 0), false,
              "Extended UNISFA's mandate to 15 November 2026"),
          "addendum 3 (SC/16223: 10042nd meeting (resumed), 12-0-3, China, Pakistan, Russian"
              + " Federation)"),
      row(res(2808, 2025, "2025-12-19", 10075, Vote.unanimous(15), false,
              "Extended MONUSCO's mandate to 20 December 2026"),
          "addendum 3 (UN press text: 10075th meeting, 15-0-0)"),
      row(res(2811, 2025, "2025-12-29", 0, Vote.unanimous(15), false,
              "Extended UNDOF's mandate to 30 June 2026"),
          "addendum 3 (SC/16269: 15-0-0; meeting not found)"),
      row(res(2813, 2026, "2026-01-27", 0, Vote.recorded(13, 0, 2, 0), false,
              "Final mandate of UNMHA to 31 March 2026; liquidation from 1 April 2026"),
          "addendum 3a (UN press text: 13-0-2, China, Russian Federation; meeting not given)"),
      row(res(2815, 2026, "2026-01-30", 0, Vote.recorded(13, 0, 2, 0), false,
              "Extended UNFICYP's mandate to 31 January 2027"),
          "addendum 3 (UN press text: 13-0-2, Pakistan, Somalia; meeting not found)"));

  // ---------------------------------------------------------------------------------------------
  // Missions: the rows of peacekeeping-missions.csv in its order (start date), without its three
  // aggregate rows (UNEF, UNAVEM and UNOSOM "I & II"), then the political missions and offices that
  // DPO's figures count (data/dpo/README.md). Current missions carry their host and the last
  // confirmed expiry of their mandate; past ones a closure, without dates unless confirmed.

  static final List<Row<Mission>> MISSIONS = List.of(
      past("UNSCOB", OTHER, "1947-10-21", "1951-07-12",
          "United Nations Special Committee on the Balkans",
          "CSV id=9; a General Assembly body, not a peacekeeping operation (addendum 2a)"),
      row(current("UNTSO", "1948-05-29", null,
              "United Nations Truce Supervision Organization")
          .host("Middle East (Israel and neighbours)").established(Year.of(1948)),
          "CSV id=81; fact sheet 6 (un.org peacekeepers' day 1948 page); resolution 50 (1948) is"
              + " commonly cited as founding act, not confirmed, so not named; no periodic renewal"),
      row(current("UNMOGIP", "1949-01-24", null,
              "United Nations Military Observer Group in India and Pakistan")
          .host("India/Pakistan (Jammu and Kashmir)").established(Year.of(1949))
          .addHostCountries(country("IND"), country("PAK")),
          "CSV id=26; fact sheet 6; no single establishing resolution confirmed; no periodic"
              + " renewal"),
      past("UNEF I", NONE, "1956-11-01", "1967-06-01",
          "United Nations Emergency Force I",
          "CSV id=45"),
      past("UNOGIL", NONE, "1958-06-01", "1958-12-01",
          "United Nations Observation Group in Lebanon",
          "CSV id=22"),
      past("ONUC", NONE, "1960-07-01", "1964-06-06",
          "The United Nations Organization in the Congo",
          "CSV id=62"),
      past("UNSF", NONE, "1962-10-01", "1963-04-01",
          "United Nations Security Force in West New Guinea",
          "CSV id=8"),
      past("UNYOM", NONE, "1963-07-01", "1964-09-01",
          "United Nations Yemen Observation Mission",
          "CSV id=1"),
      row(current("UNFICYP", "1964-03-27", null, "United Nations Peacekeeping Force in Cyprus")
          .host("Cyprus").established(Year.of(1964)).addHostCountries(country("CYP"))
          .addEstablishedBy(sym(186, 1964)).mandateConfirmedUntil(date("2027-01-31"))
          .mandateConfirmedBy(sym(2815, 2026)),
          "CSV id=43; fact sheet 6 (S/RES/186 (1964)); addendum 3 (S/RES/2815 (2026): to 31 Jan"
              + " 2027)"),
      row(listed("DOMREP", NONE, "1965-05-01", "1966-10-01",
              "Mission of the Representative of the Secretary-General in the Dominican Republic")
          .established(Year.of(1965)).addEstablishedBy(sym(203, 1965)).closure(DATES_NOT_KNOWN),
          "CSV id=79 (name corrected, addendum 2a); addendum 2c (S/RES/203 (1965))"),
      past("UNIPOM", NONE, "1965-09-01", "1966-03-01",
          "United Nations India-Pakistan Observation Mission",
          "CSV id=36"),
      past("UNEF II", NONE, "1973-10-01", "1979-07-01",
          "United Nations Emergency Force II",
          "CSV id=44"),
      row(current("UNDOF", "1974-05-31", null, "United Nations Disengagement Observer Force")
          .host("Golan (Israel-Syria)").established(Year.of(1974)).addEstablishedBy(sym(350, 1974))
          .mandateConfirmedUntil(date("2026-06-30")).mandateConfirmedBy(sym(2811, 2025)),
          "CSV id=47; fact sheet 6 (S/RES/350 (1974)); addendum 3 (S/RES/2811 (2025): to 30 Jun"
              + " 2026; the June 2026 renewal not found)"),
      row(current("UNIFIL", "1978-03-19", null, "United Nations Interim Force in Lebanon")
          .host("Lebanon").established(Year.of(1978)).addHostCountries(country("LBN"))
          .addEstablishedBy(sym(425, 1978), sym(426, 1978))
          .mandateConfirmedUntil(date("2026-12-31")).mandateConfirmedBy(sym(2790, 2025))
          .closure(Closure.builder().mandateEnded(date("2026-12-31"))
              .operationsEnd(date("2026-12-31")).withdrawalDeadline(date("2027-12-31"))
              .liquidation(Liquidation.builder().guardUnit(true).build())
              .decidedBy(sym(2790, 2025)).build()),
          "CSV id=39; fact sheet 6; addendum 3 (S/RES/2790 (2025), SC/16159: final mandate and"
              + " operations to 31 Dec 2026, withdrawal within one year, so by 31 Dec 2027, then"
              + " liquidation with a limited guard capability)"),
      past("UNGOMAP", NONE, "1988-05-01", "1990-03-01",
          "United Nations Good Offices Mission in Afghanistan and Pakistan",
          "CSV id=40"),
      past("UNIIMOG", NONE, "1988-08-01", "1991-02-01",
          "United Nations Iran-Iraq Military Observer Group",
          "CSV id=38"),
      past("UNAVEM I", NONE, "1989-01-01", "1991-06-01",
          "United Nations Angola Verification Mission I",
          "CSV id=52"),
      past("ONUCA", NONE, "1989-11-01", "1992-01-01",
          "United Nations Observer Group in Central America",
          "CSV id=61"),
      past("UNIKOM", NONE, "1991-04-01", "2003-10-01",
          "United Nations Iraq-Kuwait Observation Mission",
          "CSV id=37"),
      row(current("MINURSO", "1991-04-29", null,
              "United Nations Mission for the Referendum in Western Sahara")
          .host("Western Sahara").established(Year.of(1991)).addHostCountries(country("ESH"))
          .addEstablishedBy(sym(690, 1991)).mandateConfirmedUntil(date("2026-10-31"))
          .mandateConfirmedBy(sym(2797, 2025)),
          "CSV id=71; fact sheet 6 (S/RES/690 (1991)); addendum 3 (S/RES/2797 (2025): to 31 Oct"
              + " 2026; the Oct 2026 renewal not found)"),
      past("UNGCI", NONE, "1991-05-01", "2003-11-30",
          "United Nations Guards Contingent in Iraq",
          "CSV id=41; classification UNCONFIRMED: a guards contingent under a 1991 agreement (addendum 2b)"),
      past("UNAVEM II", NONE, "1991-06-01", "1995-02-01",
          "United Nations Angola Verification Mission II",
          "CSV id=51"),
      past("ONUSAL", NONE, "1991-07-01", "1995-04-01",
          "United Nations Observer Mission in El Salvador",
          "CSV id=59"),
      past("UNAMIC", NONE, "1991-10-01", "1992-03-01",
          "United Nations Advance Mission in Cambodia",
          "CSV id=58"),
      past("UNPROFOR", NONE, "1992-02-01", "1995-03-01",
          "United Nations Protection Force",
          "CSV id=11"),
      past("UNTAC", NONE, "1992-03-01", "1993-09-01",
          "United Nations Transitional Authority in Cambodia",
          "CSV id=4"),
      past("UNOSOM I", NONE, "1992-04-01", "1993-03-01",
          "United Nations Operation in Somalia I",
          "CSV id=15"),
      past("ONUMOZ", NONE, "1992-12-01", "1994-12-01",
          "United Nations Operation in Mozambique",
          "CSV id=60"),
      past("UNSMA", NONE, "1993-01-12", "2001-01-05",
          "United Nations Special Mission to Afghanistan",
          "CSV id=7; classification UNCONFIRMED: a political mission by weak sources; dates conflict (addendum 2b)"),
      past("UNOSOM II", NONE, "1993-03-01", "1995-03-01",
          "United Nations Operation in Somalia II",
          "CSV id=14"),
      past("UNOMUR", NONE, "1993-06-01", "1994-09-01",
          "United Nations Observer Mission Uganda-Rwanda",
          "CSV id=17"),
      past("UNOMIG", NONE, "1993-08-01", "2009-06-01",
          "United Nations Observer Mission in Georgia",
          "CSV id=20"),
      past("UNMIH", NONE, "1993-09-01", "1996-06-01",
          "United Nations Mission in Haiti",
          "CSV id=32"),
      past("UNOMIL", NONE, "1993-09-01", "1997-09-01",
          "United Nations Observer Mission in Liberia",
          "CSV id=19"),
      past("UNAMIR", NONE, "1993-10-01", "1996-03-01",
          "United Nations Assistance Mission for Rwanda",
          "CSV id=56"),
      past("UNASOG", NONE, "1994-05-01", "1994-06-01",
          "United Nations Aouzou Strip Observer Group",
          "CSV id=54"),
      past("UNMOT", NONE, "1994-12-01", "2000-05-01",
          "United Nations Mission of Observers in Tajikistan",
          "CSV id=24"),
      past("UNAVEM III", NONE, "1995-02-01", "1997-06-01",
          "United Nations Angola Verification Mission III",
          "CSV id=50"),
      past("UNPREDEP", NONE, "1995-03-01", "1999-02-01",
          "United Nations Preventive Deployment Force",
          "CSV id=12"),
      past("UNCRO", NONE, "1995-03-31", "1996-01-15",
          "United Nations Confidence Restoration Operation in Croatia",
          "CSV id=48"),
      past("UNPF", NONE, "1995-06-12", "1996-02-01",
          "United Nations Peace Forces",
          "CSV id=13"),
      past("UNMIBH", NONE, "1995-12-01", "2002-12-01",
          "United Nations Mission in Bosnia and Herzegovina",
          "CSV id=33"),
      past("IPTF", NONE, "1995-12-21", "2002-12-31",
          "United Nations International Police Task Force",
          "CSV id=78; classification UNCONFIRMED (peacekeeping-missions.md)"),
      past("UNTAES", NONE, "1996-01-01", "1998-01-01",
          "United Nations Transitional Administration for Eastern Slavonia, Baranja and Western Sirmium",
          "CSV id=3"),
      past("UNMOP", NONE, "1996-02-01", "2002-12-15",
          "United Nations Mission of Observers in Prevlaka",
          "CSV id=25"),
      past("UNSMIH", NONE, "1996-07-01", "1997-07-01",
          "United Nations Support Mission in Haiti",
          "CSV id=6"),
      past("MINUGUA", NONE, "1997-01-01", "1997-05-01",
          "United Nations Verification Mission in Guatemala",
          "CSV id=75"),
      past("MONUA", NONE, "1997-06-01", "1999-02-01",
          "United Nations Observer Mission in Angola",
          "CSV id=66"),
      past("UNPSG", NONE, "1997-12-19", "1998-10-15",
          "United Nations Civilian Police Support Group",
          "CSV id=10; probable duplicate of UNCPSG (addendum 2b)"),
      past("MIPONUH", NONE, "1997-12-28", "2000-03-15",
          "United Nations Civilian Police Mission in Haiti",
          "CSV id=67"),
      past("UNCPSG", NONE, "1998-01-01", "1998-10-01",
          "UN Civilian Police Support Group",
          "CSV id=49; probable duplicate of UNPSG (addendum 2b)"),
      past("MINURCA", NONE, "1998-04-01", "2000-02-01",
          "United Nations Mission in the Central African Republic",
          "CSV id=73"),
      past("UNOMSIL", NONE, "1998-07-13", "1999-10-22",
          "United Nations Observer Mission in Sierra Leone",
          "CSV id=18"),
      row(current("UNMIK", "1999-06-10", null,
              "United Nations Interim Administration Mission in Kosovo")
          .host("Kosovo").established(Year.of(1999)).addEstablishedBy(sym(1244, 1999)),
          "CSV id=31; fact sheet 6 (S/RES/1244 (1999)); no periodic renewal"),
      past("UNTAET", NONE, "1999-10-01", "2002-05-01",
          "United Nations Transitional Administration in East Timor",
          "CSV id=2"),
      past("UNAMSIL", NONE, "1999-10-22", "2005-12-31",
          "United Nations Mission in Sierra Leone",
          "CSV id=55"),
      row(listed("MONUC", NONE, "1999-11-30", "2010-06-30",
              "United Nations Organization Mission in the Democratic Republic of the Congo")
          .established(Year.of(1999)).addEstablishedBy(sym(1279, 1999))
          .closure(Closure.builder().mandateEnded(date("2010-06-30")).decidedBy(sym(1925, 2010))
              .build()),
          "CSV id=65; addendum 2c (S/RES/1279 (1999)); fact sheet 6 (succeeded by MONUSCO from"
              + " 1 Jul 2010 under S/RES/1925 (2010))"),
      past("MICAH", NONE, "1999-12-17", "2001-02-01",
          "International Civilian Support Mission in Haiti",
          "CSV id=77; classification UNCONFIRMED: a General Assembly-mandated civilian mission (addendum 2b)"),
      past("UNMEE", NONE, "2000-07-01", "2008-07-01",
          "United Nations Mission in Ethiopia and Eritrea",
          "CSV id=34"),
      past("UNMISET", NONE, "2002-05-01", "2005-05-01",
          "United Nations Mission of Support in East Timor",
          "CSV id=28"),
      past("MINUCI", NONE, "2003-05-01", "2004-04-01",
          "United Nations Mission in Côte d’Ivoire",
          "CSV id=76"),
      row(listed("UNMIL", NONE, "2003-09-01", "2018-03-01", "United Nations Mission in Liberia")
          .established(Year.of(2003)).addEstablishedBy(sym(1509, 2003)).started(date("2003-10-01"))
          .closure(Closure.builder().mandateEnded(date("2018-03-30")).build()),
          "CSV id=30; addendum 2c (S/RES/1509 (2003), from 1 Oct 2003); addendum 2b (final"
              + " period until 30 Mar 2018, press.un.org; the closing resolution's vote is dataset"
              + " only, so not named)"),
      row(listed("UNOCI", NONE, "2004-04-04", "2017-06-30",
              "United Nations Operation in C\u00f4te d\u2019Ivoire")
          .established(Year.of(2004)).addEstablishedBy(sym(1528, 2004)).started(date("2004-04-04"))
          .closure(Closure.builder().mandateEnded(date("2017-06-30")).decidedBy(sym(2284, 2016))
              .build()),
          "CSV id=23 (end corrected, addendum 2a: S/RES/2284 (2016), final period to 30 Jun 2017,"
              + " S/2017/89); addendum 2c (S/RES/1528 (2004), from 4 Apr 2004)"),
      row(listed("MINUSTAH", NONE, "2004-06-01", "2017-10-01",
              "United Nations Stabilization Mission in Haiti")
          .established(Year.of(2004)).addEstablishedBy(sym(1542, 2004)).started(date("2004-06-01"))
          .closure(Closure.builder().mandateEnded(date("2017-10-15")).decidedBy(sym(2350, 2017))
              .build()),
          "CSV id=68; addendum 2c (S/RES/1542 (2004), authority from the MIF 1 Jun 2004;"
              + " S/RES/2350 (2017): to close by 15 Oct 2017)"),
      past("ONUB", NONE, "2004-06-01", "2006-12-31",
          "United Nations Operation in Burundi",
          "CSV id=63"),
      row(listed("UNMIS", NONE, "2005-03-01", "2011-07-09", "United Nations Mission in the Sudan")
          .established(Year.of(2005)).addEstablishedBy(sym(1590, 2005))
          .closure(Closure.builder().mandateEnded(date("2011-07-09")).build()),
          "CSV id=29; addendum 2c (S/RES/1590 (2005) of 24 Mar 2005; mandate ended 9 Jul 2011)"),
      past("UNMIT", NONE, "2006-08-01", "2012-12-31",
          "United Nations Integrated Mission in Timor-Leste",
          "CSV id=27"),
      row(listed("UNAMID", PKO, "2007-07-31", "2020-12-31",
              "African Union-United Nations Hybrid Operation in Darfur")
          .host("Darfur (Sudan)").established(Year.of(2007)).addHostCountries(country("SDN"))
          .addEstablishedBy(sym(1769, 2007))
          .closure(Closure.builder().mandateEnded(date("2020-12-31"))
              .withdrawalDeadline(date("2021-06-30"))
              .liquidation(Liquidation.builder().guardUnit(true).build())
              .decidedBy(sym(2559, 2020)).build()),
          "CSV id=57; fact sheet 6 (S/RES/2559 (2020): mandate ended 31 Dec 2020, withdrawal by"
              + " 30 Jun 2021); addendum 2b and 7 (liquidation with a guard unit followed);"
              + " addendum 2c (S/RES/1769 (2007))"),
      past("MINURCAT", NONE, "2007-09-01", "2010-12-31",
          "United Nations Mission in the Central African Republic and Chad",
          "CSV id=72"),
      row(current("MONUSCO", "2010-07-01", null,
              "United Nations Organization Stabilization Mission in the Democratic Republic of the"
                  + " Congo")
          .host("Democratic Republic of the Congo").established(Year.of(2010))
          .addHostCountries(country("COD")).addEstablishedBy(sym(1925, 2010))
          .started(date("2010-07-01")).mandateConfirmedUntil(date("2026-12-20"))
          .mandateConfirmedBy(sym(2808, 2025)),
          "CSV id=64; fact sheet 6 (S/RES/1925 (2010), from 1 Jul 2010); addendum 3"
              + " (S/RES/2808 (2025): to 20 Dec 2026)"),
      row(current("UNISFA", "2011-06-27", null, "United Nations Interim Security Force for Abyei")
          .host("Abyei (Sudan/South Sudan)").established(Year.of(2011))
          .addEstablishedBy(sym(1990, 2011)).mandateConfirmedUntil(date("2026-11-15"))
          .mandateConfirmedBy(sym(2802, 2025)),
          "CSV id=35 (name corrected, addendum 2a); fact sheet 6 (S/RES/1990 (2011)); addendum 3"
              + " (S/RES/2802 (2025): to 15 Nov 2026; the Nov 2026 renewal not found)"),
      row(current("UNMISS", "2011-07-08", null,
              "United Nations Mission in the Republic of South Sudan")
          .host("South Sudan").established(Year.of(2011)).addHostCountries(country("SSD"))
          .addEstablishedBy(sym(1996, 2011)).started(date("2011-07-09"))
          .mandateConfirmedUntil(date("2026-04-30")).mandateConfirmedBy(sym(2779, 2025)),
          "CSV id=80; fact sheet 6 (S/RES/1996 (2011), from 9 Jul 2011); addendum 3"
              + " (S/RES/2779 (2025): to 30 Apr 2026; the 2026 renewal UNCONFIRMED)"),
      past("UNSMIS", NONE, "2012-04-01", "2012-08-01",
          "United Nations Supervision Mission in Syria",
          "CSV id=5"),
      row(listed("MINUSMA", PKO, "2013-04-25", "2023-06-30",
              "United Nations Multidimensional Integrated Stabilization Mission in Mali")
          .host("Mali").established(Year.of(2013)).addHostCountries(country("MLI"))
          .addEstablishedBy(sym(2100, 2013)).multidimensional(true)
          .closure(Closure.builder().mandateEnded(date("2023-06-30"))
              .withdrawalDeadline(date("2023-12-31"))
              .liquidation(Liquidation.builder().start(date("2024-01-01")).build())
              .decidedBy(sym(2690, 2023)).build()),
          "CSV id=69 (corrected, addendum 2a); fact sheet 6 (S/RES/2690 (2023): mandate ended"
              + " 30 Jun 2023, withdrawal by 31 Dec 2023, liquidation from 1 Jan 2024); addendum 2c"
              + " (S/RES/2100 (2013))"),
      row(current("MINUSCA", "2014-04-10", null,
              "United Nations Multidimensional Integrated Stabilization Mission in the Central"
                  + " African Republic")
          .host("Central African Republic").established(Year.of(2014))
          .addHostCountries(country("CAF")).addEstablishedBy(sym(2149, 2014))
          .started(date("2014-09-15")).multidimensional(true)
          .mandateConfirmedUntil(date("2026-11-15")).mandateConfirmedBy(sym(2800, 2025)),
          "CSV id=70; fact sheet 6 (S/RES/2149 (2014), authority from MISCA 15 Sep 2014,"
              + " multidimensional by its name); addendum 3 (S/RES/2800 (2025): to 15 Nov 2026;"
              + " the Nov 2026 renewal not found)"),
      row(listed("MINUJUSTH", NONE, "2017-10-16", "2019-10-01",
              "United Nations Mission for Justice Support in Haiti")
          .established(Year.of(2017)).addEstablishedBy(sym(2350, 2017)).started(date("2017-10-16"))
          .closure(DATES_NOT_KNOWN),
          "CSV id=74; addendum 2c (S/RES/2350 (2017), from 16 Oct 2017); ended Oct 2019, day and"
              + " closing resolution UNCONFIRMED"),
      past("UNFOR", NONE, null, null,
          "United Nations Force",
          "CSV id=42; identity and classification UNCONFIRMED; no dates (addendum 2b)"),
      past("UNOHCI", NONE, null, null,
          "United Nations Office of the Humanitarian Coordinator in Iraq",
          "CSV id=21; classification UNCONFIRMED: a humanitarian office; no dates (addendum 2b)"),
      // Political missions and offices with uniformed personnel that DPO's figures count
      // (data/dpo/README.md). Only the acronym and the kind are confirmed, except for UNMHA.
      row(political("BINUH"), SPM_SOURCE),
      row(political("UNAMA"), SPM_SOURCE),
      row(political("UNAMI"), SPM_SOURCE),
      row(political("UNITAMS"), SPM_SOURCE),
      row(political("UNMHA").name("United Nations Mission to Support the Hudaydah Agreement")
          .established(Year.of(2019)).addEstablishedBy(sym(2452, 2019))
          .mandateConfirmedUntil(date("2026-03-31")).mandateConfirmedBy(sym(2813, 2026))
          .closure(Closure.builder().mandateEnded(date("2026-03-31"))
              .liquidation(Liquidation.builder().start(date("2026-04-01")).build())
              .decidedBy(sym(2813, 2026)).build()),
          SPM_SOURCE + "; addendum 3a (established by S/RES/2452 (2019); S/RES/2813 (2026): final"
              + " mandate to 31 Mar 2026, liquidation from 1 Apr 2026)"),
      row(political("UNOWAS"), SPM_SOURCE),
      row(political("UNSMIL"), SPM_SOURCE),
      row(political("UNSOM"), SPM_SOURCE),
      row(political("UNSOS"), SPM_SOURCE),
      row(political("UNTMIS"), SPM_SOURCE),
      row(political("UNVMC"), SPM_SOURCE));

  private static <T> Row<T> row(T value, String source) {
    return new Row<>(value, source);
  }

  private static Row<Mission> row(Mission.Builder mission, String source) {
    return new Row<>(mission.build(), source);
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

  /** A mission as the dataset lists it: kind (null when not confirmed), dates and name. */
  private static Mission.Builder listed(
      String acronym, MissionKind kind, String start, String end, String name) {
    Mission.Builder b = Mission.builder().acronym(MissionAcronym.parse(acronym)).name(name);
    if (kind != null) {
      b.kind(kind);
    }
    if (start != null) {
      b.datasetStart(LocalDate.parse(start));
    }
    if (end != null) {
      b.datasetEnd(LocalDate.parse(end));
    }
    return b;
  }

  /** A past mission the dataset lists, closed on dates not confirmed. */
  private static Row<Mission> past(
      String acronym, MissionKind kind, String start, String end, String name, String source) {
    return row(listed(acronym, kind, start, end, name).closure(DATES_NOT_KNOWN), source);
  }

  /** A current peacekeeping operation as the dataset lists it. */
  private static Mission.Builder current(String acronym, String start, String end, String name) {
    return listed(acronym, PKO, start, end, name);
  }

  private static Mission.Builder political(String acronym) {
    return Mission.builder().acronym(MissionAcronym.parse(acronym)).kind(SPM);
  }

  private static ResolutionSymbol sym(int number, int year) {
    return ResolutionSymbol.of(number, year);
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static CountryCode country(String code) {
    return CountryCode.parse(code);
  }
}
