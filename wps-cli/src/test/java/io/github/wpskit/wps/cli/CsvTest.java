package io.github.wpskit.wps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DPO's CSV tables in the tool: {@code validate} and {@code parity} read them, {@code convert}. */
class CsvTest {
  /** The real figures of the shared data, as wps-csv's tests keep them. */
  static final Path DPO = Path.of("../wps-csv/src/test/resources/dpo");
  static final Path MONTHLY = DPO.resolve("monthly-by-mission_2023-01_2024-06.csv");
  static final Path HDX = DPO.resolve("hdx-contributionsbygender_2023-01_2023-12.csv");
  static final Path DATA_HUB = DPO.resolve("datahub-uchistorical_2024-01_2024-06.csv");
  private static final String HEADER = "As_of,Mission,Country,Personnel_Type,Male,Female,Total";

  @TempDir
  Path dir;

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    return file;
  }

  @ParameterizedTest
  @CsvSource({
      "monthly-by-mission_2023-01_2024-06.csv, 16351, 'DPO monthly table): 16,351 rows read,"
          + " 16,351 deployments (0 repaired), 0 rows refused, 0 lines skipped'",
      "hdx-contributionsbygender_2023-01_2023-12.csv, 10989, 'HDX odp_contributionsbygender.csv):"
          + " 11,001 rows read, 10,989 deployments (6,228 repaired), 0 rows refused, 12 lines skipped'",
      "datahub-uchistorical_2024-01_2024-06.csv, 5362, 'Data Hub DPO-UCHISTORICAL): 5,366 rows"
          + " read, 5,362 deployments (2,841 repaired), 0 rows refused, 4 lines skipped'"})
  void theThreeRealFilesAreReadWholeAndEveryFindingNamesItsLine(
      String name, long deployments, String counts) {
    Path file = DPO.resolve(name);
    Cli text = Cli.run("validate", file.toString());
    assertThat(text.exitCode).as(text.toString()).isNotEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(text.out).startsWith(String.format(java.util.Locale.ROOT,
        "Read %,d documents from 1 input%n  %s (", deployments, file)).contains(counts)
        .doesNotContain("Could not be read");
    Cli json = Cli.run("validate", "--format", "json", file.toString());
    ValidationReport report = WpsJson.strict().decode(json.out, ValidationReport.class);
    assertThat(report.issues()).isNotEmpty().allSatisfy(i -> {
      assertThat(i.origin()).isPresent();
      assertThat(i.origin().get().file()).isEqualTo(file.toString());
      assertThat(i.origin().get().line().getAsLong()).isBetween(2L, 16_352L);
    });
    assertThat(json.err).startsWith("wps: read " + file + ": ");
  }

  @Test
  void theHdxRepairsAreCountedNotListedAsIssues() {
    Cli r = Cli.run("validate", HDX.toString());
    assertThat(r.out).contains("CSV reading (repairs and warnings, not validation issues):\n")
        .containsPattern("  +[0-9,]+  INFO     CSV-TRIMMED-CELL\n")
        .containsPattern("  +[0-9,]+  INFO     CSV-DATE-SPELLING\n")
        .containsPattern("  +[0-9,]+  INFO     CSV-BLANK-LINE\n")
        .doesNotContain(": INFO CSV-");
  }

  @Test
  void aRefusedRowAmongGoodOnesIsListedAndTheRestValidatedWithExitTwo() throws IOException {
    Path file = write("t.csv", HEADER, "31/01/2023,UNMISS,Ghana,Troops,700,50,750",
        "31/01/2023,UNMISS,Ghana,Other,7,4,11", "31/01/2023,UNMISS,Kenya,Troops,70,5,75");
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.out).startsWith("Read 2 documents from 1 input; 1 could not be read\n  " + file
        + " (DPO monthly table): 3 rows read, 2 deployments (0 repaired), 1 rows refused, 0 lines"
        + " skipped\n");
    assertThat(BadInputTest.unreadable(r)).containsExactly(file + ":3: CSV-UNKNOWN-PERSONNEL-TYPE"
        + " [Personnel_Type]: unknown personnel type 'Other' (DPO's values: Troops, Staff Officer,"
        + " Experts on Mission, Formed Police Units, Individual Police; closest: 'Troops'); row"
        + " refused");
    // The two good rows were validated: their batch's parity (troops, 2023) is judged, and skipped
    // because no target for 2023 is confirmed; the only error is the refused row.
    assertThat(r.out).contains(
        "Validation report: INVALID (errors: 1, warnings: 0, info: 0, skipped: 1)");
  }

  @Test
  void aHeaderOfNoLayoutIsOneReadErrorNamingTheClosest() throws IOException {
    Path file = write("t.csv", "As_of,Mision,Country,Personnel_Type,Male,Female,Total",
        "31/01/2023,UNMISS,Ghana,Troops,700,50,750");
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(BadInputTest.unreadable(r)).singleElement().asString().startsWith(file + ":1: the"
        + " header As_of,Mision,Country,Personnel_Type,Male,Female,Total matches no DPO layout;"
        + " closest: DPO monthly table");
  }

  @Test
  void csvOnStandardInputIsToldByItsContent() throws IOException {
    String csv = String.join("\n", HEADER, "31/01/2023,UNMISS,Ghana,Troops,700,50,750") + "\n";
    Cli r = Cli.runWithInput(csv, "validate", "-");
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).startsWith("Read 1 document from 1 input\n  - (DPO monthly table): 1 rows"
        .replace("1 rows", "1 row"));
  }

  @Test
  void parityReadsCsv() {
    Cli r = Cli.run("parity", MONTHLY.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).contains("\nRead 16,351 deployment records from 1 input\n");
  }

  @Test
  void convertTheMonthlyTableToNdjsonAndBackGivesTheFileByteForByte() throws IOException {
    Path ndjson = dir.resolve("monthly.ndjson");
    Cli toNdjson = Cli.run("convert", "--to", "ndjson", "-o", ndjson.toString(), MONTHLY.toString());
    assertThat(toNdjson.exitCode).as(toNdjson.toString()).isZero();
    assertThat(toNdjson.err).isEqualTo("wps: 16,351 deployments written as ndjson\n");
    assertThat(Files.readAllLines(ndjson)).hasSize(16_351)
        .allSatisfy(l -> assertThat(l).startsWith("{\"kind\":\"deployment\",\"formatVersion\":"));
    Cli validated = Cli.run("validate", ndjson.toString());
    Cli original = Cli.run("validate", MONTHLY.toString());
    assertThat(summaryCounts(validated)).isEqualTo(summaryCounts(original));

    Path back = dir.resolve("monthly.csv");
    Cli toCsv = Cli.run("convert", "--to", "MONTHLY", "-o", back.toString(), ndjson.toString());
    assertThat(toCsv.exitCode).as(toCsv.toString()).isZero();
    Path direct = dir.resolve("direct.csv");
    assertThat(Cli.run("convert", "--to", "monthly", "-o", direct.toString(), MONTHLY.toString())
        .exitCode).isZero();
    assertThat(Files.readAllBytes(direct)).isEqualTo(Files.readAllBytes(MONTHLY));
    // Through NDJSON the country names are DPO's usual ones, so compare the figures.
    assertThat(Cli.run("validate", back.toString()).out.lines()
        .filter(l -> l.startsWith("Validation report:")).findFirst())
        .isEqualTo(original.out.lines().filter(l -> l.startsWith("Validation report:")).findFirst());
  }

  private static List<String> summaryCounts(Cli r) {
    return r.out.lines().filter(l -> l.startsWith("Validation report:") || l.matches(" +[0-9,]+  [A-Z]+ +WPS-.*"))
        .collect(Collectors.toList());
  }

  @Test
  void convertToAnotherLayoutToStandardOutput() throws IOException {
    Path file = write("t.csv", HEADER, "31/01/2023,UNMISS,Ghana,Troops,700,50,750");
    Cli r = Cli.run("convert", "--to", "hdx", file.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).isEqualTo("Contributing_Country,ISOCode3,Mission_Acronym,Personnel_Type,"
        + "Female_Personnel,Male_Personnel,Last_Reporting_Date\nGhana,GHA,UNMISS,Troops,50,700,"
        + "31/01/2023\n");
  }

  @Test
  void convertNamesWhatItLeavesOutAndExitsTwo() throws IOException {
    Path file = write("t.csv", HEADER, "31/01/2023,UNMISS,Ghana,Troops,700,50,750",
        "31/01/2023,UNMISS,Ghana,Other,7,4,11");
    Path mission = Path.of(Cli.sample("missions/unifil.json"));
    Cli r = Cli.run("convert", "--to", "ndjson", file.toString(), mission.toString());
    assertThat(r.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.out.lines()).hasSize(1);
    assertThat(r.err.lines()).containsExactly(
        "wps: " + file + ":3: CSV-UNKNOWN-PERSONNEL-TYPE [Personnel_Type]: unknown personnel type"
            + " 'Other' (DPO's values: Troops, Staff Officer, Experts on Mission, Formed Police"
            + " Units, Individual Police; closest: 'Troops'); row refused",
        "wps: " + mission + ": a mission document, but convert reads deployments only",
        "wps: 1 deployment written as ndjson; 2 left out (above)");
  }

  @Test
  void convertRefusesAnUnknownTarget() {
    Cli r = Cli.run("convert", "--to", "xlsx", MONTHLY.toString());
    assertThat(r.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.err).startsWith("wps: Invalid value for option '--to': expected one of"
        + " [ndjson, hdx, datahub, monthly]");
  }
}
