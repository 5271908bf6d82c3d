package io.github.wpskit.wps.benchmarks;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.benchmarks.baseline.DeploymentRecord;
import io.github.wpskit.wps.benchmarks.baseline.HandWritten;
import io.github.wpskit.wps.benchmarks.baseline.MandateRecord;
import io.github.wpskit.wps.benchmarks.baseline.PersonnelKind;
import io.github.wpskit.wps.benchmarks.baseline.TaskKind;
import io.github.wpskit.wps.benchmarks.baseline.TaskRecord;
import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.gender.GenderFunction;
import io.github.wpskit.wps.gender.GenderPost;
import io.github.wpskit.wps.gender.GenderRole;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.gender.MissionComponent;
import io.github.wpskit.wps.gender.PostStatus;
import io.github.wpskit.wps.gender.ReportingLine;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.MandateTask;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.PersonnelType;
import io.github.wpskit.wps.mission.TaskCategory;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import io.github.wpskit.wps.parity.ParityTargets;
import io.github.wpskit.wps.policy.PolicyReference;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.validation.ValidationContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The documents every benchmark reads, built deterministically so that all runs and all three
 * implementations see the same bytes.
 *
 * <p>The mission is fictional, as in wps-json's golden files: the acronym {@code EXAMPLE}, resolutions
 * numbered 9980 and 9990 in 2089 and 2090, illustrative task wording. No UN fact is made up: the real
 * WPS resolutions the tasks cite come from the reference catalog, the parity targets from
 * {@code ParityTargets.ugps()} (the 2028 targets are in force for 2090), the country codes are ISO
 * 3166-1 codes with no claim about who deploys where.
 */
public final class Samples {
  /** The fictional mission. */
  public static final String MISSION = "EXAMPLE";
  /** The resolution that established it. */
  public static final String ESTABLISHED_BY = "S/RES/9980 (2089)";
  /** The resolution that authorised the mandate. */
  public static final String AUTHORISED_BY = "S/RES/9990 (2090)";
  /** The reporting date of the month of deployments validated as a mission's data. */
  public static final LocalDate MONTH_END = LocalDate.of(2090, 6, 30);
  /** Deployment records in one month: every country in every category with a target. */
  public static final int MONTH_SIZE = 160;

