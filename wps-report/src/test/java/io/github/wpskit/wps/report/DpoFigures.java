package io.github.wpskit.wps.report;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.PersonnelType;
import io.github.wpskit.wps.parity.Deployment;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test-only reader of DPO's real monthly table in the project's shared data
 * ({@code ../shared/data/dpo/monthly-by-mission_2023-01_2024-06.csv}, beside the repository, with
 * {@code country-names.csv} for the ISO codes). It knows this one file's layout
 * ({@code As_of,Mission,Country,Personnel_Type,Male,Female,Total}, no quoting) and fails on
 * anything else, so no test runs on misread figures; reading DPO's tables in general is wps-csv's
 * concern.
 */
final class DpoFigures {
  static final String MONTHLY = "monthly-by-mission_2023-01_2024-06.csv";
  private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final Map<String, PersonnelType> TYPES = Map.of(
      "Troops", PersonnelType.MILITARY_CONTINGENTS,
      "Staff Officer", PersonnelType.STAFF_OFFICERS,
      "Experts on Mission", PersonnelType.MILITARY_EXPERTS_ON_MISSION,
      "Formed Police Units", PersonnelType.FORMED_POLICE_UNITS,
      "Individual Police", PersonnelType.INDIVIDUAL_POLICE_OFFICERS);

  private DpoFigures() {}

  /** The shared data folder, if this checkout has one beside it. */
  static Optional<Path> folder() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path dpo = p.resolve("shared/data/dpo");
      if (Files.isRegularFile(dpo.resolve(MONTHLY))) {
        return Optional.of(dpo);
      }
    }
    return Optional.empty();
  }

  /** Reads every row of the monthly table as a deployment record. */
  static List<Deployment> read(Path folder) throws IOException {
    Map<String, CountryCode> countries = countries(folder.resolve("country-names.csv"));
    List<Deployment> list = new ArrayList<>(16_400);
    try (BufferedReader in = Files.newBufferedReader(folder.resolve(MONTHLY),
        StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (!"As_of,Mission,Country,Personnel_Type,Male,Female,Total".equals(header)) {
        throw new IllegalStateException(MONTHLY + ": unexpected header " + header);
      }
      int line = 1;
      for (String s = in.readLine(); s != null; s = in.readLine()) {
        line++;
        String[] f = s.split(",", -1);
        if (f.length != 7) {
          throw new IllegalStateException(MONTHLY + ":" + line + ": " + f.length + " fields");
        }
        CountryCode country = countries.get(f[2]);
        PersonnelType type = TYPES.get(f[3]);
        if (country == null || type == null) {
          throw new IllegalStateException(MONTHLY + ":" + line + ": unknown " + f[2] + "/" + f[3]);
        }
        int men = Integer.parseInt(f[4]);
        int women = Integer.parseInt(f[5]);
        if (men + women != Integer.parseInt(f[6])) {
          throw new IllegalStateException(MONTHLY + ":" + line + ": total is not male + female");
        }
        list.add(Deployment.builder()
            .reportingDate(LocalDate.parse(f[0], DAY_FIRST))
            .mission(MissionAcronym.parse(f[1]))
            .contributingCountry(country)
            .personnelType(type)
            .women(women)
            .men(men)
            .build());
      }
    }
    return list;
  }

  private static Map<String, CountryCode> countries(Path file) throws IOException {
    Map<String, CountryCode> map = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (!lines.get(0).startsWith("name,iso3")) {
      throw new IllegalStateException(file + ": unexpected header " + lines.get(0));
    }
    for (String s : lines.subList(1, lines.size())) {
      String[] f = s.split(",", -1);
      if (f.length != 3) {
        throw new IllegalStateException(file + ": not name,iso3,source: " + s);
      }
      map.put(f[0], CountryCode.parse(f[1]));
    }
    return map;
  }
}
