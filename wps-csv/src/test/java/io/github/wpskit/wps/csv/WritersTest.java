package io.github.wpskit.wps.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.PersonnelType;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.validation.Location;
import io.github.wpskit.wps.validation.Origin;
import io.github.wpskit.wps.validation.RuleId;
import io.github.wpskit.wps.validation.Severity;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Deployments written in each layout and read back; validation reports as CSV. */
class WritersTest {
  static List<DeploymentRow> rows(String file) throws IOException {
    return RealFilesTest.read(file).rows();
  }

  static String write(List<DeploymentRow> rows, CsvLayout layout) throws IOException {
    StringWriter out = new StringWriter();
    try (DeploymentCsvWriter w = DpoCsv.writer(out, layout)) {
      for (DeploymentRow r : rows) {
        w.write(r);
      }
    }
    return out.toString();
  }

  static List<DeploymentRow> readBack(String csv) throws IOException {
    List<DeploymentRow> rows = new ArrayList<>();
    try (DeploymentReader r =
        DpoCsv.read(new StringReader(csv), "back.csv", CsvReadOptions.defaults())) {
      r.forEachRemaining(rows::add);
      assertThat(r.findings()).isEmpty();
    }
    return rows;
  }

  static List<Deployment> deployments(List<DeploymentRow> rows) {
    List<Deployment> list = new ArrayList<>();
    rows.forEach(r -> list.add(r.deployment()));
    return list;
  }

  @Test
  void theMonthlyTableWrittenBackIsTheFileByteForByte() throws IOException {
    String original = Files.readString(RealFilesTest.file(RealFilesTest.MONTHLY));
    assertThat(write(rows(RealFilesTest.MONTHLY), CsvLayout.MONTHLY_TABLE)).isEqualTo(original);
  }

  @ParameterizedTest
  @EnumSource(CsvLayout.class)
  void eachRealFileRoundTripsThroughEveryLayout(CsvLayout layout) throws IOException {
    for (String file : List.of(RealFilesTest.MONTHLY, RealFilesTest.HDX, RealFilesTest.DATA_HUB)) {
      List<DeploymentRow> rows = rows(file);
      List<DeploymentRow> back = readBack(write(rows, layout));
      assertThat(deployments(back)).isEqualTo(deployments(rows));
      assertThat(RealFilesTest.asLists(RealFilesTest.readerSums(back)))
          .isEqualTo(RealFilesTest.asLists(RealFilesTest.readerSums(rows)));
      assertThat(back).extracting(DeploymentRow::countryName)
          .isEqualTo(rows.stream().map(DeploymentRow::countryName).toList());
    }
  }

  @Test
  void theDataHubKeysAreWrittenBack() throws IOException {
    List<DeploymentRow> rows = rows(RealFilesTest.DATA_HUB);
    List<DeploymentRow> back = readBack(write(rows, CsvLayout.DATA_HUB));
    assertThat(back).extracting(r -> r.sourceId().orElseThrow())
        .isEqualTo(rows.stream().map(r -> r.sourceId().orElseThrow()).toList());
  }

  static Deployment deployment(String country, PersonnelType type) {
    return Deployment.builder()
        .mission(MissionAcronym.parse("UNMISS"))
        .contributingCountry(CountryCode.parse(country))
        .personnelType(type)
        .reportingDate(LocalDate.of(2024, 6, 30))
        .women(3)
        .men(40)
        .build();
  }

