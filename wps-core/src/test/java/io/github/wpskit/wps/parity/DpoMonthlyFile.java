package io.github.wpskit.wps.parity;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.PersonnelType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A test-only reader of one file: DPO's monthly table {@code monthly-by-mission_2023-01_2024-06.csv}
 * (copied from the shared real figures, {@code data/dpo/}, with {@code country-names.csv} for the
 * ISO codes). The project's CSV module reads DPO's tables in general; this reader knows only this
 * file's layout ({@code As_of,Mission,Country,Personnel_Type,Male,Female,Total}, no quoting) and
 * fails on anything else, so a test never runs on misread figures.
 */
final class DpoMonthlyFile {
  static final String MONTHLY = "/dpo/monthly-by-mission_2023-01_2024-06.csv";
  private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  /** One row as the file prints it, before any conversion but the numbers. */
  record Row(String asOf, String mission, String country, String type, int male, int female,
      int total) {}

  private DpoMonthlyFile() {}

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in = open(MONTHLY)) {
      String header = in.readLine();
      if (!"As_of,Mission,Country,Personnel_Type,Male,Female,Total".equals(header)) {
        throw new IllegalStateException("unexpected header " + header);
      }
      int line = 1;
      for (String s = in.readLine(); s != null; s = in.readLine()) {
        line++;
        String[] f = s.split(",", -1);
        if (f.length != 7) {
          throw new IllegalStateException("line " + line + ": " + f.length + " fields");
        }
        Row row = new Row(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]), Integer.parseInt(f[5]),
            Integer.parseInt(f[6]));
        if (row.male() + row.female() != row.total()) {
          throw new IllegalStateException("line " + line + ": total is not male plus female");
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static List<Deployment> deployments() {
    Map<String, CountryCode> codes = countryCodes();
    List<Deployment> out = new ArrayList<>();
    for (Row r : rows()) {
      out.add(Deployment.builder()
          .mission(MissionAcronym.parse(r.mission()))
          .contributingCountry(Objects.requireNonNull(codes.get(r.country()), r.country()))
          .personnelType(type(r.type()))
          .reportingDate(LocalDate.parse(r.asOf(), DAY_FIRST))
          .women(r.female())
          .men(r.male())
          .build());
    }
    return out;
  }

  static PersonnelType type(String dpo) {
    switch (dpo) {
      case "Troops":
        return PersonnelType.MILITARY_CONTINGENTS;
      case "Staff Officer":
        return PersonnelType.STAFF_OFFICERS;
      case "Experts on Mission":
        return PersonnelType.MILITARY_EXPERTS_ON_MISSION;
      case "Formed Police Units":
        return PersonnelType.FORMED_POLICE_UNITS;
      case "Individual Police":
        return PersonnelType.INDIVIDUAL_POLICE_OFFICERS;
      default:
        throw new IllegalStateException("unknown personnel type " + dpo);
    }
  }

  static LocalDate date(Row r) {
    return LocalDate.parse(r.asOf(), DAY_FIRST);
  }

  private static Map<String, CountryCode> countryCodes() {
    Map<String, CountryCode> codes = new HashMap<>();
    try (BufferedReader in = open("/dpo/country-names.csv")) {
      in.readLine();
      for (String s = in.readLine(); s != null; s = in.readLine()) {
        String[] f = s.split(",", -1);
        codes.put(f[0], CountryCode.parse(f[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return codes;
  }

  private static BufferedReader open(String resource) {
    InputStream in = DpoMonthlyFile.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
