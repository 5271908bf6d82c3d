package io.github.wpskit.wps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.wpskit.wps.csv.DeploymentReader;
import io.github.wpskit.wps.csv.DpoCsv;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityTally;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import io.github.wpskit.wps.parity.ParityTargets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wps parity}: the analysis as DPO measures it (overall, by contributing country with DPO's
 * colour status, by mission), as text and CSV, on DPO's real monthly file and on small batches
 * built to sit on the boundaries.
 */
class ParityCommandTest {
  private static final String MONTHLY = CsvTest.MONTHLY.toString();
  private static final String HEADER = "As_of,Mission,Country,Personnel_Type,Male,Female,Total";
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  @TempDir
  Path dir;

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  /**
   * Troops and police in June 2024 built to sit on DPO's boundaries against a 10% target for troops:
   * exactly at the target, one woman short, no women, exactly 0.1% women, just under 0.1%, nobody;
   * and police, for whom no target is known.
   */
  private Path boundaries() throws IOException {
    return write("june.csv", HEADER,
        "30/06/2024,UNMISS,Ghana,Troops,90,10,100",
        "30/06/2024,UNMISS,Kenya,Troops,91,9,100",
        "30/06/2024,UNMISS,Rwanda,Troops,50,0,50",
        "30/06/2024,UNMISS,Nepal,Troops,999,1,1000",
        "30/06/2024,UNMISS,India,Troops,1000,1,1001",
        "30/06/2024,UNMISS,Bangladesh,Troops,0,0,0",
        "30/06/2024,UNMISS,Pakistan,Individual Police,8,2,10",
        "30/06/2024,UNMISS,Senegal,Individual Police,5,0,5");
  }

  private Path troopTarget(String name, double percentage) throws IOException {
    return write(name, "{\"kind\":\"parity-targets\",\"formatVersion\":1,\"targets\":[{\"category\":"
        + "\"military-contingents\",\"year\":2024,\"percentage\":" + percentage + "}]}");
  }

