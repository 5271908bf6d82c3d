package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.CountryCode;
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
import io.github.wpskit.wps.mission.Closure;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.MandateTask;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.PersonnelType;
import io.github.wpskit.wps.mission.TaskCategory;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generators of valid-by-construction objects of every kind (they satisfy every invariant,
 * not necessarily every rule), drawing acronyms, symbols and names from small pools so that objects
 * refer to each other, to the reference catalog, and to nothing known.
 */
final class Generators {
  private static final String[] MISSIONS = {
      "UNMISS", "MINUSCA", "MINUSMA", "UNAMID", "UNIFIL", "UNTSO", "UNTM", "UNCM", "UNXX", "UNG1"};
  private static final String[] COUNTRIES = {"RWA", "SEN", "GHA", "IND", "NPL", "BGD", "FRA"};
  private static final String[] SIGNATORIES = {"Norway", "Sweden", "Finland", "Chile", "Canada"};
  private static final int[][] SYMBOLS = {
      {1325, 2000}, {1820, 2008}, {1888, 2009}, {1960, 2010}, {2538, 2020}, {1996, 2011},
      {90001, 2020}, {90002, 2021}, {90003, 2019}, {90500, 2021}};

  private final Random random;

  Generators(long seed) {
    this.random = new Random(seed);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private MissionAcronym acronym() {
    return MissionAcronym.parse(pick(MISSIONS));
  }

  private ResolutionSymbol symbol() {
    int[] s = SYMBOLS[random.nextInt(SYMBOLS.length)];
    return ResolutionSymbol.of(s[0], s[1]);
  }

  private LocalDate date(int fromYear, int years) {
    return LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt(years * 365));
  }

  Mission mission() {
    Mission.Builder b = Mission.builder().acronym(acronym()).name("Generated mission").host("Somewhere");
    LocalDate started = date(1948, 78);
    if (random.nextBoolean()) {
      b.established(Year.of(started.getYear()));
    }
    if (random.nextBoolean()) {
      b.started(started);
    }
    for (int k = random.nextInt(3); k > 0; k--) {
      b.addEstablishedBy(symbol());
    }
    if (random.nextInt(3) == 0) {
      LocalDate ended = started.plusDays(random.nextInt(20_000));
      Closure.Builder c = Closure.builder().mandateEnded(ended);
      if (random.nextBoolean()) {
        c.withdrawalDeadline(ended.plusDays(random.nextInt(400)));
      }
      if (random.nextBoolean()) {
        c.decidedBy(symbol());
      }
      b.closure(c.build());
    }
    if (random.nextBoolean()) {
      b.multidimensional(random.nextBoolean());
    }
    return b.build();
  }

  Mandate mandate() {
    LocalDate start = date(2000, 30);
    Mandate.Builder b = Mandate.builder().mission(acronym()).authorisedBy(symbol()).start(start)
        .end(start.plusDays(random.nextInt(800)));
    for (int k = random.nextInt(4); k > 0; k--) {
      MandateTask.Builder t = MandateTask.builder().category(pick(TaskCategory.values()))
          .description("Generated task");
      List<ResolutionSymbol> cited = new ArrayList<>();
      for (int j = random.nextInt(3); j > 0; j--) {
        ResolutionSymbol s = symbol();
        if (!cited.contains(s)) {
          cited.add(s);
        }
      }
      b.addTasks(t.addAllCitedResolutions(cited).build());
    }
    if (random.nextBoolean()) {
      b.putAuthorisedStrength(pick(PersonnelType.values()), random.nextInt(20_000));
    }
    return b.build();
  }

  GenderStaffingTable table() {
    MissionAcronym mission = acronym();
    GenderStaffingTable.Builder b =
        GenderStaffingTable.builder().mission(mission).asOf(date(2000, 30));
    for (int k = random.nextInt(8); k > 0; k--) {
      GenderPost.Builder p = GenderPost.builder().postId("P-" + k).mission(mission)
          .role(pick(GenderRole.values())).component(pick(MissionComponent.values()))
          .reportingLine(pick(ReportingLine.values())).status(pick(PostStatus.values()));
      if (random.nextBoolean()) {
        p.level(random.nextBoolean() ? "P-4" : "P-5");
      }
      if (random.nextBoolean()) {
        p.addFunctions(pick(GenderFunction.values()));
      }
      b.addPosts(p.build());
    }
    return b.build();
  }

