package io.github.wpskit.wps.cli;

import static io.github.wpskit.wps.cli.Cli.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.json.DocumentKind;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command of the tool against the bundled samples: output and exit codes. */
class CommandsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Valid samples, each alone or with what it refers to: exit 0 and a VALID report. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "resolutions/s-res-1325-2000.json",
      "resolutions/wps-agenda.ndjson",
      "missions/minusca.json missions/minusma.json missions/monusco.json missions/unifil.json",
      "mandates/minusca-s-res-2149-2014.json gender/minusca-2015-01-31.json",
      "mandates/unifil-s-res-2790-2025.json",
      "compact/commitments.ndjson compact/report-2024.json",
      "compact/signatories.ndjson compact/commitments.ndjson compact/report-2024.json",
      "parity/ugps-targets.json deployments/unmiss-2024-12-31-individual-police.json",
      "deployments/monthly-2024.ndjson",
      "deployments/batch-2025.ndjson"})
  void validSamplesValidate(String files) {
    Cli r = Cli.run(Stream.concat(Stream.of("validate"),
        Arrays.stream(files.split(" ")).map(Cli::sample)).toArray(String[]::new));
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).contains("Validation report: VALID");
    assertThat(r.err).isEmpty();
  }

  @Test
  void signatoriesInTheBatchLetTheSignatoryRuleRun() {
    // Without signatory documents, WPS-CPT-003 cannot judge and says so.
    Cli without = Cli.run("validate", sample("compact/commitments.ndjson"));
    assertThat(without.exitCode).as(without.toString()).isZero();
    assertThat(without.out).contains("Skipped (data absent):\n", "          6  WPS-CPT-003  The"
        + " commitment's signatory is in the validation context");
    // With them in the same batch, they reach the validation context: the rule runs, and the
    // sample's signatory names all match.
    Cli with = Cli.run("validate", sample("compact/signatories.ndjson"),
        sample("compact/commitments.ndjson"));
    assertThat(with.exitCode).as(with.toString()).isZero();
    assertThat(with.out).contains(
        "  " + sample("compact/signatories.ndjson") + ": 2 documents",
        "Validation report: VALID").doesNotContain("WPS-CPT-003");
  }

  @Test
  void theTableWithoutASeniorGenderAdviserIsAWarning() {
    // WPS-MSN-003 is a WARNING since rule catalogue 2 (issue #9): the file is valid, exit code 0.
    Cli r = Cli.run("validate", sample("gender/minusma-2023-03-31.json"));
    assertThat(r.exitCode).as(r.toString()).isEqualTo(ExitCodes.OK);
    String file = sample("gender/minusma-2023-03-31.json");
    assertThat(r.out).startsWith("Read 1 document from 1 input\n  " + file + ": 1 document\n"
        + "Validation report: VALID (errors: 0, warnings: 1, info: 0, skipped: 1)\n"
        + "wps 0.1.0-SNAPSHOT, rule catalogue 2, reference catalog to ")
        .contains("By rule:\n          1  WARNING  WPS-MSN-003  A multidimensional mission has a"
            + " Senior Gender Adviser post reporting...\n")
        .contains("By mission:        errors   warnings       info\n"
            + "  MINUSMA                0          1          0\n")
        .contains("Issues:\n  " + file + ": WARNING WPS-MSN-003 at $.posts (MINUSMA 2023-03-31): The"
            + " multidimensional mission MINUSMA has no Senior Gender Adviser post reporting to"
            + " mission leadership: the table has no Senior Gender Adviser post. ");
  }

  @Test
  void theCrsvMandateWithoutAWomenProtectionAdviserIsAWarningAsJson() throws IOException {
    Cli r = Cli.run("validate", "--format", "json", sample("mandates/monusco-s-res-1925-2010.json"),
        sample("gender/monusco-2011-01-31.json"));
    assertThat(r.exitCode).as(r.toString()).isZero();
    JsonNode json = MAPPER.readTree(r.out);
    assertThat(json.get("kind").asText()).isEqualTo("validation-report");
    assertThat(json.get("valid").asBoolean()).isTrue();
    assertThat(json.get("counts").get("warning").asInt()).isEqualTo(1);
    assertThat(r.err).contains("wps: read " + sample("mandates/monusco-s-res-1925-2010.json")
        + ": 1 document");
    JsonNode issue = json.get("issues").get(0);
    assertThat(issue.get("ruleId").asText()).isEqualTo("WPS-MND-008");
    assertThat(issue.get("severity").asText()).isEqualTo("warning");
    assertThat(issue.get("objectId").asText()).isEqualTo("MONUSCO 2011-01-31");
    assertThat(issue.get("location").asText()).isEqualTo("$.posts");
  }

  @Test
  void anErrorInJsonFormatExitsWithOne() throws IOException {
    Cli r = Cli.run("validate", "--format", "json",
        sample("invalid/military-gender-adviser-in-police.json"));
    assertThat(r.exitCode).isEqualTo(ExitCodes.DATA_ERRORS);
    JsonNode json = MAPPER.readTree(r.out);
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.get("issues").get(0).get("ruleId").asText()).isEqualTo("WPS-GND-001");
    ValidationReport report = WpsJson.strict().decode(r.out, ValidationReport.class);
    assertThat(report.errorCount()).isEqualTo(1);
    // The report names the date to which the catalog's facts run, as its text form does.
    assertThat(json.get("knowledgeHorizon").asText()).isEqualTo("2026-01-27");
    assertThat(report.knowledgeHorizon()).contains(java.time.LocalDate.of(2026, 1, 27));
  }

  @Test
  void lenientKeepsUnknownFieldsWithAWarning() throws IOException {
    String file = sample("invalid/unknown-field.json");
    Cli text = Cli.run("validate", "--lenient", file);
    assertThat(text.exitCode).as(text.toString()).isZero();
    assertThat(text.out).contains("Warnings of the lenient read (1):\n  " + file
        + ": Unknown field 'comment' at $ was kept\n");
    Cli json = Cli.run("validate", "--lenient", "--format", "json", file);
    assertThat(MAPPER.readTree(json.out).get("kind").asText()).isEqualTo("validation-report");
    assertThat(json.err).contains("wps: warning: " + file + ": Unknown field 'comment' at $ was kept");
  }

  @Test
  void catalogAsText() {
    Cli r = Cli.run("catalog");
    assertThat(r.exitCode).isZero();
    assertThat(r.out).contains("Reference catalog (sources to 2026-01-27)",
        "S/RES/2467 (2019)   2019-04-23  WPS  13-0-2",
        "Missions, status on 2026-01-27 (the knowledge horizon):",
        "  MINUSMA   liquidation United Nations Multidimensional Integrated Stabilization Mission",
        "  UNMISS    active      United Nations Mission in the Republic of South Sudan",
        "  UNVMC     unknown     -");
  }

  @Test
  void catalogAsJsonHoldsDocumentsOfTheFormat() throws IOException {
    Cli r = Cli.run("catalog", "--format", "json");
    assertThat(r.exitCode).as(r.toString()).isZero();
    JsonNode json = MAPPER.readTree(r.out);
    assertThat(json.get("kind").asText()).isEqualTo("catalog");
    assertThat(WpsJson.strict().decode(r.out, ReferenceCatalog.class))
        .isEqualTo(ReferenceCatalog.standard());
    assertThat(json.get("dataAsOf").asText()).isEqualTo("2026-01-27");
    assertThat(json.get("resolutions").get(0).get("symbol").asText()).isEqualTo("S/RES/1 (1946)");
    assertThat(json.get("missions")).hasSize(89);
  }

  static Stream<String> kinds() {
    return Arrays.stream(DocumentKind.values()).map(DocumentKind::id);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void schemaOfEveryKind(String kind) throws IOException {
    Cli r = Cli.run("schema", kind);
    assertThat(r.exitCode).as(r.toString()).isZero();
    JsonNode schema = MAPPER.readTree(r.out);
    assertThat(schema.get("$schema").asText()).contains("2020-12");
    assertThat(r.out).contains("\"" + kind + "\"");
  }

  @Test
  void schemaOfAnUnknownKindIsAUsageError() {
    Cli r = Cli.run("schema", "treaty");
    assertThat(r.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.err).isEqualTo("wps: unknown document kind 'treaty'; kinds are resolution,"
        + " mission, mandate, gender-staffing-table, compact-commitment, compact-report,"
        + " signatory, deployment, parity-targets, parity-analysis, validation-report, catalog\n");
  }

  @Test
  void parityAsText() {
    Cli r = Cli.run("parity", sample("deployments/monthly-2024.ndjson"));
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).contains("\nRead 384 deployment records from 1 input\n")
        .contains("\nMonths: 12, 2024-01 to 2024-12\n")
        .containsPattern("\n  2024-12 +[0-9,]+/[0-9,]+ +[0-9.]+%")
        .contains("\nContributing countries in 2024-12, all missions: ");
  }

  @Test
  void parityAsCsvWithSuppliedTargets(@TempDir Path dir) throws IOException {
    Path targets = dir.resolve("targets.json");
    Files.writeString(targets, "{\"kind\":\"parity-targets\",\"formatVersion\":1,\"targets\":["
        + "{\"category\":\"formed-police-units\",\"year\":2024,\"percentage\":14}]}");
    Cli r = Cli.run("parity", "--format", "csv", "--by", "overall",
        sample("deployments/monthly-2024.ndjson"), targets.toString());
    assertThat(r.exitCode).as(r.toString()).isZero();
    List<String> fpu = r.out.lines().filter(l -> l.contains(",formed-police-units,"))
        .collect(Collectors.toList());
    assertThat(fpu).hasSize(12).allMatch(l -> l.startsWith("overall,2024-")
        && l.matches(".*,14,supplied,[0-9]+,$"));
  }

  @Test
  void parityRefusesOtherKinds() {
    Cli r = Cli.run("parity", sample("missions/minusca.json"));
    assertThat(r.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.out).contains("\nNo deployment record was read: there is nothing to analyse.\n")
        .endsWith("\nCould not be read or used (1):\n  " + sample("missions/minusca.json")
            + ": a mission document, but parity reads deployment and parity-targets documents"
            + " only\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "validate", "catalog", "schema", "parity", "convert"})
  void helpAndVersionEverywhere(String command) {
    String[] prefix = command.isEmpty() ? new String[0] : new String[] {command};
    Cli help = Cli.run(concat(prefix, "--help"));
    assertThat(help.exitCode).isZero();
    assertThat(help.out).contains("Usage: wps" + (command.isEmpty() ? "" : " " + command));
    Cli version = Cli.run(concat(prefix, "--version"));
    assertThat(version.exitCode).isZero();
    assertThat(version.out).startsWith("wps ");
  }

  private static String[] concat(String[] a, String b) {
    String[] all = Arrays.copyOf(a, a.length + 1);
    all[a.length] = b;
    return all;
  }

  /** Regression: {@code wps} alone printed the usage and exited 0, as if a command had succeeded. */
  @Test
  void noCommandIsAUsageErrorNamingTheCommands() {
    Cli r = Cli.run();
    assertThat(r.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.out).isEmpty();
    assertThat(r.err).isEqualTo("wps: Missing command: one of validate, catalog, schema, parity,"
        + " convert, report, help\nTry 'wps --help' for usage.\n");
  }

  /** Start-up: a command named on the command line is the only one picocli builds. */
  @Test
  void onlyTheNamedCommandIsBuilt() {
    java.io.InputStream in = new java.io.ByteArrayInputStream(new byte[0]);
    assertThat(WpsCommand.commandLine(in, "--debug", "validate", "x.json").getSubcommands().keySet())
        .containsExactly("validate");
    assertThat(WpsCommand.commandLine(in, "validat", "x.json").getSubcommands().keySet())
        .containsExactly("validate", "catalog", "schema", "parity", "convert", "report", "help");
    assertThat(WpsCommand.commandLine(in).getSubcommands()).hasSize(7);
  }
}
