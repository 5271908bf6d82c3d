package io.github.wpskit.wps.cli;

import static io.github.wpskit.wps.cli.Cli.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.validation.Origin;
import io.github.wpskit.wps.validation.RuleId;
import io.github.wpskit.wps.validation.ValidationIssue;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code wps validate} on batches as people have them: partly unreadable, large, from standard
 * input or directories, documents in any order; every finding names its file and line.
 */
class BatchTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String GOOD = "{\"kind\":\"deployment\",\"formatVersion\":1,"
      + "\"mission\":\"MINUSCA\",\"contributingCountry\":\"ZMB\",\"category\":\"military-contingents\","
      + "\"reportingDate\":\"2024-12-31\",\"women\":%d,\"men\":900}";
  /** A real data error the catalog knows: figures dated the day before UNMISS began. */
  private static final String BEFORE_START = "{\"kind\":\"deployment\",\"formatVersion\":1,"
      + "\"mission\":\"UNMISS\",\"contributingCountry\":\"RWA\",\"category\":\"military-contingents\","
      + "\"reportingDate\":\"2011-07-08\",\"women\":10,\"men\":900}";

  @TempDir
  Path dir;

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static String good(int women) {
    return String.format(GOOD, women);
  }

  /**
   * Three good lines, two bad ones: the report covers all five, exit 2. The good ones are of 2024,
   * a year without a known parity target, so WPS-PAR-001 is skipped for the batch.
   */
  private Path partlyBad() throws IOException {
    return write("figures.ndjson", good(100), "{\"kind\":\"deployment\",", good(50),
        good(-4).replace("-4", "\"many\""), good(120));
  }

  @Test
  void unreadableLinesAmongGoodOnesGiveTheReportOnTheGoodOnesAndTheReadErrorsWithExitTwo()
      throws IOException {
    Path file = partlyBad();
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.err).isEmpty();
    assertThat(r.out).startsWith("Read 3 documents from 1 input; 2 could not be read\n")
        .contains("Validation report: INVALID (errors: 2, warnings: 0, info: 0, skipped: 1)\n")
        .contains("          2  ERROR    WPS-SYS-003  ")
        .contains("  (unread)               2          0          0\n");
    assertThat(BadInputTest.unreadable(r)).hasSize(2)
        .allSatisfy(l -> assertThat(l).startsWith(file + ":"));
    assertThat(BadInputTest.unreadable(r).get(0)).startsWith(file + ":2:");
    assertThat(BadInputTest.unreadable(r).get(1)).startsWith(file + ":4:")
        .contains(": DOES_NOT_FIT at $.women: ");
  }

  @Test
  void theJsonReportIsOneDocumentWithTheReadErrorsAndTheOriginOfEveryIssue() throws IOException {
    Path file = partlyBad();
    Cli r = Cli.run("validate", "--format", "json", file.toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    ValidationReport report = WpsJson.strict().decode(r.out, ValidationReport.class);
    assertThat(report.isValid()).isFalse();
    assertThat(report.issues()).extracting(i -> i.ruleId().toString(), i -> i.origin().get())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("WPS-SYS-003",
                report.issues().stream().filter(i -> i.ruleId().equals(RuleId.parse("WPS-SYS-003")))
                    .map(i -> i.origin().get()).filter(o -> o.line().getAsLong() == 2)
                    .findFirst().orElseThrow()),
            org.assertj.core.groups.Tuple.tuple("WPS-SYS-003",
                report.issues().stream().filter(i -> i.ruleId().equals(RuleId.parse("WPS-SYS-003")))
                    .map(i -> i.origin().get()).filter(o -> o.line().getAsLong() == 4)
                    .findFirst().orElseThrow()));
    ValidationIssue bad = report.issues().stream()
        .filter(i -> i.origin().get().line().getAsLong() == 4).findFirst().orElseThrow();
    assertThat(bad.origin().get().column()).isPresent();
    assertThat(bad.location()).hasToString("$.women");
    assertThat(bad.message()).startsWith("Cannot be read: DOES_NOT_FIT: ");
    assertThat(r.err).isEqualTo("wps: read " + file + ": 3 documents\n");
  }

  @Test
  void nothingReadableStillGivesOneJsonReport() {
    Path missing = dir.resolve("missing.ndjson");
    Cli r = Cli.run("validate", "--format", "json", missing.toString());
    assertThat(r.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    ValidationReport report = WpsJson.strict().decode(r.out, ValidationReport.class);
    assertThat(report.issues()).singleElement().satisfies(i -> {
      assertThat(i.ruleId()).hasToString("WPS-SYS-003");
      assertThat(i.message()).isEqualTo("Cannot be read: file not found");
      assertThat(i.origin()).contains(Origin.of(missing.toString()));
    });
  }

  @Test
  void readErrorsWinOverDataErrorsAndDataErrorsOverNone() throws IOException {
    Path closed = write("early.ndjson", BEFORE_START);
    Path bad = write("bad.ndjson", "{");
    Path fine = write("fine.ndjson", good(100));
    assertThat(Cli.run("validate", fine.toString()).exitCode).isEqualTo(ExitCodes.OK);
    assertThat(Cli.run("validate", closed.toString()).exitCode).isEqualTo(ExitCodes.DATA_ERRORS);
    Cli both = Cli.run("validate", closed.toString(), bad.toString());
    assertThat(both.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(both.out).contains("ERROR WPS-PAR-004 at $.reportingDate", "Could not be read (1):");
  }

  @Test
  void aJsonFileIssueNamesTheFileAndAnNdjsonIssueItsLine() throws IOException {
    Path lines = write("early.ndjson", good(100), BEFORE_START);
    Path single = write("early.json", BEFORE_START);
    Cli r = Cli.run("validate", "--format", "json", lines.toString(), single.toString());
    ValidationReport report = WpsJson.strict().decode(r.out, ValidationReport.class);
    assertThat(report.issues()).filteredOn(i -> i.ruleId().toString().equals("WPS-PAR-004"))
        .extracting(i -> i.origin().get())
        .containsExactlyInAnyOrder(Origin.of(lines.toString(), 2), Origin.of(single.toString()));
  }

  /**
   * Documents refer to each other in any order: deployments of the caller's own mission listed
   * before the mission document are judged against it (the batch is read again), as after it.
   */
  @Test
  void documentsThatOthersReferToMayComeAfterThem() throws IOException {
    String mission = "{\"kind\":\"mission\",\"formatVersion\":1,\"acronym\":\"UNTEST\","
        + "\"name\":\"United Nations Test Mission\",\"host\":\"Cyprus\",\"hostCountries\":[\"CYP\"],"
        + "\"establishedBy\":[\"S/RES/2538 (2020)\"],\"established\":2020}";
    String figures = good(100).replace("MINUSCA", "UNTEST");
    Path before = write("before.ndjson", figures, mission);
    Path after = write("after.ndjson", mission, figures);
    Path alone = write("alone.ndjson", figures);
    Cli unknown = Cli.run("validate", alone.toString());
    assertThat(unknown.out).contains("ERROR WPS-PAR-003 at $.mission");
    for (Path file : List.of(before, after)) {
      Cli r = Cli.run("validate", file.toString());
      assertThat(r.exitCode).as(r.toString()).isZero();
      assertThat(r.out).doesNotContain("WPS-PAR-003");
    }
    // The mission in a file of its own, named after the figures, does the same.
    Path missionFile = write("mission.json", mission);
    assertThat(Cli.run("validate", alone.toString(), missionFile.toString()).exitCode).isZero();
  }

  @Test
  void standardInputIsReadByItsContent() throws IOException {
    String ndjson = Files.readString(Path.of(sample("deployments/monthly-2024.ndjson")));
    Cli r = Cli.runWithInput(ndjson, "validate", "--max-issues", "1", "-");
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).startsWith("Read 384 documents from 1 input\n  -: 384 documents\n")
        .contains("Validation report: VALID (errors: 0, warnings: 0, info: 0, skipped: 4)");
    String json = Files.readString(Path.of(sample("gender/minusma-2023-03-31.json")));
    Cli table = Cli.runWithInput(json, "validate", "-");
    assertThat(table.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(table.out).contains("  -: WARNING WPS-MSN-003 at $.posts (MINUSMA 2023-03-31): ");
  }

  @Test
  void directoriesAreReadRecursivelyByKnownExtensions() throws IOException {
    write("batch/a.ndjson", good(100), good(120));
    write("batch/deeper/b.JSON", BEFORE_START);
    write("batch/deeper/notes.txt", "not read");
    Cli r = Cli.run("validate", dir.resolve("batch").toString());
    assertThat(r.exitCode).as(r.toString()).isEqualTo(ExitCodes.DATA_ERRORS);
    assertThat(r.out).startsWith("Read 3 documents from 2 inputs\n"
        + "  " + dir.resolve("batch/a.ndjson") + ": 2 documents\n"
        + "  " + dir.resolve("batch/deeper/b.JSON") + ": 1 document\n");
  }

  @Test
  void ndjsonIsRecognisedByItsContent() throws IOException {
    Path file = write("figures.json", good(100), good(120));
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).contains("  " + file + ": 2 documents\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "JSON", "Json"})
  void optionValuesInAnyCase(String format) {
    Cli r = Cli.run("validate", "--format", format, sample("resolutions/s-res-1325-2000.json"));
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).startsWith("{");
  }

  @Test
  void mistypedCommandsAndOptionsGetSuggestions() {
    Cli command = Cli.run("validat", "x.json");
    assertThat(command.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(command.err.lines()).contains("Did you mean: validate or catalog?");
    Cli option = Cli.run("validate", "--formt", "json", "x.json");
    assertThat(option.err.lines()).containsExactly("wps: Unknown option: '--formt'",
        "Did you mean: --format?", "Try 'wps validate --help' for usage.");
  }

  @Test
  void maxIssuesLimitsTheTextDetailOnly() throws IOException {
    String file = write("early.ndjson", BEFORE_START, BEFORE_START, BEFORE_START).toString();
    Cli none = Cli.run("validate", "--max-issues", "0", file);
    assertThat(none.out).contains("Issues (the first 0 of 3;").doesNotContain("ERROR WPS-PAR-004 at");
    Cli all = Cli.run("validate", "--max-issues", "1000", file);
    assertThat(all.out.lines().filter(l -> l.contains(": ERROR WPS-PAR-004 at "))).hasSize(3);
    Cli negative = Cli.run("validate", "--max-issues", "-1", file);
    assertThat(negative.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(negative.err).startsWith("wps: Invalid value for option '--max-issues': -1 (must not"
        + " be negative)\n");
  }

  /** The summary comes first: severity counts, then by rule, then by mission, then the detail. */
  @Test
  void theSummaryComesBeforeTheDetail() throws IOException {
    Cli r = Cli.run("validate", sample("deployments/batch-2025.ndjson"),
        write("early.ndjson", BEFORE_START).toString());
    List<String> lines = r.out.lines().collect(Collectors.toList());
    int report = lines.indexOf(lines.stream().filter(l -> l.startsWith("Validation report:"))
        .findFirst().orElseThrow());
    assertThat(lines.indexOf("By rule:")).isGreaterThan(report);
    assertThat(lines.indexOf("By mission:        errors   warnings       info"))
        .isGreaterThan(lines.indexOf("By rule:"));
    assertThat(lines.stream().filter(l -> l.startsWith("Issues")).findFirst()).isPresent();
    assertThat(report).isLessThan(5);
  }

  /** One line means one line: raw line breaks in a file name, a JSON path and a warning. */
  @Test
  void controlCharactersAreEscapedInEveryMessage() throws IOException {
    Path file = write("two\nlines\u001b.json", "{\"kind\": ");
    Cli r = Cli.run("validate", file.toString());
    String escaped = file.toString().replace("\n", "\\n").replace("\u001b", "\\u001b");
    assertThat(BadInputTest.unreadable(r)).singleElement().asString()
        .startsWith(escaped + ":2:1: MALFORMED_JSON at $.kind: ");
    assertThat(r.out).doesNotContain("\u001b").contains("  " + escaped + ": 0 documents\n");

    String field = good(100).replace("\"men\"", "\"co\\nmment\":1,\"men\"");
    Path odd = write("odd.ndjson", field);
    Cli strict = Cli.run("validate", odd.toString());
    assertThat(BadInputTest.unreadable(strict)).singleElement().asString()
        .startsWith(odd + ":1:").contains("co\\nmment").doesNotContain("\n");
    Cli lenient = Cli.run("validate", "--lenient", odd.toString());
    assertThat(lenient.out).contains("Warnings of the lenient read (1):\n  " + odd
        + ":1: Unknown field 'co\\nmment' at $ was kept\n");
    Cli json = Cli.run("validate", "--lenient", "--format", "json", odd.toString());
    assertThat(json.err.lines()).contains("wps: warning: " + odd
        + ":1: Unknown field 'co\\nmment' at $ was kept");
  }

  @Test
  void theOneLineEscapes() {
    assertThat(OneLine.of("a\nb\rc\td\u0000e\u007f\u0085\u2028f\\g"))
        .isEqualTo("a\\nb\\rc\\td\\u0000e\\u007f\\u0085\\u2028f\\g");
    assertThat(OneLine.of("plain")).isEqualTo("plain");
    assertThat(OneLine.of(null)).isEqualTo("null");
  }

  @Test
  void theJsonReportFollowsTheSchemaFieldsForMachines() throws IOException {
    String closed = write("early.ndjson", BEFORE_START, BEFORE_START).toString();
    Cli r = Cli.run("validate", "--format", "json", closed, sample("deployments/monthly-2024.ndjson"));
    JsonNode json = MAPPER.readTree(r.out);
    assertThat(json.get("kind").asText()).isEqualTo("validation-report");
    assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(json.get("counts").get("error").asInt()).isEqualTo(2);
    assertThat(json.get("issues")).hasSize(2);
    // WPS-PAR-001 skipped once per target group and year without a known target: the four groups
    // of the 2024 sample, and the troops of 2011 in the figures dated before UNMISS started.
    assertThat(json.get("skipped")).hasSize(5);
    assertThat(json.get("issues").get(0).get("origin").get("file").asText()).isEqualTo(closed);
    assertThat(json.get("issues").get(0).get("origin").get("line").asInt()).isEqualTo(1);
  }
}
