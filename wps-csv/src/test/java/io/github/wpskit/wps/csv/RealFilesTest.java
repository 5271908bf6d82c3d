package io.github.wpskit.wps.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.mission.PersonnelType;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The three real DPO files of {@code src/test/resources/dpo} (copied from the project's shared
 * data, with their README): exact counts, every row a deployment or a reported refusal, and the
 * sums per personnel type and month equal to the sums of the file computed here independently of the
 * reader (plain line splitting and java.time's formatters).
 */
class RealFilesTest {
  static final String MONTHLY = "monthly-by-mission_2023-01_2024-06.csv";
  static final String HDX = "hdx-contributionsbygender_2023-01_2023-12.csv";
  static final String DATA_HUB = "datahub-uchistorical_2024-01_2024-06.csv";

  /** DPO's spelling to category, kept here apart from the reader's own table. */
  static final Map<String, PersonnelType> TYPES = Map.of(
      "Troops", PersonnelType.MILITARY_CONTINGENTS,
      "Staff Officer", PersonnelType.STAFF_OFFICERS,
      "Experts on Mission", PersonnelType.MILITARY_EXPERTS_ON_MISSION,
      "Formed Police Units", PersonnelType.FORMED_POLICE_UNITS,
      "Individual Police", PersonnelType.INDIVIDUAL_POLICE_OFFICERS);

  static String dpoName(PersonnelType type) {
    for (Map.Entry<String, PersonnelType> e : TYPES.entrySet()) {
      if (e.getValue() == type) {
        return e.getKey();
      }
    }
    throw new AssertionError(type);
  }

  static Path file(String name) {
    try {
      return Path.of(RealFilesTest.class.getResource("/dpo/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a read gave: the rows, the summary and every finding. */
  record Read(List<DeploymentRow> rows, CsvReadSummary summary, List<CsvFinding> findings) {}

  static Read read(String name) throws IOException {
    List<CsvFinding> all = new ArrayList<>();
    List<DeploymentRow> rows = new ArrayList<>();
    try (DeploymentReader reader =
        DpoCsv.read(file(name), CsvReadOptions.defaults().withFindingListener(all::add))) {
      reader.forEachRemaining(rows::add);
      return new Read(rows, reader.summary(), all);
    }
  }

  /** The file's own sums: "type|yyyy-MM" to {women, men}, from the lines split by hand. */
  static Map<String, long[]> fileSums(String name, int type, int women, int men, int date)
      throws IOException {
    Map<String, long[]> sums = new TreeMap<>();
    List<String> lines = Files.readAllLines(file(name), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", -1);
      if (line.isBlank() || line.replace(",", "").isBlank()) {
        continue;
      }
      String key = c[type].strip() + "|" + month(c[date].strip());
      long[] s = sums.computeIfAbsent(key, k -> new long[2]);
      s[0] += Long.parseLong(c[women].strip());
      s[1] += Long.parseLong(c[men].strip());
    }
    return sums;
  }

  static YearMonth month(String date) {
    DateTimeFormatter f = date.contains("/")
        ? DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT)
        : DateTimeFormatter.ofPattern("d-MMM-yy", Locale.ENGLISH);
    return YearMonth.from(LocalDate.parse(date, f));
  }

  /** The reader's sums in the same shape, the type written back as DPO spells it. */
  static Map<String, long[]> readerSums(List<DeploymentRow> rows) {
    Map<String, long[]> sums = new TreeMap<>();
    for (DeploymentRow r : rows) {
      Deployment d = r.deployment();
      String key = dpoName(d.personnelType()) + "|" + YearMonth.from(d.reportingDate());
      long[] s = sums.computeIfAbsent(key, k -> new long[2]);
      s[0] += d.women();
      s[1] += d.men();
    }
    return sums;
  }

  static Map<String, List<Long>> asLists(Map<String, long[]> sums) {
    Map<String, List<Long>> m = new TreeMap<>();
    sums.forEach((k, v) -> m.put(k, List.of(v[0], v[1])));
    return m;
  }

  @Test
  void monthlyTableReadsEveryRowAsADeployment() throws IOException {
    Read r = read(MONTHLY);
    assertThat(r.summary().layout()).isEqualTo(CsvLayout.MONTHLY_TABLE);
    assertThat(r.summary().rows()).isEqualTo(16_351);
    assertThat(r.summary().deployments()).isEqualTo(16_351);
    assertThat(r.summary().refusedRows()).isZero();
    assertThat(r.summary().repairedRows()).isZero();
    assertThat(r.summary().skippedLines()).isZero();
    assertThat(r.findings()).isEmpty();
    assertThat(r.rows().get(0).line()).isEqualTo(2);
    assertThat(r.rows().get(r.rows().size() - 1).line()).isEqualTo(16_352);
    assertThat(asLists(readerSums(r.rows())))
        .isEqualTo(asLists(fileSums(MONTHLY, 3, 5, 4, 0)));
  }

  @Test
  void monthlyTableGivesTheReadmeTableOfJune2024() throws IOException {
    Map<String, long[]> june = new HashMap<>();
    for (DeploymentRow row : read(MONTHLY).rows()) {
      Deployment d = row.deployment();
      if (YearMonth.from(d.reportingDate()).equals(YearMonth.of(2024, 6))) {
        long[] s = june.computeIfAbsent(dpoName(d.personnelType()), k -> new long[2]);
        s[0] += d.women();
        s[1] += d.total();
      }
    }
    assertThat(asLists(june)).isEqualTo(Map.of(
        "Troops", List.of(4_094L, 52_744L),
        "Staff Officer", List.of(351L, 1_648L),
        "Experts on Mission", List.of(320L, 1_158L),
        "Formed Police Units", List.of(760L, 4_452L),
        "Individual Police", List.of(557L, 1_786L)));
  }

  @Test
  void hdxFileReadsWithItsRepairsCountedAndItsBlankLinesSkipped() throws IOException {
    Read r = read(HDX);
    List<String> lines = Files.readAllLines(file(HDX), StandardCharsets.UTF_8);
    long blank = 0;
    long empty = 0;
    long trimmed = 0;
    long hyphenated = 0;
    long repairedRows = 0;
    for (String line : lines.subList(1, lines.size())) {
      if (line.isEmpty()) {
        blank++;
      } else if (line.replace(",", "").isEmpty()) {
        empty++;
      } else {
        String[] c = line.split(",", -1);
        boolean trim = false;
        for (String cell : c) {
          trim |= !cell.equals(cell.strip());
          trimmed += cell.equals(cell.strip()) ? 0 : 1;
        }
        boolean hyphen = c[6].contains("-");
        hyphenated += hyphen ? 1 : 0;
        repairedRows += trim || hyphen ? 1 : 0;
      }
    }
    assertThat(r.summary().layout()).isEqualTo(CsvLayout.HDX);
    assertThat(r.summary().rows()).isEqualTo(lines.size() - 1).isEqualTo(11_001);
    assertThat(r.summary().deployments()).isEqualTo(10_989);
    assertThat(r.summary().refusedRows()).isZero();
    assertThat(r.summary().skippedLines()).isEqualTo(blank + empty).isEqualTo(12);
    assertThat(r.summary().count(CsvFindingCode.BLANK_LINE)).isEqualTo(blank).isEqualTo(7);
    assertThat(r.summary().count(CsvFindingCode.EMPTY_CELLS)).isEqualTo(empty).isEqualTo(5);
    assertThat(r.summary().count(CsvFindingCode.TRIMMED_CELL)).isEqualTo(trimmed).isEqualTo(533);
    assertThat(r.summary().count(CsvFindingCode.DATE_SPELLING)).isEqualTo(hyphenated);
    assertThat(r.summary().repairedRows()).isEqualTo(repairedRows);
    assertThat(r.summary().count(Severity.WARNING)).isZero();
    assertThat(r.summary().count(Severity.ERROR)).isZero();
    assertThat(r.findings()).hasSize((int) (blank + empty + trimmed + hyphenated));
    assertThat(r.findings()).filteredOn(f -> f.code() == CsvFindingCode.BLANK_LINE)
        .extracting(CsvFinding::line)
        .containsExactly(568L, 829L, 1211L, 1558L, 3429L, 8079L, 8860L);
    assertThat(r.findings()).filteredOn(f -> f.code() == CsvFindingCode.EMPTY_CELLS)
        .extracting(CsvFinding::toString)
        .containsExactly(
            HDX_PATH + ":1947: INFO CSV-EMPTY-CELLS: line of 7 empty cells skipped",
            HDX_PATH + ":2513: INFO CSV-EMPTY-CELLS: line of 7 empty cells skipped",
            HDX_PATH + ":2814: INFO CSV-EMPTY-CELLS: line of 7 empty cells skipped",
            HDX_PATH + ":7770: INFO CSV-EMPTY-CELLS: line of 7 empty cells skipped",
            HDX_PATH + ":10085: INFO CSV-EMPTY-CELLS: line of 7 empty cells skipped");
    assertThat(asLists(readerSums(r.rows()))).isEqualTo(asLists(fileSums(HDX, 3, 4, 5, 6)));
  }

  static final String HDX_PATH = file(HDX).toString();

  @Test
  void dataHubFileKeepsItsContributionIds() throws IOException {
    Read r = read(DATA_HUB);
    assertThat(r.summary().layout()).isEqualTo(CsvLayout.DATA_HUB);
    assertThat(r.summary().rows()).isEqualTo(5_366);
    assertThat(r.summary().deployments()).isEqualTo(5_362);
    assertThat(r.summary().refusedRows()).isZero();
    assertThat(r.summary().skippedLines()).isEqualTo(4);
    assertThat(r.summary().count(CsvFindingCode.BLANK_LINE)).isEqualTo(4);
    assertThat(r.summary().count(CsvFindingCode.TRIMMED_CELL)).isEqualTo(282);
    Set<String> ids = new HashSet<>();
    for (DeploymentRow row : r.rows()) {
      ids.add(row.sourceId().orElseThrow());
    }
    assertThat(ids).hasSize(5_362);
    DeploymentRow first = r.rows().get(0);
    assertThat(first.sourceId()).hasValue("100000");
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.countryName()).isEqualTo("Benin");
    assertThat(first.deployment().id()).isEqualTo("BINUH BEN individual-police-officers 2024-01-31");
    assertThat(asLists(readerSums(r.rows()))).isEqualTo(asLists(fileSums(DATA_HUB, 4, 5, 6, 7)));
  }

  @Test
  void monthlyTableEqualsTheHdxAndDataHubFilesOnTheirMonths() throws IOException {
    Set<Deployment> monthly2023 = new HashSet<>();
    Set<Deployment> monthly2024 = new HashSet<>();
    for (DeploymentRow row : read(MONTHLY).rows()) {
      (row.deployment().reportingDate().getYear() == 2023 ? monthly2023 : monthly2024)
          .add(row.deployment());
    }
    Set<Deployment> hdx = new HashSet<>();
    read(HDX).rows().forEach(row -> hdx.add(row.deployment()));
    Set<Deployment> dataHub = new HashSet<>();
    read(DATA_HUB).rows().forEach(row -> dataHub.add(row.deployment()));
    assertThat(monthly2023).hasSize(10_989);
    assertThat(monthly2024).hasSize(5_362);
    assertThat(hdx).isEqualTo(monthly2023);
    assertThat(dataHub).isEqualTo(monthly2024);
  }

  @Test
  void theShippedCountryNamesAreTheSharedFile() throws IOException {
    try (InputStream shipped = CountryNames.class.getResourceAsStream("country-names.csv")) {
      List<String> lines = List.of(new String(shipped.readAllBytes(), StandardCharsets.UTF_8)
          .split("\n"));
      assertThat(lines).hasSize(153).first().isEqualTo("name,iso3,source");
      assertThat(CountryNames.dpo().names()).hasSize(152);
    }
  }
}