  /** The validator's clock: after everything above, so nothing is in the future. */
  public static final Clock CLOCK =
      Clock.fixed(LocalDate.of(2091, 1, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private static final String[] COUNTRIES = {
    "BGD", "NPL", "IND", "PAK", "RWA", "ETH", "GHA", "SEN", "EGY", "IDN",
    "CHN", "MAR", "TZA", "NGA", "ZMB", "KEN", "MNG", "BRA", "URY", "JOR",
    "TUN", "BFA", "TGO", "NER", "MWI", "ZAF", "FJI", "NOR", "SWE", "FIN",
    "IRL", "ITA", "FRA", "DEU", "GBR", "CAN", "ARG", "PER", "KOR", "JPN"
  };

  /** The categories with a 2028 parity target, and those targets in percent (UGPS). */
  private static final PersonnelKind[] CATEGORIES = {
    PersonnelKind.MILITARY_CONTINGENTS,
    PersonnelKind.MILITARY_OBSERVERS_AND_STAFF_OFFICERS,
    PersonnelKind.FORMED_POLICE_UNITS,
    PersonnelKind.INDIVIDUAL_POLICE_OFFICERS
  };

  private static final int[] TARGETS = {15, 25, 20, 30};

  private Samples() {}

  // ---- deployments ----

  /**
   * Returns the {@code i}-th generated deployment record. Every record is valid except every tenth
   * (i % 10 == 7), whose share of women is five points below the target in force (a WPS-PAR-001
   * warning); records 0 to 159 are the month ending {@link #MONTH_END}, later blocks of 160 the
   * other months of 2090 in turn.
   *
   * @param i the index, not negative
   * @return the record
   */
  public static DeploymentRecord deployment(int i) {
    int month = ((i / MONTH_SIZE) + 5) % 12;
    return deployment(i, YearMonth.of(2090, month + 1).atEndOfMonth());
  }

  /**
   * Returns the {@code i}-th generated deployment record with a given reporting date.
   *
   * @param i the index, not negative
   * @param date the reporting date
   * @return the record
   */
  public static DeploymentRecord deployment(int i, LocalDate date) {
    int c = (i / COUNTRIES.length) % CATEGORIES.length;
    int h = mix(i);
    int total = 20 + h % 900;
    int percent = i % 10 == 7 ? TARGETS[c] - 5 : TARGETS[c] + 1 + (h >>> 10) % 12;
    int women = (total * percent + 99) / 100;
    return new DeploymentRecord(
        "deployment", 1, MISSION, COUNTRIES[i % COUNTRIES.length], CATEGORIES[c], date, women,
        total - women);
  }

  /**
   * Returns the valid deployment record whose allocation the validation benchmark measures.
   *
   * @return the record
   */
  public static DeploymentRecord validDeployment() {
    return deployment(0, MONTH_END);
  }

  /**
   * Returns one month of deployment records, all dated {@link #MONTH_END}.
   *
   * @return {@link #MONTH_SIZE} records
   */
  public static List<DeploymentRecord> month() {
    List<DeploymentRecord> list = new ArrayList<>(MONTH_SIZE);
    for (int i = 0; i < MONTH_SIZE; i++) {
      list.add(deployment(i, MONTH_END));
    }
    return list;
  }

  private static int mix(int i) {
    int h = i * 0x9E3779B1;
    h ^= h >>> 15;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h & 0x7fffffff;
  }

  /**
   * Writes {@code count} generated deployment records as NDJSON (one compact document per line).
   *
   * @param out where to write
   * @param count how many
   */
  public static void writeNdjson(OutputStream out, int count) {
    try (var g = HandWritten.FACTORY.createGenerator(out)) {
      g.setRootValueSeparator(null);
      for (int i = 0; i < count; i++) {
        HandWritten.write(g, deployment(i));
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns {@code count} generated deployment records as NDJSON bytes.
   *
   * @param count how many
   * @return the bytes
   */
  public static byte[] ndjson(int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(count * 180);
    writeNdjson(out, count);
    return out.toByteArray();
  }

  // ---- the mandate ----

  /**
   * Returns the mandate document as a record: four strength ceilings and twelve tasks, six of them WPS
   * tasks citing WPS resolutions.
   *
   * @return the record
   */
  public static MandateRecord mandate() {
    Map<PersonnelKind, Integer> strength = new EnumMap<>(PersonnelKind.class);
    strength.put(PersonnelKind.MILITARY_CONTINGENTS, 14000);
    strength.put(PersonnelKind.MILITARY_OBSERVERS_AND_STAFF_OFFICERS, 450);
    strength.put(PersonnelKind.FORMED_POLICE_UNITS, 1600);
    strength.put(PersonnelKind.INDIVIDUAL_POLICE_OFFICERS, 600);
    List<TaskRecord> tasks = List.of(
        task(TaskKind.PROTECTION_OF_CIVILIANS,
            "Illustrative task: protect civilians under threat of physical violence, with specific"
                + " protection for women and children",
            List.of(), List.of("A4P.3")),
        task(TaskKind.GENDER_MAINSTREAMING,
            "Illustrative task: take fully into account gender considerations as a cross-cutting"
                + " issue throughout the mandate",
            List.of("S/RES/1325 (2000)", "S/RES/2242 (2015)"), List.of("A4P.2")),
        task(TaskKind.WOMENS_PARTICIPATION,
            "Illustrative task: support the full, equal and meaningful participation of women in the"
                + " political process",
            List.of("S/RES/1325 (2000)", "S/RES/2122 (2013)", "S/RES/2493 (2019)"),
            List.of("A4P.1", "A4P.2")),
        task(TaskKind.CRSV_MONITORING_AND_REPORTING,
            "Illustrative task: monitor, analyse and report on conflict-related sexual violence",
            List.of("S/RES/1820 (2008)", "S/RES/1960 (2010)", "S/RES/2467 (2019)"), List.of()),
        task(TaskKind.WOMEN_PROTECTION_ADVISERS,
            "Illustrative task: deploy Women Protection Advisers to work with the mission's"
                + " components",
            List.of("S/RES/1888 (2009)", "S/RES/1960 (2010)"), List.of()),
        task(TaskKind.SGBV_PROTECTION,
            "Illustrative task: prevent and respond to sexual and gender-based violence",
            List.of("S/RES/1820 (2008)", "S/RES/2106 (2013)"), List.of("A4P.3")),
        task(TaskKind.GENDER_RESPONSIVE_CONFLICT_ANALYSIS,
            "Illustrative task: integrate gender-responsive conflict analysis in mission planning",
            List.of("S/RES/2242 (2015)"), List.of()),
        task(TaskKind.POLITICAL_PROCESS,
            "Illustrative task: support the implementation of the peace agreement", List.of(),
            List.of("A4P.1")),
        task(TaskKind.HUMAN_RIGHTS,
            "Illustrative task: monitor, investigate and report on violations of human rights",
            List.of(), List.of()),
        task(TaskKind.SECURITY_SECTOR_REFORM,
            "Illustrative task: support security sector reform", List.of(), List.of()),
        task(TaskKind.DDR,
            "Illustrative task: support disarmament, demobilization and reintegration", List.of(),
            List.of()),
        task(TaskKind.HUMANITARIAN_SUPPORT,
            "Illustrative task: create the conditions for the delivery of humanitarian assistance",
            List.of(), List.of()));
    return new MandateRecord(
        "mandate", 1, MISSION, AUTHORISED_BY, LocalDate.of(2090, 4, 1), LocalDate.of(2091, 3, 31),
        strength, tasks);
  }

  private static TaskRecord task(
      TaskKind kind, String description, List<String> cited, List<String> policy) {
    return new TaskRecord(kind, description, cited, policy);
  }

  // ---- records to wps values ----

  /**
   * Converts a deployment record into the wps value.
   *
   * @param r the record
   * @return the value
   */
  public static Deployment toWps(DeploymentRecord r) {
    return Deployment.builder()
        .mission(MissionAcronym.parse(r.mission()))
        .contributingCountry(CountryCode.parse(r.contributingCountry()))
        .personnelType(PersonnelType.valueOf(r.category().name()))
        .reportingDate(r.reportingDate())
        .women(r.women())
        .men(r.men())
        .build();
  }

  /**
   * Converts a mandate record into the wps value.
   *
   * @param r the record
   * @return the value
   */
  public static Mandate toWps(MandateRecord r) {
    Mandate.Builder b = Mandate.builder()
        .mission(MissionAcronym.parse(r.mission()))
        .authorisedBy(ResolutionSymbol.parse(r.authorisedBy()))
        .start(r.start())
        .end(r.end());
    r.authorisedStrength().forEach((k, v) -> b.putAuthorisedStrength(
        PersonnelType.valueOf(k.name()), v));
    for (TaskRecord t : r.tasks()) {
      MandateTask.Builder tb = MandateTask.builder()
          .category(TaskCategory.valueOf(t.category().name()))
          .description(t.description());
      t.citedResolutions().forEach(s -> tb.addCitedResolutions(ResolutionSymbol.parse(s)));
      t.policyReferences().forEach(s -> tb.addPolicyReferences(PolicyReference.parse(s)));
      b.addTasks(tb.build());
    }
    return b.build();
  }

  // ---- the rest of the mission's data ----

  /**
   * Returns the fictional mission: multidimensional, established by {@link #ESTABLISHED_BY}.
   *
   * @return the mission
   */
  public static Mission mission() {
    return Mission.builder()
        .acronym(MissionAcronym.parse(MISSION))
        .name("Example Multidimensional Integrated Stabilization Mission")
        .host("Example")
        .addEstablishedBy(ResolutionSymbol.parse(ESTABLISHED_BY))
        .established(Year.of(2089))
        .started(LocalDate.of(2089, 7, 1))
        .multidimensional(true)
        .build();
  }

  /**
   * Returns the two fictional resolutions: the establishing one and the authorising one.
   *
   * @return the resolutions
   */
  public static List<Resolution> resolutions() {
    return List.of(
        Resolution.builder().symbol(ResolutionSymbol.parse(ESTABLISHED_BY))
            .adopted(LocalDate.of(2089, 6, 20)).wpsAgenda(false).build(),
        Resolution.builder().symbol(ResolutionSymbol.parse(AUTHORISED_BY))
            .adopted(LocalDate.of(2090, 3, 25)).wpsAgenda(false).build());
  }

  /**
   * Returns the mission's gender staffing table on 2090-06-30: a Senior Gender Adviser reporting to
   * mission leadership, the Gender Unit, military and police gender advisers and focal points, and
   * Women Protection Advisers; every senior post filled, no two posts alike.
   *
   * @return the table
   */
  public static GenderStaffingTable staffingTable() {
    GenderStaffingTable.Builder t = GenderStaffingTable.builder()
        .mission(MissionAcronym.parse(MISSION))
        .asOf(MONTH_END);
    t.addPosts(post("EX-SGA-001", GenderRole.SENIOR_GENDER_ADVISER, MissionComponent.CIVILIAN,
        "P-5", ReportingLine.MISSION_LEADERSHIP, PostStatus.FILLED,
        GenderFunction.STRATEGIC_ADVICE, GenderFunction.TECHNICAL_GUIDANCE,
        GenderFunction.MONITORING_AND_ACCOUNTABILITY));
    t.addPosts(post("EX-GAO-002", GenderRole.GENDER_AFFAIRS_OFFICER, MissionComponent.CIVILIAN,
        "P-4", ReportingLine.SENIOR_GENDER_ADVISER, PostStatus.FILLED,
        GenderFunction.TECHNICAL_GUIDANCE, GenderFunction.CONFLICT_ANALYSIS_AND_DATA));
    t.addPosts(post("EX-GAO-003", GenderRole.GENDER_AFFAIRS_OFFICER, MissionComponent.CIVILIAN,
        "P-3", ReportingLine.SENIOR_GENDER_ADVISER, PostStatus.VACANT,
        GenderFunction.CIVIL_SOCIETY_PARTNERSHIPS));
    t.addPosts(post("EX-MGA-004", GenderRole.MILITARY_GENDER_ADVISER, MissionComponent.MILITARY,
        "Lieutenant Colonel", ReportingLine.FORCE_COMMANDER, PostStatus.FILLED,
        GenderFunction.STRATEGIC_ADVICE, GenderFunction.SUPPORT_TO_WOMEN_PEACEKEEPERS));
    t.addPosts(post("EX-MGFP-005", GenderRole.MILITARY_GENDER_FOCAL_POINT,
        MissionComponent.MILITARY, "Major", ReportingLine.FORCE_COMMANDER, PostStatus.FILLED,
        GenderFunction.TECHNICAL_GUIDANCE));
    t.addPosts(post("EX-PGA-006", GenderRole.POLICE_GENDER_ADVISER, MissionComponent.POLICE,
        "P-4", ReportingLine.POLICE_COMMISSIONER, PostStatus.FILLED,
        GenderFunction.STRATEGIC_ADVICE, GenderFunction.SGBV_PROTECTION));
    t.addPosts(post("EX-SWPA-007", GenderRole.SENIOR_WOMEN_PROTECTION_ADVISER,
        MissionComponent.CIVILIAN, "P-5", ReportingLine.MISSION_LEADERSHIP, PostStatus.FILLED,
        GenderFunction.SGBV_PROTECTION, GenderFunction.MONITORING_AND_ACCOUNTABILITY));
    t.addPosts(post("EX-WPA-008", GenderRole.WOMEN_PROTECTION_ADVISER, MissionComponent.CIVILIAN,
        "P-4", ReportingLine.SENIOR_WOMEN_PROTECTION_ADVISER, PostStatus.FILLED,
        GenderFunction.SGBV_PROTECTION));
    t.addPosts(post("EX-WPA-009", GenderRole.WOMEN_PROTECTION_ADVISER, MissionComponent.CIVILIAN,
        "P-3", ReportingLine.SENIOR_WOMEN_PROTECTION_ADVISER, PostStatus.FILLED,
        GenderFunction.SGBV_PROTECTION, GenderFunction.CONFLICT_ANALYSIS_AND_DATA));
    return t.build();
  }

  private static GenderPost post(String id, GenderRole role, MissionComponent component,
      String level, ReportingLine line, PostStatus status, GenderFunction... functions) {
    return GenderPost.builder()
        .postId(id)
        .mission(MissionAcronym.parse(MISSION))
        .role(role)
        .component(component)
        .level(level)
        .reportingLine(line)
        .status(status)
        .addFunctions(functions)
        .build();
  }

  /**
   * Returns the validation context: the reference catalog, the fictional mission and its two
   * resolutions, and the fixed {@link #CLOCK}. The mandate and the staffing table are not in it: a
   * batch adds them ({@code Validator.validateAll}).
   *
   * @return the context
   */
  public static ValidationContext context() {
    // The fictional figures are of 2090: a user supplies that year's targets (here the 2028
    // values), since a target applies to its own year only.
    ParityTargets targets = ParityTargets.ugps();
    for (int c = 0; c < CATEGORIES.length; c++) {
      targets = targets.withTarget(ParityTarget.of(
          ParityTargetGroup.valueOf(CATEGORIES[c].name()), Year.of(MONTH_END.getYear()),
          TARGETS[c]));
    }
    return ValidationContext.builder()
        .clock(CLOCK)
        .parityTargets(targets)
        .addCatalog(ReferenceCatalog.standard())
        .add(mission())
        .addAll(resolutions())
        .build();
  }
}