  @Test
  void aBareDeploymentGetsDposNameForItsCountryAndNoKey() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeploymentCsvWriter w = DpoCsv.writer(out, CsvLayout.DATA_HUB)) {
      w.write(deployment("CIV", PersonnelType.MILITARY_CONTINGENTS));
      w.write(deployment("TUR", PersonnelType.FORMED_POLICE_UNITS));
    }
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
        "contribution_id,contributing_country,isocode3,mission_acronym,personnel_type,"
            + "female_personnel,male_personnel,last_reporting_date\n"
            + ",Côte d'Ivoire,CIV,UNMISS,Troops,3,40,30/06/2024\n"
            + ",Turkiye,TUR,UNMISS,Formed Police Units,3,40,30/06/2024\n");
  }

  @Test
  void aDeploymentNoDpoTableCanHoldIsRefusedBeforeItsRowIsWritten() throws IOException {
    StringWriter out = new StringWriter();
    try (DeploymentCsvWriter w = DpoCsv.writer(out, CsvLayout.MONTHLY_TABLE)) {
      assertThatThrownBy(() -> w.write(deployment("ISL", PersonnelType.MILITARY_CONTINGENTS)))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("Invalid value for Deployment.contributingCountry (a country DPO's names"
              + " know, so that DPO monthly table can name it): ISL");
      assertThatThrownBy(
              () -> w.write(deployment("GHA", PersonnelType.JUSTICE_AND_CORRECTIONS)))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("Invalid value for Deployment.personnelType (one DPO's tables carry as"
              + " Personnel_Type: Troops, Staff Officer, Experts on Mission, Formed Police Units,"
              + " Individual Police): JUSTICE_AND_CORRECTIONS");
    }
    assertThat(out.toString()).isEqualTo(
        "As_of,Mission,Country,Personnel_Type,Male,Female,Total\r\n");
  }

  @Test
  void aReportListsIssuesAndFindingsOneRowEach() throws IOException {
    ValidationIssue issue = ValidationIssue.of(RuleId.parse("WPS-PAR-001"), Severity.WARNING,
        Location.root().field("women"), "UNMISS GHA military-contingents 2024-06-30",
        "Share of women 7.0%, below the target \"8%\", for 2024", "S/RES/2538 (2020)");
    CsvFinding finding = CsvFinding.of(CsvFindingCode.TRIMMED_CELL, "hdx.csv", 14,
        "Mission_Acronym", "MINUSCA ", "'MINUSCA ' trimmed to 'MINUSCA'");
    StringWriter out = new StringWriter();
    ValidationIssue located = ValidationIssue.of(issue.ruleId(), issue.severity(),
        issue.location(), issue.objectId(), issue.message(), issue.source(),
        Origin.of("hdx.csv", 9));
    DeploymentRow row = RealFilesTest.read(RealFilesTest.MONTHLY).rows().get(25);
    try (ReportCsvWriter w = DpoCsv.reportWriter(out)) {
      w.write(issue);
      w.write(issue, "monthly.csv", 27);
      w.write(finding);
      w.write(located);
      w.write(ValidationReport.of(List.of(issue, located), List.of(), "v", "c"), row);
      assertThat(w.rows()).isEqualTo(6);
    }
    assertThat(out.toString()).isEqualTo(
        "severity,rule_id,object,location,message,source_file,line\r\n"
            + "WARNING,WPS-PAR-001,UNMISS GHA military-contingents 2024-06-30,$.women,"
            + "\"Share of women 7.0%, below the target \"\"8%\"\", for 2024\",,\r\n"
            + "WARNING,WPS-PAR-001,UNMISS GHA military-contingents 2024-06-30,$.women,"
            + "\"Share of women 7.0%, below the target \"\"8%\"\", for 2024\",monthly.csv,27\r\n"
            + "INFO,CSV-TRIMMED-CELL,,Mission_Acronym,'MINUSCA ' trimmed to 'MINUSCA',hdx.csv,14"
            + "\r\n"
            + "WARNING,WPS-PAR-001,UNMISS GHA military-contingents 2024-06-30,$.women,"
            + "\"Share of women 7.0%, below the target \"\"8%\"\", for 2024\",hdx.csv,9\r\n"
            + "WARNING,WPS-PAR-001,UNMISS GHA military-contingents 2024-06-30,$.women,"
            + "\"Share of women 7.0%, below the target \"\"8%\"\", for 2024\"," + row.source()
            + ",27\r\n"
            + "WARNING,WPS-PAR-001,UNMISS GHA military-contingents 2024-06-30,$.women,"
            + "\"Share of women 7.0%, below the target \"\"8%\"\", for 2024\",hdx.csv,9\r\n");
    assertThat(row.origin()).isEqualTo(Origin.of(row.source(), 27));
  }
}