  /** The lines of one table: from the line after its title to the first line not indented. */
  private static List<String> table(Cli r, String titleStart) {
    List<String> lines = r.out.lines().collect(Collectors.toList());
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(titleStart)) {
        start = i;
        break;
      }
    }
    assertThat(start).as("no line starting '%s' in%n%s", titleStart, r).isNotNegative();
    List<String> table = new ArrayList<>();
    for (int i = start + 1; i < lines.size() && lines.get(i).startsWith("  "); i++) {
      table.add(lines.get(i));
    }
    return table;
  }

  private static List<List<String>> csvRows(String text) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class).readValues(text)) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void theRealMonthlyFileGivesDposJuneFigures() {
    Cli r = Cli.run("parity", MONTHLY);
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).startsWith("Parity of uniformed personnel as DPO measures it (wps ")
        .contains("\nRead 16,351 deployment records from 1 input\n  " + MONTHLY
            + " (DPO monthly table): 16,351 rows read, 16,351 deployments (0 repaired), 0 rows"
            + " refused, 0 lines skipped\n"
            + "Months: 17, 2023-01 to 2024-06 (no figures for 2023-09)\n"
            + "Targets: the confirmed UGPS targets the library ships (2021, 2022, 2028); none"
            + " supplied\n"
            + "No confirmed target for 2023, 2024 (every group): supply them with --targets FILE"
            + " (a parity-targets\n")
        .doesNotContain("NaN");
    List<String> overall = table(r, "Overall: ");
    assertThat(overall.get(0)).matches(" +month +Troops +UNMEM\\+SO +FPU +IPO");
    assertThat(overall.get(1)).matches(
        " +2023 target( +no confirmed target){4}");
    // DPO's June 2024 figures (the data README's table): troops, staff officers and experts on
    // mission together, formed police units, individual police officers.
    assertThat(overall).filteredOn(l -> l.startsWith("  2024-06")).singleElement().asString()
        .matches(" +2024-06 +4,094/52,744 +7\\.76% +671/2,806 +23\\.91% +760/4,452 +17\\.07%"
            + " +557/1,786 +31\\.18%");
    assertThat(overall).filteredOn(l -> l.matches("  20\\d\\d-\\d\\d .*")).hasSize(17);
    // The default country table: the latest month, at most 20 rows, and how to see the rest.
    List<String> countries = table(r, "Contributing countries in 2024-06, all missions: 270 rows"
        + " (red 29, target unknown 233, no personnel 8), most in need first");
    assertThat(countries.get(0)).matches(
        " +status +group +country +women +total +share +target +shortfall");
    assertThat(countries.subList(1, 21)).allMatch(l -> l.startsWith("  red "));
    assertThat(countries.get(1)).matches(" +red +Troops +TUR Turkiye +0 +97 +0\\.00%"
        + " +no confirmed target +-");
    assertThat(countries.get(21)).isEqualTo("  (the first 20 of 270: --max-rows N shows more,"
        + " --all-months every month, --format csv all rows)");
    assertThat(r.out.lines().count()).isLessThan(70);
  }

  @Test
  void statusesAtTheirBoundariesMostInNeedFirst() throws IOException {
    Cli r = Cli.run("parity", boundaries().toString(), troopTarget("t.json", 10).toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(table(r, "Contributing countries in 2024-06")).containsExactly(
        "  status          group   country         women  total   share  target"
            + "               shortfall",
        "  under 0.1%      Troops  IND India           1  1,001   0.09%  10% supplied"
            + "               100",
        "  yellow          Troops  NPL Nepal           1  1,000   0.10%  10% supplied"
            + "                99",
        "  red             Troops  RWA Rwanda          0     50   0.00%  10% supplied"
            + "                 5",
        "  yellow          Troops  KEN Kenya           9    100   9.00%  10% supplied"
            + "                 1",
        "  red             IPO     SEN Senegal         0      5   0.00%  no confirmed target"
            + "          -",
        "  target unknown  IPO     PAK Pakistan        2     10  20.00%  no confirmed target"
            + "          -",
        "  green           Troops  GHA Ghana          10    100  10.00%  10% supplied"
            + "                 0",
        "  no personnel    Troops  BGD Bangladesh      0      0       -  10% supplied"
            + "                 -",
        "  Status, as DPO colours a country: green meets or exceeds the target; yellow 0.1% or"
            + " more women;",
        "  red no women. Left open by DPO's rule: under 0.1% (women, fewer than 0.1%); target"
            + " unknown (no",
        "  confirmed target: green and yellow cannot be told apart); no personnel (a total of 0)."
            + " Shortfall:",
        "  how many more women at the same total would meet the target.");
    assertThat(r.out).contains("Contributing countries in 2024-06, all missions: 8 rows (red 2,"
        + " under 0.1% 1, yellow 2, target unknown 1, green 1, no personnel 1), most in need"
        + " first\n")
        .contains("; 1 supplied: 2024 Troops 10% (" + dir.resolve("t.json") + ")\n")
        .contains("No confirmed target for 2024 (IPO): supply them with --targets FILE");
    // Overall: 21 women of 2,251 troops (0.9329...%), 2 of 15 police.
    assertThat(table(r, "Overall: ")).containsExactly(
        "  month                 Troops                  IPO",
        "  2024 target     10% supplied  no confirmed target",
        "  2024-06      21/2,251  0.93%         2/15  13.33%",
        "  Troops: military contingents; IPO: individual police officers.");
  }

  @Test
  void aSuppliedTargetChangesTheStatuses() throws IOException {
    Path june = boundaries();
    Cli without = Cli.run("parity", "--format", "csv", "--by", "country", june.toString());
    Cli with = Cli.run("parity", "--format", "csv", "--by", "country", june.toString(),
        "--targets", troopTarget("t.json", 10).toString());
    Cli lower = Cli.run("parity", "--format", "csv", "--by", "country", june.toString(),
        "--targets", troopTarget("t.json", 9).toString());
    Map<String, String> before = statuses(without);
    Map<String, String> after = statuses(with);
    Map<String, String> at9 = statuses(lower);
    assertThat(before).containsEntry("GHA", "target-unknown").containsEntry("KEN", "target-unknown")
        .containsEntry("RWA", "red").containsEntry("NPL", "target-unknown")
        .containsEntry("IND", "target-unknown").containsEntry("BGD", "no-personnel");
    assertThat(after).containsEntry("GHA", "green").containsEntry("KEN", "yellow")
        .containsEntry("RWA", "red").containsEntry("NPL", "yellow")
        .containsEntry("IND", "below-yellow-threshold").containsEntry("BGD", "no-personnel");
    // 9 of 100 is exactly 9%: green at a 9% target.
    assertThat(at9).containsEntry("KEN", "green").containsEntry("GHA", "green");
    // Police have no target in either run.
    assertThat(after).containsEntry("PAK", "target-unknown").containsEntry("SEN", "red");
  }

  private static Map<String, String> statuses(Cli r) throws IOException {
    assertThat(r.exitCode).as(r.toString()).isZero();
    Map<String, String> m = new HashMap<>();
    for (List<String> row : csvRows(r.out).subList(1, csvRows(r.out).size())) {
      m.put(row.get(3), row.get(11));
    }
    return m;
  }

  @Test
  void twoSuppliedValuesForOneYearAreAProblemAndTheFirstIsKept() throws IOException {
    Path ten = troopTarget("ten.json", 10);
    Path nine = troopTarget("nine.json", 9);
    Cli r = Cli.run("parity", boundaries().toString(), ten.toString(), nine.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(BadInputTest.unreadable(r)).containsExactly(nine + ": a second target for military"
        + " contingents in 2024 (9%), beside 10% from " + ten + "; the first is kept");
    assertThat(r.out).contains("  green           Troops  GHA Ghana ");
  }

  @Test
  void csvHasOneRowPerAnalysisRowAndReadsBack() throws IOException {
    Cli r = Cli.run("parity", "--format", "CSV", boundaries().toString(),
        troopTarget("t.json", 17.5).toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).startsWith("scope,month,group,contributing_country,mission,women,total,"
        + "share,target,target_source,shortfall,status\r\n");
    assertThat(r.out.replace("\r\n", "")).doesNotContain("\n");
    List<List<String>> rows = csvRows(r.out);
    assertThat(rows.get(0)).isEqualTo(ParityCsv.COLUMNS);
    // 2 overall rows, 2 mission rows (UNMISS troops, police), 8 country rows.
    assertThat(rows).hasSize(1 + 2 + 2 + 8);
    assertThat(rows.get(1)).containsExactly("overall", "2024-06", "military-contingents", "", "",
        "21", "2251", "0.9329", "17.5", "supplied", "373", "");
    assertThat(rows.get(2)).containsExactly("overall", "2024-06", "individual-police-officers",
        "", "", "2", "15", "13.3333", "", "", "", "");
    assertThat(rows.get(3)).containsExactly("mission", "2024-06", "military-contingents", "",
        "UNMISS", "21", "2251", "0.9329", "17.5", "supplied", "373", "");
    assertThat(rows.subList(5, 13)).extracting(row -> String.join(" ", row.get(0), row.get(3),
        row.get(5), row.get(6), row.get(7), row.get(10), row.get(11))).containsExactly(
            "country BGD 0 0   no-personnel",
            "country GHA 10 100 10.0000 8 yellow",
            "country IND 1 1001 0.0999 175 below-yellow-threshold",
            "country KEN 9 100 9.0000 9 yellow",
            "country NPL 1 1000 0.1000 174 yellow",
            "country RWA 0 50 0.0000 9 red",
            "country PAK 2 10 20.0000  target-unknown",
            "country SEN 0 5 0.0000  red");
    assertThat(r.err).contains("wps: read " + dir.resolve("june.csv") + ": 8 documents\n");
  }

  @Test
  void csvOfTheRealFileAddsUpAndMatchesTheFilesOwnSums() throws IOException {
    Cli r = Cli.run("parity", "--format", "csv", MONTHLY);
    assertThat(r.exitCode).as(r.toString()).isZero();
    List<List<String>> rows = csvRows(r.out);
    // The file's own sums per month and group, read from its text columns.
    Map<String, long[]> file = new HashMap<>();
    List<String> lines = Files.readAllLines(CsvTest.MONTHLY);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",");
      String month = c[0].substring(6, 10) + "-" + c[0].substring(3, 5);
      String group = c[3].equals("Troops") ? "military-contingents"
          : c[3].equals("Formed Police Units") ? "formed-police-units"
          : c[3].equals("Individual Police") ? "individual-police-officers"
          : "military-observers-and-staff-officers";
      long[] s = file.computeIfAbsent(month + " " + group, k -> new long[2]);
      s[0] += Long.parseLong(c[5]);
      s[1] += Long.parseLong(c[6]);
    }
    Map<String, Map<String, long[]>> byScope = new HashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      long[] s = byScope.computeIfAbsent(row.get(0), k -> new HashMap<>())
          .computeIfAbsent(row.get(1) + " " + row.get(2), k -> new long[2]);
      s[0] += Long.parseLong(row.get(5));
      s[1] += Long.parseLong(row.get(6));
    }
    assertThat(byScope.keySet()).containsExactlyInAnyOrder("overall", "mission", "country");
    assertThat(file).hasSize(17 * 4);
    for (String scope : byScope.keySet()) {
      assertThat(byScope.get(scope)).as(scope).hasSameSizeAs(file);
      file.forEach((key, sums) -> assertThat(byScope.get(scope).get(key)).as(scope + " " + key)
          .containsExactly(sums));
    }
    assertThat(r.out).contains("\r\noverall,2024-06,military-contingents,,,4094,52744,7.7620,,,,\r\n"
        + "overall,2024-06,military-observers-and-staff-officers,,,671,2806,23.9130,,,,\r\n"
        + "overall,2024-06,formed-police-units,,,760,4452,17.0709,,,,\r\n"
        + "overall,2024-06,individual-police-officers,,,557,1786,31.1870,,,,\r\n");
  }

  @Test
  void jsonIsOneParityAnalysisDocumentOfTheWholeAnalysis() throws IOException {
    Cli r = Cli.run("parity", "--format", "JSON", MONTHLY);
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).startsWith("{\n  \"kind\": \"parity-analysis\",\n  \"formatVersion\": 1,\n")
        .endsWith("}\n");
    ParityAnalysis decoded = WpsJson.strict().decode(r.out, ParityAnalysis.class);
    ParityAnalysis expected;
    try (DeploymentReader rows = DpoCsv.read(CsvTest.MONTHLY)) {
      ParityTally tally = ParityTally.create();
      rows.forEachRemaining(row -> tally.add(row.deployment()));
      expected = tally.toAnalysis(ParityTargets.ugps());
    }
    assertThat(decoded).isEqualTo(expected);
    assertThat(decoded.deployments()).isEqualTo(16_351);
    assertThat(decoded.overall(YearMonth.of(2024, 6), ParityTargetGroup.MILITARY_CONTINGENTS))
        .hasValueSatisfying(row -> {
          assertThat(row.women()).isEqualTo(4_094);
          assertThat(row.total()).isEqualTo(52_744);
          assertThat(row.target()).isEmpty();
        });
    assertThat(r.err).isEqualTo("wps: read " + MONTHLY + ": 16,351 documents\nwps: " + MONTHLY
        + " (DPO monthly table): 16,351 rows read, 16,351 deployments (0 repaired), 0 rows"
        + " refused, 0 lines skipped\n");
  }

  @Test
  void jsonCarriesTheSuppliedTargetsAndIsPrintedEvenWhenALineIsBad() throws IOException {
    Path targets = troopTarget("t.json", 10);
    Path file = write("bad.csv", HEADER, "30/06/2024,UNMISS,Ghana,Troops,90,10,100",
        "30/06/2024,UNMISS,Ghana,Other,1,1,2", "30/06/2024,UNMISS,Kenya,Troops,91,9,100");
    Cli r = Cli.run("parity", "--format", "json", "--targets", targets.toString(), file.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    ParityAnalysis decoded = WpsJson.strict().decode(r.out, ParityAnalysis.class);
    assertThat(decoded.deployments()).isEqualTo(2);
    assertThat(decoded.byCountry()).extracting(row -> row.contributingCountry().orElseThrow()
        + " " + row.status().orElseThrow() + " " + row.target().orElseThrow().percentage())
        .containsExactly("GHA GREEN 10.0", "KEN YELLOW 10.0");
    assertThat(r.err).contains("wps: target supplied: 2024 military contingents 10% (" + targets
        + ")\n").contains("wps: " + file + ":3: CSV-UNKNOWN-PERSONNEL-TYPE");
    Cli nothing = Cli.run("parity", "--format", "json", dir.resolve("missing.csv").toString());
    assertThat(nothing.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(WpsJson.strict().decode(nothing.out, ParityAnalysis.class).deployments()).isZero();
    assertThat(nothing.err).endsWith("wps: " + dir.resolve("missing.csv") + ": file not found\n");
  }

  @Test
  void jsonIsTheWholeAnalysisSoTheViewOptionsAreRefused() {
    Cli r = Cli.run("parity", "--format", "json", "--month", "2024-06", MONTHLY);
    assertThat(r.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.out).isEmpty();
    assertThat(r.err).startsWith("wps: --format json writes the whole analysis as one"
        + " parity-analysis document; --by, --month and --all-months choose the text tables and"
        + " the CSV rows\n");
  }

  @Test
  void anUnreadableLineAmongGoodOnesIsListedAndTheRestAnalysedWithExitTwo() throws IOException {
    String good = "{\"kind\":\"deployment\",\"formatVersion\":1,\"mission\":\"UNMISS\","
        + "\"contributingCountry\":\"GHA\",\"category\":\"military-contingents\","
        + "\"reportingDate\":\"2024-06-30\",\"women\":%d,\"men\":%d}";
    Path file = write("batch.ndjson", String.format(good, 10, 90),
        "{\"kind\":\"deployment\",\"formatVersion\":1,\"mission\":\"UNMISS\"",
        String.format(good, 5, 45));
    Cli r = Cli.run("parity", file.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.out).contains("Read 2 deployment records from 1 input; 1 could not be read or"
        + " used (listed at the end)\n");
    assertThat(table(r, "Overall: ")).anyMatch(l -> l.matches(" +2024-06 +15/150 +10\\.00%"));
    assertThat(BadInputTest.unreadable(r)).singleElement().asString()
        .startsWith(file + ":2:").contains("MALFORMED_JSON");
    assertThat(r.out.strip()).endsWith(BadInputTest.unreadable(r).get(0));
    // CSV: the same analysis on standard output, the read error on standard error.
    Cli csv = Cli.run("parity", "--format", "csv", file.toString());
    assertThat(csv.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(csv.out).contains("\r\noverall,2024-06,military-contingents,,,15,150,10.0000,");
    assertThat(csv.err).contains("wps: " + file + ":2:");
  }

  @Test
  void manyRefusedRowsAreListedUpToALimitAndCounted() throws IOException {
    List<String> lines = new ArrayList<>(List.of(HEADER, "30/06/2024,UNMISS,Ghana,Troops,90,10,100"));
    for (int i = 0; i < 250; i++) {
      lines.add("30/06/2024,UNMISS,Ghana,Other,1,1,2");
    }
    Path file = write("many.csv", lines.toArray(new String[0]));
    Cli r = Cli.run("parity", file.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.out).contains("Read 1 deployment record from 1 input; 250 could not be read or"
        + " used (listed at the end)\n").contains("\nCould not be read or used (250):\n");
    List<String> listed = BadInputTest.unreadable(r);
    assertThat(listed).hasSize(ParityBatch.MAX_PROBLEMS_LISTED + 1);
    assertThat(listed.get(0)).startsWith(file + ":3: CSV-UNKNOWN-PERSONNEL-TYPE [Personnel_Type]:");
    assertThat(listed.get(ParityBatch.MAX_PROBLEMS_LISTED)).isEqualTo("... and 50 more");
  }

  @Test
  void anotherKindOfDocumentIsListedNotAnalysed() throws IOException {
    Cli r = Cli.run("parity", Cli.sample("missions/minusca.json"), boundaries().toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(BadInputTest.unreadable(r)).containsExactly(Cli.sample("missions/minusca.json")
        + ": a mission document, but parity reads deployment and parity-targets documents only");
    Cli targets = Cli.run("parity", "--targets", boundaries().toString(), boundaries().toString());
    assertThat(targets.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(BadInputTest.unreadable(targets)).hasSize(8).first().asString().isEqualTo(
        dir.resolve("june.csv") + ":2: a deployment document, but --targets reads parity-targets"
            + " documents only");
  }

  @Test
  void anUnknownMonthIsAUsageErrorNamingTheMonthsRead() {
    Cli r = Cli.run("parity", "--month", "2024-07", MONTHLY);
    assertThat(r.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.out).isEmpty();
    assertThat(r.err).startsWith("wps: No figures for 2024-07 in the inputs: their months are"
        + " 2023-01 to 2024-06 (--month YYYY-MM)\n");
    Cli bad = Cli.run("parity", "--month", "June", MONTHLY);
    assertThat(bad.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(bad.err).startsWith("wps: Invalid value for option '--month': 'June' is not a month"
        + " (YYYY-MM, such as 2024-06)\n");
    Cli both = Cli.run("parity", "--month", "2024-06", "--all-months", MONTHLY);
    assertThat(both.err).startsWith("wps: --month and --all-months exclude each other");
  }

  @Test
  void chosenMonthAndViews() {
    Cli r = Cli.run("parity", "--by", "Mission,OVERALL", "--month", "2023-10", MONTHLY);
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).doesNotContain("Contributing countries");
    List<String> overall = table(r, "Overall: ");
    assertThat(overall.get(1)).startsWith("  2023 target ");
    assertThat(overall.get(2)).startsWith("  2023-10 ");
    assertThat(overall.get(3)).startsWith("  Troops: military contingents; ");
    List<String> missions = table(r, "Missions in 2023-10: ");
    assertThat(missions.get(1)).matches(" +2023 target( +no confirmed target)+");
    assertThat(missions).anyMatch(l -> l.startsWith("  MINUSCA "))
        .anyMatch(l -> l.startsWith("  UNMISS "));
    Cli all = Cli.run("parity", "--by", "country", "--all-months", "--max-rows", "0", MONTHLY);
    assertThat(all.out.lines().filter(l -> l.startsWith("Contributing countries in "))).hasSize(17);
    assertThat(all.out).doesNotContain("Overall: ", "  status ");
  }

  @Test
  void standardInputAndDirectories() throws IOException {
    String csv = String.join("\n", HEADER, "30/06/2024,UNMISS,Ghana,Troops,90,10,100") + "\n";
    Cli r = Cli.runWithInput(csv, "parity", "-");
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).contains("  - (DPO monthly table): 1 row");
    assertThat(table(r, "Overall: ")).anyMatch(l -> l.matches(" +2024-06 +10/100 +10\\.00%"));
    Path sub = Files.createDirectories(dir.resolve("figures"));
    Files.copy(boundaries(), sub.resolve("june.csv"));
    Files.copy(troopTarget("t.json", 10), sub.resolve("targets.json"));
    Cli d = Cli.run("parity", sub.toString());
    assertThat(d.exitCode).as(d.toString()).isZero();
    assertThat(d.out).contains("  green           Troops  GHA Ghana ");
  }
}
