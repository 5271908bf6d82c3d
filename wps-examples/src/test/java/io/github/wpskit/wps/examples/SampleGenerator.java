package io.github.wpskit.wps.examples;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.compact.CompactCommitment;
import io.github.wpskit.wps.compact.CompactReport;
import io.github.wpskit.wps.compact.FrameworkActionCode;
import io.github.wpskit.wps.compact.Indicator;
import io.github.wpskit.wps.compact.ProgressEntry;
import io.github.wpskit.wps.compact.ProgressRating;
import io.github.wpskit.wps.compact.Signatory;
import io.github.wpskit.wps.compact.SignatoryKind;
import io.github.wpskit.wps.compact.ThematicArea;
import io.github.wpskit.wps.gender.GenderFunction;
import io.github.wpskit.wps.gender.GenderPost;
import io.github.wpskit.wps.gender.GenderRole;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.gender.MissionComponent;
import io.github.wpskit.wps.gender.PostStatus;
import io.github.wpskit.wps.gender.ReportingLine;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.MandateTask;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.PersonnelType;
import io.github.wpskit.wps.mission.TaskCategory;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityTargets;
import io.github.wpskit.wps.policy.PolicyReference;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Builds every generated sample document from the reference catalog and illustrative figures, and
 * encodes it with wps-json: the single source of the files under
 * {@code src/main/resources/samples}. {@link SamplesAreCurrentTest} checks that the committed files
 * equal what this class generates (and rewrites them with {@code -Dwps.updateSamples=true}), so the
 * samples follow the JSON format as it evolves and nobody edits thousands of lines by hand.
 *
 * <p>Real facts come from {@link ReferenceCatalog#standard()} only (resolutions, missions, dates);
 * everything else (posts, mandate periods not in the catalog, tasks, commitments, deployment
 * figures, contributing countries) is illustrative, as the samples README says. The deployment
 * figures come from a {@link Random} with a fixed seed, so every run produces the same bytes.
 *
 * <p>Hand-written samples (documents that do not even decode: malformed JSON, unknown fields, broken
 * invariants) are not generated here; they live beside the generated ones in {@code invalid/}.
 */
final class SampleGenerator {
  /** The seed of the deployment figures; changing it changes every deployment sample. */
  static final long SEED = 1325_2000L;

  private static final ReferenceCatalog CATALOG = ReferenceCatalog.standard();
  private static final WpsJson JSON = WpsJson.strict();

  private SampleGenerator() {}

  /**
   * Returns every generated file: its path under {@code samples/} and its content.
   *
   * @return the files, in a stable order
   */
  static Map<String, String> generate() {
    Map<String, String> files = new LinkedHashMap<>();
    // Resolutions: the catalog's, unchanged.
    files.put("resolutions/s-res-1325-2000.json", pretty(res(1325, 2000)));
    List<Object> wps = new ArrayList<>(CATALOG.wpsResolutions());
    wps.add(res(2538, 2020));
    files.put("resolutions/wps-agenda.ndjson", ndjson(wps));
    // Missions: the catalog's, unchanged.
    for (String m : List.of("MINUSCA", "MINUSMA", "MONUSCO", "UNIFIL")) {
      files.put("missions/" + m.toLowerCase() + ".json",
          pretty(CATALOG.mission(MissionAcronym.parse(m)).orElseThrow()));
    }
    files.put("mandates/minusca-s-res-2149-2014.json", pretty(minuscaMandate()));
    files.put("mandates/monusco-s-res-1925-2010.json", pretty(monuscoMandate()));
    files.put("mandates/unifil-s-res-2790-2025.json", pretty(unifilMandate()));
    files.put("gender/minusca-2015-01-31.json", pretty(minuscaTable()));
    files.put("gender/minusma-2023-03-31.json", pretty(minusmaTable()));
    files.put("gender/monusco-2011-01-31.json", pretty(monuscoTable()));
    files.put("compact/signatories.ndjson", ndjson(new ArrayList<>(signatories())));
    files.put("compact/commitments.ndjson", ndjson(new ArrayList<>(commitments())));
    files.put("compact/report-2024.json", pretty(report()));
    files.put("parity/ugps-targets.json", pretty(ParityTargets.ugps()));
    files.put("deployments/unmiss-2024-12-31-individual-police.json", pretty(
        deployment("UNMISS", "GHA", PersonnelType.INDIVIDUAL_POLICE_OFFICERS,
            LocalDate.of(2024, 12, 31), 14, 31)));
    files.put("deployments/monthly-2024.ndjson", ndjson(monthly()));
    files.put("parity/analysis-2024-01.json", pretty(januaryAnalysis()));
    files.put("deployments/batch-2025.ndjson", ndjson(batch()));
    invalid(files);
    return files;
  }

  // ---- mandates (periods and tasks illustrative unless the catalog confirms them) ----

  static Mandate minuscaMandate() {
    return Mandate.builder()
        .mission(MissionAcronym.parse("MINUSCA"))
        .authorisedBy(sym(2149, 2014))
        // 15 September 2014: the transfer of authority from MISCA (catalog); the end is illustrative.
        .start(LocalDate.of(2014, 9, 15))
        .end(LocalDate.of(2015, 4, 30))
        .putAuthorisedStrength(PersonnelType.MILITARY_CONTINGENTS, 10_000)
        .putAuthorisedStrength(PersonnelType.MILITARY_OBSERVERS_AND_STAFF_OFFICERS, 240)
        .putAuthorisedStrength(PersonnelType.FORMED_POLICE_UNITS, 1_400)
        .putAuthorisedStrength(PersonnelType.INDIVIDUAL_POLICE_OFFICERS, 400)
        .addTasks(
            MandateTask.of(TaskCategory.PROTECTION_OF_CIVILIANS,
                "Protect the civilian population from the threat of physical violence"),
            MandateTask.of(TaskCategory.POLITICAL_PROCESS,
                "Support the transition process and the political dialogue"),
            task(TaskCategory.GENDER_MAINSTREAMING,
                "Take gender into account as a cross-cutting issue throughout the mandate",
                sym(1325, 2000), sym(2122, 2013)),
            task(TaskCategory.WOMENS_PARTICIPATION,
                "Promote the full and effective participation of women in the political process",
                sym(1325, 2000), sym(1889, 2009), sym(2122, 2013)),
            task(TaskCategory.CRSV_MONITORING_AND_REPORTING,
                "Monitor, analyse and report on conflict-related sexual violence",
                sym(1960, 2010), sym(2106, 2013)),
            task(TaskCategory.WOMEN_PROTECTION_ADVISERS,
                "Deploy Women Protection Advisers", sym(1888, 2009), sym(1960, 2010)),
            MandateTask.of(TaskCategory.HUMAN_RIGHTS,
                "Monitor, investigate and report on violations of human rights"),
            MandateTask.of(TaskCategory.CHILD_PROTECTION,
                "Monitor and report on grave violations against children"))
        .build();
  }

  static Mandate monuscoMandate() {
    return Mandate.builder()
        .mission(MissionAcronym.parse("MONUSCO"))
        .authorisedBy(sym(1925, 2010))
        // 1 July 2010: MONUSCO's start (catalog); the end is illustrative.
        .start(LocalDate.of(2010, 7, 1))
        .end(LocalDate.of(2011, 6, 30))
        .putAuthorisedStrength(PersonnelType.MILITARY_CONTINGENTS, 19_000)
        .putAuthorisedStrength(PersonnelType.MILITARY_OBSERVERS_AND_STAFF_OFFICERS, 760)
        .putAuthorisedStrength(PersonnelType.FORMED_POLICE_UNITS, 1_050)
        .putAuthorisedStrength(PersonnelType.INDIVIDUAL_POLICE_OFFICERS, 390)
        .addTasks(
            MandateTask.of(TaskCategory.PROTECTION_OF_CIVILIANS,
                "Ensure the effective protection of civilians under imminent threat"),
            task(TaskCategory.SGBV_PROTECTION,
                "Protect women and girls from sexual and gender-based violence",
                sym(1325, 2000), sym(1820, 2008)),
            task(TaskCategory.CRSV_MONITORING_AND_REPORTING,
                "Monitor and report on sexual violence in armed conflict",
                sym(1820, 2008), sym(1888, 2009)),
            task(TaskCategory.GENDER_MAINSTREAMING,
                "Integrate a gender perspective into the mission's work", sym(1325, 2000)),
            MandateTask.of(TaskCategory.DDR,
                "Support the disarmament, demobilization and reintegration of combatants"),
            MandateTask.of(TaskCategory.SECURITY_SECTOR_REFORM,
                "Support the reform of the security sector"))
        .build();
  }

  static Mandate unifilMandate() {
    return Mandate.builder()
        .mission(MissionAcronym.parse("UNIFIL"))
        .authorisedBy(sym(2790, 2025))
        // The end, 31 December 2026, is confirmed (resolution 2790 (2025)); the start is illustrative.
        .start(LocalDate.of(2025, 9, 1))
        .end(LocalDate.of(2026, 12, 31))
        .putAuthorisedStrength(PersonnelType.MILITARY_CONTINGENTS, 15_000)
        .addTasks(
            MandateTask.of(TaskCategory.CEASEFIRE_MONITORING,
                "Monitor the cessation of hostilities"),
            task(TaskCategory.GENDER_MAINSTREAMING,
                "Take gender into account as a cross-cutting issue throughout the mandate",
                sym(1325, 2000), sym(2242, 2015)),
            MandateTask.of(TaskCategory.OTHER,
                "Prepare an orderly and safe withdrawal"))
        .build();
  }

  // ---- gender staffing tables (all posts illustrative) ----

  static GenderStaffingTable minuscaTable() {
    String m = "MINUSCA";
    return table(m, LocalDate.of(2015, 1, 31),
        post(m, "GU-001", GenderRole.SENIOR_GENDER_ADVISER, MissionComponent.CIVILIAN, "P-5",
            ReportingLine.MISSION_LEADERSHIP, PostStatus.FILLED,
            GenderFunction.STRATEGIC_ADVICE, GenderFunction.MONITORING_AND_ACCOUNTABILITY),
        post(m, "GU-002", GenderRole.GENDER_ADVISER, MissionComponent.CIVILIAN, "P-4",
            ReportingLine.SENIOR_GENDER_ADVISER, PostStatus.FILLED,
            GenderFunction.TECHNICAL_GUIDANCE, GenderFunction.CONFLICT_ANALYSIS_AND_DATA),
        post(m, "GU-003", GenderRole.GENDER_AFFAIRS_OFFICER, MissionComponent.CIVILIAN, "P-3",
            ReportingLine.SENIOR_GENDER_ADVISER, PostStatus.FILLED,
            GenderFunction.CIVIL_SOCIETY_PARTNERSHIPS),
        post(m, "GU-004", GenderRole.GENDER_AFFAIRS_OFFICER, MissionComponent.CIVILIAN, "NO-B",
            ReportingLine.SENIOR_GENDER_ADVISER, PostStatus.VACANT,
            GenderFunction.CIVIL_SOCIETY_PARTNERSHIPS),
        post(m, "FHQ-010", GenderRole.MILITARY_GENDER_ADVISER, MissionComponent.MILITARY, "OF-4",
            ReportingLine.FORCE_COMMANDER, PostStatus.FILLED,
            GenderFunction.TECHNICAL_GUIDANCE, GenderFunction.SUPPORT_TO_WOMEN_PEACEKEEPERS),
        post(m, "POL-020", GenderRole.POLICE_GENDER_ADVISER, MissionComponent.POLICE, "P-4",
            ReportingLine.POLICE_COMMISSIONER, PostStatus.FILLED,
            GenderFunction.TECHNICAL_GUIDANCE, GenderFunction.SGBV_PROTECTION),
        post(m, "WPA-001", GenderRole.SENIOR_WOMEN_PROTECTION_ADVISER, MissionComponent.CIVILIAN,
            "P-5", ReportingLine.MISSION_LEADERSHIP, PostStatus.FILLED,
            GenderFunction.STRATEGIC_ADVICE, GenderFunction.SGBV_PROTECTION),
        post(m, "WPA-002", GenderRole.WOMEN_PROTECTION_ADVISER, MissionComponent.CIVILIAN, "P-4",
            ReportingLine.HEAD_OF_SECTION, PostStatus.FILLED,
            GenderFunction.SGBV_PROTECTION, GenderFunction.MONITORING_AND_ACCOUNTABILITY));
  }

  static GenderStaffingTable minusmaTable() {
    String m = "MINUSMA";
    return table(m, LocalDate.of(2023, 3, 31),
        post(m, "GU-002", GenderRole.GENDER_ADVISER, MissionComponent.CIVILIAN, "P-4",
            ReportingLine.MISSION_LEADERSHIP, PostStatus.FILLED,
            GenderFunction.STRATEGIC_ADVICE, GenderFunction.TECHNICAL_GUIDANCE),
        post(m, "GU-003", GenderRole.GENDER_AFFAIRS_OFFICER, MissionComponent.CIVILIAN, "P-3",
            ReportingLine.MISSION_LEADERSHIP, PostStatus.FILLED,
            GenderFunction.CONFLICT_ANALYSIS_AND_DATA),
        post(m, "FHQ-010", GenderRole.MILITARY_GENDER_ADVISER, MissionComponent.MILITARY, "OF-4",
            ReportingLine.FORCE_COMMANDER, PostStatus.FILLED, GenderFunction.TECHNICAL_GUIDANCE),
        post(m, "POL-020", GenderRole.POLICE_GENDER_ADVISER, MissionComponent.POLICE, "P-3",
            ReportingLine.POLICE_COMMISSIONER, PostStatus.VACANT, GenderFunction.SGBV_PROTECTION),
        post(m, "WPA-002", GenderRole.WOMEN_PROTECTION_ADVISER, MissionComponent.CIVILIAN, "P-4",
            ReportingLine.HEAD_OF_SECTION, PostStatus.FILLED, GenderFunction.SGBV_PROTECTION));
  }

  static GenderStaffingTable monuscoTable() {
    String m = "MONUSCO";
    return table(m, LocalDate.of(2011, 1, 31),
        post(m, "GU-001", GenderRole.SENIOR_GENDER_ADVISER, MissionComponent.CIVILIAN, "P-5",
            ReportingLine.MISSION_LEADERSHIP, PostStatus.FILLED, GenderFunction.STRATEGIC_ADVICE),
        post(m, "GU-002", GenderRole.GENDER_ADVISER, MissionComponent.CIVILIAN, "P-4",
            ReportingLine.SENIOR_GENDER_ADVISER, PostStatus.FILLED,
            GenderFunction.TECHNICAL_GUIDANCE, GenderFunction.CIVIL_SOCIETY_PARTNERSHIPS),
        post(m, "FHQ-010", GenderRole.MILITARY_GENDER_ADVISER, MissionComponent.MILITARY, "OF-4",
            ReportingLine.FORCE_COMMANDER, PostStatus.FILLED, GenderFunction.TECHNICAL_GUIDANCE),
        post(m, "POL-020", GenderRole.POLICE_GENDER_ADVISER, MissionComponent.POLICE, "P-4",
            ReportingLine.POLICE_COMMISSIONER, PostStatus.FILLED, GenderFunction.SGBV_PROTECTION));
  }

  // ---- Compact (signatories, commitments and ratings illustrative) ----

  static final String MEMBER_STATE = "Illustrative Member State";
  static final String NETWORK = "Illustrative Women Peacebuilders Network";

  static List<Signatory> signatories() {
    return List.of(
        Signatory.builder().name(MEMBER_STATE).kind(SignatoryKind.MEMBER_STATE).build(),
        Signatory.builder().name(NETWORK).kind(SignatoryKind.CIVIL_SOCIETY).build());
  }

  static List<CompactCommitment> commitments() {
    return List.of(
        commitment("IMS-A-01", MEMBER_STATE, ThematicArea.A, "A.1.1",
            "Dedicate a share of bilateral peace and security funding to women's organisations",
            2026, indicator("Share of funding to women's organisations", "percent", 4, 15, 9.5),
            "A4P.2"),
        commitment("IMS-B-01", MEMBER_STATE, ThematicArea.B, "B.1.2",
            "Include women mediators in every delegation the State supports", 2025,
            indicator("Delegations with women mediators", "percent", 20, 100, 100), "CTA.4"),
        commitment("IMS-D-01", MEMBER_STATE, ThematicArea.D, "D.2.1",
            "Raise the share of women among deployed police officers", 2026,
            indicator("Women among deployed police officers", "percent", 18, 30, 21), "A4P.2"),
        commitment("IMS-E-01", MEMBER_STATE, ThematicArea.E, "E.1.3",
            "Fund protection programmes for women human rights defenders", 2025,
            indicator("Defenders supported", "persons", 0, 400, 0), "CTA.2"),
        commitment("IWPN-C-01", NETWORK, ThematicArea.C, "C.1.1",
            "Run livelihood programmes for women in displacement settings", 2026,
            indicator("Women enrolled", "persons", 0, 2000, 1250), "CTA.2"),
        commitment("IWPN-B-01", NETWORK, ThematicArea.B, "B.2.1",
            "Convene women's consultations before each round of peace talks", null,
            indicator("Consultations held", "count", 0, 6, 7), "CTA.1"));
  }

  static CompactReport report() {
    return CompactReport.builder()
        .signatory(MEMBER_STATE)
        .reportingYear(Year.of(2024))
        .submitted(LocalDate.of(2025, 3, 31))
        .addEntries(
            ProgressEntry.builder().commitmentId("IMS-A-01").rating(ProgressRating.LIMITED)
                .note("Funding rose, but below the planned share").build(),
            ProgressEntry.builder().commitmentId("IMS-B-01").rating(ProgressRating.EXCEEDED)
                .note("Every supported delegation included women mediators").build(),
            ProgressEntry.of("IMS-D-01", ProgressRating.MET),
            ProgressEntry.builder().commitmentId("IMS-E-01").rating(ProgressRating.NO_PROGRESS)
                .note("Programme postponed to 2025").build())
        .build();
  }

  // ---- deployments (figures and contributing countries illustrative, seeded) ----

  private static final String[] COUNTRIES = {
      "BGD", "EGY", "GHA", "IDN", "IND", "MAR", "NPL", "PAK", "RWA", "SEN", "TZA", "ZMB"};

  static List<Object> monthly() {
    Random random = new Random(SEED);
    List<Object> out = new ArrayList<>();
    String[][] missions = {{"MINUSCA", "RWA", "ZMB"}, {"MONUSCO", "IND", "PAK"},
        {"UNMISS", "NPL", "GHA"}, {"UNIFIL", "IDN", "IND"}};
    for (int month = 1; month <= 12; month++) {
      LocalDate date = YearMonth.of(2024, month).atEndOfMonth();
      for (String[] mission : missions) {
        for (PersonnelType c : UNIFORMED) {
          for (int k = 1; k < mission.length; k++) {
            out.add(figures(random, mission[0], mission[k], c, date, month));
          }
        }
      }
    }
    return out;
  }

  /**
   * The parity analysis of the January 2024 records of {@link #monthly()} against the confirmed
   * UGPS targets (figures illustrative; no target is confirmed for 2024, so none is in force).
   */
  static ParityAnalysis januaryAnalysis() {
    List<Deployment> january = new ArrayList<>();
    for (Object o : monthly()) {
      Deployment d = (Deployment) o;
      if (d.reportingDate().getMonthValue() == 1) {
        january.add(d);
      }
    }
    return ParityAnalysis.of(january, ParityTargets.ugps());
  }

  static List<Object> batch() {
    Random random = new Random(SEED + 1);
    List<Object> out = new ArrayList<>();
    String[] missions = {"MINUSCA", "MONUSCO", "UNMISS", "UNIFIL", "UNISFA", "MINURSO"};
    for (int month = 1; month <= 12; month++) {
      LocalDate date = YearMonth.of(2025, month).atEndOfMonth();
      for (int m = 0; m < missions.length; m++) {
        for (PersonnelType c : UNIFORMED) {
          for (int k = 0; k < 10; k++) {
            String country = COUNTRIES[(m * 5 + k) % COUNTRIES.length];
            out.add(figures(random, missions[m], country, c, date, month));
          }
        }
      }
    }
    return out;
  }

  private static final PersonnelType[] UNIFORMED = {
      PersonnelType.MILITARY_CONTINGENTS,
      PersonnelType.MILITARY_OBSERVERS_AND_STAFF_OFFICERS,
      PersonnelType.FORMED_POLICE_UNITS,
      PersonnelType.INDIVIDUAL_POLICE_OFFICERS};

  /**
   * One plausible record: a size and a share of women typical of the category, with a slight upward
   * drift over the year. Illustrative only.
   */
  private static Deployment figures(Random random, String mission, String country,
      PersonnelType category, LocalDate date, int month) {
    int size;
    double share;
    switch (category) {
      case MILITARY_CONTINGENTS:
        size = 400 + random.nextInt(900);
        share = 0.04 + random.nextDouble() * 0.06;
        break;
      case MILITARY_OBSERVERS_AND_STAFF_OFFICERS:
        size = 8 + random.nextInt(30);
        share = 0.12 + random.nextDouble() * 0.14;
        break;
      case FORMED_POLICE_UNITS:
        size = 140 + random.nextInt(40);
        share = 0.08 + random.nextDouble() * 0.14;
        break;
      default:
        size = 10 + random.nextInt(50);
        share = 0.18 + random.nextDouble() * 0.16;
        break;
    }
    share += month * 0.001;
    int women = (int) Math.round(size * share);
    return deployment(mission, country, category, date, women, size - women);
  }

  // ---- deliberately invalid documents that decode but break a rule (see invalid/README.md) ----

  private static void invalid(Map<String, String> files) {
    Resolution catalog1820 = res(1820, 2008);
    files.put("invalid/s-res-1820-dated-2009.json", pretty(Resolution.builder().from(catalog1820)
        .symbol(sym(1820, 2009)).build()));
    files.put("invalid/minusca-mandate-before-its-resolution.json", pretty(
        Mandate.builder().from(minuscaMandate()).start(LocalDate.of(2014, 4, 1)).build()));
    files.put("invalid/minusma-mandate-past-closure.json", pretty(Mandate.builder()
        .mission(MissionAcronym.parse("MINUSMA")).authorisedBy(sym(2690, 2023))
        .start(LocalDate.of(2023, 6, 30)).end(LocalDate.of(2023, 12, 31))
        .addTasks(MandateTask.of(TaskCategory.OTHER, "Withdraw from Mali"))
        .build()));
    files.put("invalid/mandate-wps-task-cites-no-wps-resolution.json", pretty(Mandate.builder()
        .from(unifilMandate())
        .tasks(List.of(task(TaskCategory.GENDER_MAINSTREAMING,
            "Take gender into account as a cross-cutting issue", sym(2790, 2025))))
        .build()));
    files.put("invalid/minusma-table-after-withdrawal.json", pretty(GenderStaffingTable.builder()
        .from(minusmaTable()).asOf(LocalDate.of(2024, 3, 31)).build()));
    files.put("invalid/military-gender-adviser-in-police.json", pretty(table("UNMISS",
        LocalDate.of(2024, 6, 30),
        post("UNMISS", "GU-001", GenderRole.SENIOR_GENDER_ADVISER, MissionComponent.CIVILIAN,
            "P-5", ReportingLine.MISSION_LEADERSHIP, PostStatus.FILLED,
            GenderFunction.STRATEGIC_ADVICE),
        post("UNMISS", "POL-030", GenderRole.MILITARY_GENDER_ADVISER, MissionComponent.POLICE,
            "P-4", ReportingLine.POLICE_COMMISSIONER, PostStatus.FILLED,
            GenderFunction.TECHNICAL_GUIDANCE))));
    files.put("invalid/commitment-action-in-another-area.json", pretty(commitment(
        "IMS-B-02", MEMBER_STATE, ThematicArea.B, "A.1.2",
        "Train women negotiators for the next round of talks", 2026,
        indicator("Women negotiators trained", "persons", 0, 50, 10), "CTA.4")));
    files.put("invalid/report-before-launch.json", pretty(CompactReport.builder()
        .signatory(MEMBER_STATE).reportingYear(Year.of(2020)).build()));
    // Not "after closure": MINUSMA's figures of 2024 are its liquidation's, which WPS-PAR-002
    // accepts, and no mission of the catalog has a confirmed last day of presence.
    files.put("invalid/deployment-before-start.json", pretty(deployment("MINUSMA", "SEN",
        PersonnelType.FORMED_POLICE_UNITS, LocalDate.of(2012, 12, 31), 20, 120)));
    files.put("invalid/deployment-unknown-mission.json", pretty(deployment("UNTEST", "SEN",
        PersonnelType.INDIVIDUAL_POLICE_OFFICERS, LocalDate.of(2024, 6, 30), 5, 10)));
  }

  // ---- helpers ----

  private static Resolution res(int number, int year) {
    return CATALOG.resolution(sym(number, year)).orElseThrow();
  }

  private static ResolutionSymbol sym(int number, int year) {
    return ResolutionSymbol.of(number, year);
  }

  private static MandateTask task(TaskCategory c, String description, ResolutionSymbol... cited) {
    return MandateTask.builder().category(c).description(description).addCitedResolutions(cited)
        .build();
  }

  private static GenderStaffingTable table(String mission, LocalDate asOf, GenderPost... posts) {
    return GenderStaffingTable.builder().mission(MissionAcronym.parse(mission)).asOf(asOf)
        .addPosts(posts).build();
  }

  private static GenderPost post(String mission, String id, GenderRole role,
      MissionComponent component, String level, ReportingLine line, PostStatus status,
      GenderFunction... functions) {
    return GenderPost.builder().postId(mission + "-" + id).mission(MissionAcronym.parse(mission))
        .role(role).component(component).level(level).reportingLine(line).status(status)
        .addFunctions(functions).build();
  }

  private static CompactCommitment commitment(String id, String signatory, ThematicArea area,
      String action, String description, Integer targetYear, Indicator indicator, String policy) {
    // A null target year leaves it out: the Compact does not require one (issue #9).
    return CompactCommitment.builder().id(id).signatory(signatory).thematicArea(area)
        .action(FrameworkActionCode.parse(action)).description(description)
        .targetYear(Optional.ofNullable(targetYear).map(Year::of)).addIndicators(indicator)
        .addPolicyReferences(PolicyReference.parse(policy)).build();
  }

  private static Indicator indicator(String name, String unit, double baseline, double target,
      double latest) {
    return Indicator.builder().name(name).unit(unit).baseline(baseline).target(target)
        .latest(latest).build();
  }

  private static Deployment deployment(String mission, String country, PersonnelType c,
      LocalDate date, int women, int men) {
    return Deployment.builder().mission(MissionAcronym.parse(mission))
        .contributingCountry(CountryCode.parse(country)).personnelType(c).reportingDate(date)
        .women(women).men(men).build();
  }

  private static String pretty(Object document) {
    return JSON.encodePretty(document);
  }

  private static String ndjson(List<Object> documents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var writer = JSON.ndjsonWriter(out)) {
      for (Object d : documents) {
        writer.write(d);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
