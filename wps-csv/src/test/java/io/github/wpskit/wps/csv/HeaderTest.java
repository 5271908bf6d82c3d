package io.github.wpskit.wps.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Layouts recognised by their header, and headers refused with the reason. */
class HeaderTest {
  static CsvLayout layoutOf(String csv) throws IOException {
    try (DeploymentReader r =
        DpoCsv.read(new StringReader(csv), "t.csv", CsvReadOptions.defaults())) {
      return r.layout();
    }
  }

  @Test
  void eachLayoutIsRecognisedByItsHeader() throws IOException {
    assertThat(layoutOf(FindingsTest.HDX)).isEqualTo(CsvLayout.HDX);
    assertThat(layoutOf(FindingsTest.DATA_HUB)).isEqualTo(CsvLayout.DATA_HUB);
    assertThat(layoutOf(FindingsTest.MONTHLY)).isEqualTo(CsvLayout.MONTHLY_TABLE);
  }

  @Test
  void namesAreComparedIgnoringCaseSpacesAndOrder() throws IOException {
    assertThat(layoutOf(" total ,AS_OF,mission,Country , personnel_type,MALE,female\n"))
        .isEqualTo(CsvLayout.MONTHLY_TABLE);
  }

  @Test
  void aByteOrderMarkIsIgnoredInBytesAndCharacters() throws IOException {
    String csv = "\uFEFF" + FindingsTest.HDX + "Benin,BEN,BINUH,Troops,1,2,31/01/2023\n";
    try (DeploymentReader r = DpoCsv.read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "b.csv",
        CsvReadOptions.defaults())) {
      assertThat(r.layout()).isEqualTo(CsvLayout.HDX);
      assertThat(r.next().line()).isEqualTo(2);
    }
    assertThat(layoutOf(csv)).isEqualTo(CsvLayout.HDX);
  }

  @Test
  void aHeaderMatchingNoLayoutNamesTheClosestAndTheColumnsItExpects() {
    assertThatThrownBy(() -> layoutOf("As_of,Mision,Country,Personnel_Type,Male,Female,Total\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("t.csv:1: the header As_of,Mision,Country,Personnel_Type,Male,Female,Total"
            + " matches no DPO layout; closest: DPO monthly table, which expects the columns"
            + " As_of, Mission, Country, Personnel_Type, Male, Female, Total (missing: Mission;"
            + " unexpected: Mision). Column names are compared ignoring case and surrounding"
            + " spaces, in any order.");
    assertThatThrownBy(() -> layoutOf("Contributing_Country,ISOCode3,Mission_Acronym,"
        + "Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date,Notes\n"))
        .hasMessage("t.csv:1: the header Contributing_Country,ISOCode3,Mission_Acronym,"
            + "Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date,Notes matches"
            + " no DPO layout; closest: HDX odp_contributionsbygender.csv, which expects the"
            + " columns Contributing_Country, ISOCode3, Mission_Acronym, Personnel_Type,"
            + " Female_Personnel, Male_Personnel, Last_Reporting_Date (missing: none; unexpected:"
            + " Notes). Column names are compared ignoring case and surrounding spaces, in any"
            + " order.");
  }

  @Test
  void thePre2010FileIsRefusedForHavingNoSplitBySex() {
    assertThatThrownBy(() -> layoutOf("ID,Contributor,Contributor_ISO-3,Mission,Troops,Date\n"
        + "1,Ghana,GHA,UNIFIL,870,31/12/2005\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("t.csv:1: this is DPO's pre-2010 file (DPPADPO-UCPre2010: ID, Contributor,"
            + " Contributor_ISO-3, Mission, Troops, Date): it counts personnel without a split by"
            + " sex, so it cannot give deployments of women and men. Read DPO's figures by sex"
            + " instead: the HDX, Data Hub or monthly table layout.");
  }

  @Test
  void aRequiredLayoutRefusesAnother() {
    assertThatThrownBy(() -> DpoCsv.read(new StringReader(FindingsTest.HDX), "t.csv",
        CsvReadOptions.defaults().withLayout(CsvLayout.DATA_HUB)))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageStartingWith("t.csv:1: the header Contributing_Country,ISOCode3,"
            + "Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date"
            + " matches not the layout Data Hub DPO-UCHISTORICAL required; closest: Data Hub"
            + " DPO-UCHISTORICAL, which expects the columns contribution_id,");
  }

  @Test
  void aColumnNamedTwiceIsRefused() {
    assertThatThrownBy(() -> layoutOf("As_of,Mission,mission,Country\n"))
        .hasMessage("t.csv:1: the header names column 'mission' twice: As_of,Mission,mission,"
            + "Country");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThatThrownBy(() -> layoutOf(""))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("t.csv:1: no header: the first line must name the columns of a DPO layout:"
            + " HDX odp_contributionsbygender.csv (Contributing_Country, ISOCode3,"
            + " Mission_Acronym, Personnel_Type, Female_Personnel, Male_Personnel,"
            + " Last_Reporting_Date); Data Hub DPO-UCHISTORICAL (contribution_id,"
            + " contributing_country, isocode3, mission_acronym, personnel_type, female_personnel,"
            + " male_personnel, last_reporting_date); DPO monthly table (As_of, Mission, Country,"
            + " Personnel_Type, Male, Female, Total)");
  }

  @Test
  void aQuoteNeverClosedStopsTheReadingWithTheLine() throws IOException {
    try (DeploymentReader r = DpoCsv.read(new StringReader(FindingsTest.MONTHLY
        + "31/01/2023,BINUH,Benin,Troops,1,0,1\r\n31/01/2023,\"BINUH,Benin,Troops,1,0,1\r\n"),
        "t.csv", CsvReadOptions.defaults())) {
      assertThat(r.next().line()).isEqualTo(2);
      assertThatThrownBy(r::hasNext)
          .isInstanceOf(CsvFormatException.class)
          .hasMessageStartingWith("t.csv:")
          .hasMessageContaining("malformed CSV, reading stops: Missing closing quote for value");
    }
  }
}