  Signatory signatory() {
    Signatory.Builder b = Signatory.builder().name(pick(SIGNATORIES)).kind(pick(SignatoryKind.values()));
    if (random.nextBoolean()) {
      b.country(CountryCode.parse(pick(COUNTRIES)));
    }
    return b.build();
  }

  private String commitmentId() {
    return pick(SIGNATORIES).substring(0, 3).toUpperCase(java.util.Locale.ROOT) + "-"
        + random.nextInt(6);
  }

  private double value() {
    return random.nextInt(5) == 0 ? 10 : random.nextInt(100) - 20 + random.nextDouble();
  }

  CompactCommitment commitment() {
    char letter = (char) ('A' + random.nextInt(5));
    CompactCommitment.Builder b = CompactCommitment.builder().id(commitmentId())
        .signatory(pick(SIGNATORIES)).thematicArea(pick(ThematicArea.values()))
        .action(FrameworkActionCode.of(letter, 1 + random.nextInt(99), 1 + random.nextInt(99)))
        .description("Generated commitment")
        .targetYear(random.nextInt(5) == 0 ? java.util.Optional.empty()
            : java.util.Optional.of(Year.of(random.nextInt(10) == 0 ? 1946 + random.nextInt(8054)
                : 2018 + random.nextInt(12))));
    for (int k = random.nextInt(4); k > 0; k--) {
      Indicator.Builder i = Indicator.builder().name("Indicator " + k).baseline(value())
          .target(value());
      if (random.nextBoolean()) {
        i.latest(value());
      }
      if (random.nextBoolean()) {
        i.unit("percent");
      }
      b.addIndicators(i.build());
    }
    return b.build();
  }

  CompactReport report() {
    CompactReport.Builder b = CompactReport.builder().signatory(pick(SIGNATORIES))
        .reportingYear(Year.of(random.nextInt(10) == 0 ? 1946 + random.nextInt(8054)
            : 2018 + random.nextInt(12)));
    if (random.nextBoolean()) {
      b.submitted(date(2020, 8));
    }
    List<String> ids = new ArrayList<>();
    for (int k = random.nextInt(5); k > 0; k--) {
      String id = commitmentId();
      if (!ids.contains(id)) {
        ids.add(id);
        b.addEntries(ProgressEntry.of(id, pick(ProgressRating.values())));
      }
    }
    return b.build();
  }

  Deployment deployment() {
    int women = random.nextInt(10) == 0 ? 0 : random.nextInt(200);
    int men = random.nextInt(10) == 0 ? 0 : random.nextInt(2000);
    if (random.nextInt(1000) == 0) {
      women = Deployment.MAX_COUNT;
      men = Deployment.MAX_COUNT;
    }
    return Deployment.builder().mission(acronym()).contributingCountry(CountryCode.parse(pick(COUNTRIES)))
        .personnelType(pick(PersonnelType.values())).reportingDate(date(1975, 55))
        .women(women).men(men).build();
  }

  /** A resolution of any shape (see {@link ValidatorTest#mixedResolutions}). */
  io.github.wpskit.wps.resolution.Resolution resolution() {
    return ValidatorTest.mixedResolutions(1, random.nextLong()).get(0);
  }

  /** One object of a random kind, resolutions included. */
  Object any() {
    switch (random.nextInt(9)) {
      case 0:
        return mission();
      case 1:
        return mandate();
      case 2:
        return table();
      case 3:
        return signatory();
      case 4:
        return commitment();
      case 5:
        return report();
      case 6:
        return deployment();
      case 7:
        return resolution();
      default:
        return deployment();
    }
  }

  /** A list of objects of random kinds. */
  List<Object> mixed(int n) {
    List<Object> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(any());
    }
    return list;
  }
}
