package io.github.wpskit.wps.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every repair and every refusal a reader makes, each with its exact message, its line, column and
 * value, and its count in the summary.
 */
class FindingsTest {
  static final String MONTHLY = "As_of,Mission,Country,Personnel_Type,Male,Female,Total\r\n";
  static final String HDX = "Contributing_Country,ISOCode3,Mission_Acronym,Personnel_Type,"
      + "Female_Personnel,Male_Personnel,Last_Reporting_Date\n";
  static final String DATA_HUB = "contribution_id,contributing_country,isocode3,mission_acronym,"
      + "personnel_type,female_personnel,male_personnel,last_reporting_date\n";

  record Read(List<DeploymentRow> rows, CsvReadSummary summary, List<CsvFinding> findings) {
    List<String> lines() {
      return findings.stream().map(CsvFinding::toString).collect(Collectors.toList());
    }
  }

  static Read read(String csv) throws IOException {
    return read(csv, CsvReadOptions.defaults());
  }

  static Read read(String csv, CsvReadOptions options) throws IOException {
    List<DeploymentRow> rows = new ArrayList<>();
    try (DeploymentReader reader = DpoCsv.read(new StringReader(csv), "t.csv", options)) {
      reader.forEachRemaining(rows::add);
      CsvReadSummary s = reader.summary();
      assertThat(s.rows()).isEqualTo(s.deployments() + s.refusedRows() + s.skippedLines());
      return new Read(rows, s, reader.findings());
    }
  }

  @Test
  void aTrimmedCellIsAnInfoWithItsColumnAndValue() throws IOException {
    Read r = read(HDX + "Benin,BEN,MINUSCA ,Troops,1,2,31/01/2023\n");
    assertThat(r.lines()).containsExactly(
        "t.csv:2: INFO CSV-TRIMMED-CELL [Mission_Acronym]: 'MINUSCA ' trimmed to 'MINUSCA'");
    CsvFinding f = r.findings().get(0);
    assertThat(f.column()).hasValue("Mission_Acronym");
    assertThat(f.value()).hasValue("MINUSCA ");
    assertThat(r.rows()).hasSize(1);
    assertThat(r.rows().get(0).deployment().mission().value()).isEqualTo("MINUSCA");
    assertThat(r.summary().repairedRows()).isEqualTo(1);
    assertThat(r.summary().count(CsvFindingCode.TRIMMED_CELL)).isEqualTo(1);
  }

  @Test
  void theHyphenatedDateSpellingIsAnInfo() throws IOException {
    Read r = read(HDX + "Benin,BEN,MINUSCA,Troops,1,2,28-Feb-23\n"
        + "Benin,BEN,UNMISS,Troops,1,2,28-feb-23\n");
    assertThat(r.lines()).containsExactly(
        "t.csv:2: INFO CSV-DATE-SPELLING [Last_Reporting_Date]: date '28-Feb-23' read as 2023-02-28",
        "t.csv:3: INFO CSV-DATE-SPELLING [Last_Reporting_Date]: date '28-feb-23' read as 2023-02-28");
    assertThat(r.rows()).extracting(row -> row.deployment().reportingDate())
        .containsOnly(LocalDate.of(2023, 2, 28));
    assertThat(r.summary().repairedRows()).isEqualTo(2);
  }

  @Test
  void theSlashedDateIsReadWithoutAFinding() throws IOException {
    Read r = read(MONTHLY + "31/01/2023,BINUH,Benin,Individual Police,1,0,1\r\n"
        + "1/2/2024,BINUH,Benin,Individual Police,1,0,1\r\n");
    assertThat(r.findings()).isEmpty();
    assertThat(r.rows()).extracting(row -> row.deployment().reportingDate())
        .containsExactly(LocalDate.of(2023, 1, 31), LocalDate.of(2024, 2, 1));
  }

  @Test
  void blankLinesAndLinesOfEmptyCellsAreSkippedWithAnInfo() throws IOException {
    Read r = read(HDX + "\n,,,,,,\n  \nBenin,BEN,MINUSCA,Troops,1,2,31/01/2023\n\n");
    assertThat(r.lines()).containsExactly(
        "t.csv:2: INFO CSV-BLANK-LINE: blank line skipped",
        "t.csv:3: INFO CSV-EMPTY-CELLS: line of 7 empty cells skipped",
        "t.csv:4: INFO CSV-EMPTY-CELLS: line of 1 empty cells skipped",
        "t.csv:6: INFO CSV-BLANK-LINE: blank line skipped");
    assertThat(r.summary().rows()).isEqualTo(5);
    assertThat(r.summary().skippedLines()).isEqualTo(4);
    assertThat(r.summary().deployments()).isEqualTo(1);
    assertThat(r.summary().repairedRows()).isZero();
    assertThat(r.rows().get(0).line()).isEqualTo(5);
  }

  @Test
  void aRepeatedRowIsAWarningAndBothAreKept() throws IOException {
    Read r = read(MONTHLY + "31/01/2023,MINURSO,Ghana,Troops,5,2,7\r\n"
        + "31/01/2023,MINURSO,Ghana,Staff Officer,5,2,7\r\n"
        + "31/01/2023,MINURSO,Ghana,Troops,5,2,7\r\n"
        + "28/02/2023,MINURSO,Ghana,Troops,5,2,7\r\n");
    assertThat(r.lines()).containsExactly("t.csv:4: WARNING CSV-DUPLICATE-ROW: same mission,"
        + " country, personnel type and date as line 2 (MINURSO GHA military-contingents"
        + " 2023-01-31); both kept");
    assertThat(r.summary().deployments()).isEqualTo(4);
  }

  @Test
  void repeatsAreFoundAcrossAsManyInterleavedDatesAsAreOpen() throws IOException {
    String rows = "31/01/2023,MINURSO,Ghana,Troops,5,2,7\r\n"
        + "28/02/2023,MINURSO,Ghana,Troops,5,2,7\r\n"
        + "31/03/2023,MINURSO,Ghana,Troops,5,2,7\r\n"
        + "31/01/2023,MINURSO,Ghana,Troops,5,2,7\r\n";
    assertThat(read(MONTHLY + rows).lines()).containsExactly(
        "t.csv:5: WARNING CSV-DUPLICATE-ROW: same mission, country, personnel type and date as"
            + " line 2 (MINURSO GHA military-contingents 2023-01-31); both kept");
    Read narrow = read(MONTHLY + rows, CsvReadOptions.defaults().withMaxOpenDates(2));
    assertThat(narrow.lines()).containsExactly(
        "t.csv:5: WARNING CSV-DUPLICATE-CHECK-INCOMPLETE: rows dated 2023-01-31 come back after"
            + " the reader stopped remembering that date (it remembers 2 dates at once); repeats"
            + " of that date's earlier rows are not found. Sort the file by date, or raise"
            + " CsvReadOptions.withMaxOpenDates");
    assertThat(narrow.summary().deployments()).isEqualTo(4);
  }

  @Test
  void anUnknownPersonnelTypeIsRefusedWithTheClosestKnownValue() throws IOException {
    Read r = read(HDX + "Benin,BEN,MINUSCA,Other,1,2,31/01/2023\n"
        + "Benin,BEN,MINUSCA,Staff Officers,1,2,31/01/2023\n");
    assertThat(r.lines()).containsExactly(
        "t.csv:2: ERROR CSV-UNKNOWN-PERSONNEL-TYPE [Personnel_Type]: unknown personnel type"
            + " 'Other' (DPO's values: Troops, Staff Officer, Experts on Mission, Formed Police"
            + " Units, Individual Police; closest: 'Troops'); row refused",
        "t.csv:3: ERROR CSV-UNKNOWN-PERSONNEL-TYPE [Personnel_Type]: unknown personnel type"
            + " 'Staff Officers' (DPO's values: Troops, Staff Officer, Experts on Mission, Formed"
            + " Police Units, Individual Police; closest: 'Staff Officer'); row refused");
    assertThat(r.findings().get(0).value()).hasValue("Other");
    assertThat(r.summary().refusedRows()).isEqualTo(2);
    assertThat(r.summary().deployments()).isZero();
  }

  @Test
  void anUnknownCountryInTheMonthlyTableIsRefused() throws IOException {
    Read r = read(MONTHLY + "31/01/2023,BINUH,Beni,Individual Police,1,0,1\r\n");
    assertThat(r.lines()).containsExactly("t.csv:2: ERROR CSV-UNKNOWN-COUNTRY [Country]: unknown"
        + " country 'Beni': not among DPO's names (closest: 'Benin'); row refused");
  }

  @Test
  void anUnlistedNameWithAValidCodeIsKeptWithAWarning() throws IOException {
    Read r = read(HDX + "Island,ISL,UNMIK,Individual Police,1,2,31/01/2023\n");
    assertThat(r.lines()).containsExactly("t.csv:2: WARNING CSV-COUNTRY-NAME-NOT-LISTED"
        + " [Contributing_Country]: country 'Island' is not among DPO's names (closest:"
        + " 'Finland'); country taken from ISOCode3: ISL");
    assertThat(r.rows().get(0).deployment().contributingCountry().code()).isEqualTo("ISL");
  }

  /**
   * A name that is not one of DPO's is read where it is certain, with a warning on each row: one of
   * DPO's names with other case, accents or punctuation, or the English name in ISO 3166. Words
   * must agree: "Be nin" is no name.
   */
  @Test
  void aNameSpelledOtherwiseIsReadWithAWarning() throws IOException {
    Read r = read(MONTHLY
        + "31/01/2023,UNMIK,Türkiye,Individual Police,1,0,1\r\n"
        + "31/01/2023,UNMIK,Türkiye,Staff Officer,1,0,1\r\n"
        + "31/01/2023,UNMIK,COTE D'IVOIRE,Individual Police,1,0,1\r\n"
        + "31/01/2023,UNMIK,Eswatini,Individual Police,1,0,1\r\n"
        + "31/01/2023,UNMIK,Be nin,Individual Police,1,0,1\r\n");
    assertThat(r.lines()).containsExactly(
        "t.csv:2: WARNING CSV-COUNTRY-NAME-NOT-LISTED [Country]: country 'Türkiye' is not among"
            + " DPO's names; read as TUR, spelled as DPO's 'Turkiye'",
        "t.csv:3: WARNING CSV-COUNTRY-NAME-NOT-LISTED [Country]: country 'Türkiye' is not among"
            + " DPO's names; read as TUR, spelled as DPO's 'Turkiye'",
        "t.csv:4: WARNING CSV-COUNTRY-NAME-NOT-LISTED [Country]: country 'COTE D'IVOIRE' is not"
            + " among DPO's names; read as CIV, spelled as DPO's 'Côte d'Ivoire'",
        "t.csv:5: WARNING CSV-COUNTRY-NAME-NOT-LISTED [Country]: country 'Eswatini' is not among"
            + " DPO's names; read as SWZ, its English name in ISO 3166",
        "t.csv:6: ERROR CSV-UNKNOWN-COUNTRY [Country]: unknown country 'Be nin': not among DPO's"
            + " names (closest: 'Benin'); row refused");
    assertThat(r.rows()).extracting(row -> row.deployment().contributingCountry().code())
        .containsExactly("TUR", "TUR", "CIV", "SWZ");
    assertThat(r.rows()).extracting(DeploymentRow::countryName)
        .containsExactly("Türkiye", "Türkiye", "COTE D'IVOIRE", "Eswatini");
  }

  @Test
  void aNameSpelledOtherwiseIsComparedWithTheCode() throws IOException {
    Read r = read(HDX + "Iceland,ISL,UNMIK,Individual Police,1,2,31/01/2023\n"
        + "Türkiye,GRC,UNMIK,Individual Police,1,2,31/01/2023\n");
    assertThat(r.lines()).containsExactly(
        "t.csv:2: WARNING CSV-COUNTRY-NAME-NOT-LISTED [Contributing_Country]: country 'Iceland' is"
            + " not among DPO's names; read as ISL, its English name in ISO 3166; ISOCode3 agrees",
        "t.csv:3: ERROR CSV-COUNTRY-CODE [ISOCode3]: ISOCode3 'GRC' does not match"
            + " Contributing_Country 'Türkiye', which is TUR (spelled as DPO's 'Turkiye'); row"
            + " refused");
    assertThat(r.summary().refusedRows()).isEqualTo(1);
  }

  @Test
  void anUnlistedNameWithABadCodeIsRefusedForBoth() throws IOException {
    Read r = read(HDX + "Narnia,NAR,UNMIK,Individual Police,1,2,31/01/2023\n");
    assertThat(r.lines()).containsExactly(
        "t.csv:2: ERROR CSV-COUNTRY-CODE [ISOCode3]: 'NAR' is not an assigned ISO 3166-1 alpha-3"
            + " code; row refused",
        "t.csv:2: ERROR CSV-UNKNOWN-COUNTRY [Contributing_Country]: unknown country 'Narnia': not"
            + " among DPO's names (closest: 'Armenia'), and ISOCode3 gives no valid code; row"
            + " refused");
    assertThat(r.summary().refusedRows()).isEqualTo(1);
  }

  /** The code column gets the hint wps-core's parser gives: a slip, an alpha-2 code, a name. */
  @Test
  void aMistypedCodeIsRefusedWithTheCodeItMostLikelyMeans() throws IOException {
    Read r = read(HDX + "Uganda,UAG,UNMIK,Individual Police,1,2,31/01/2023\n"
        + "Norway,NO,UNMIK,Individual Police,1,2,31/01/2023\n"
        + "Norway,NRO,UNMIK,Individual Police,1,2,31/01/2023\n");
    assertThat(r.lines()).containsExactly(
        "t.csv:2: ERROR CSV-COUNTRY-CODE [ISOCode3]: 'UAG' is not an assigned ISO 3166-1 alpha-3"
            + " code (did you mean UGA?); row refused",
        "t.csv:3: ERROR CSV-COUNTRY-CODE [ISOCode3]: 'NO' is not an assigned ISO 3166-1 alpha-3"
            + " code (did you mean NOR?); row refused",
        // One slip from NOR and NRU: naming one would be a guess.
        "t.csv:4: ERROR CSV-COUNTRY-CODE [ISOCode3]: 'NRO' is not an assigned ISO 3166-1 alpha-3"
            + " code; row refused");
    assertThat(r.summary().refusedRows()).isEqualTo(3);
  }

  @Test
  void aCodeThatIsAnotherCountryThanTheNameIsRefused() throws IOException {
    Read r = read(DATA_HUB + "7,Benin,MLI,BINUH,Individual Police,0,1,31/01/2024\n");
    assertThat(r.lines()).containsExactly("t.csv:2: ERROR CSV-COUNTRY-CODE [isocode3]: isocode3"
        + " 'MLI' does not match contributing_country 'Benin', which is BEN in DPO's names; row"
        + " refused");
  }

  @Test
  void theCodeIsComparedIgnoringCase() throws IOException {
    Read r = read(DATA_HUB + "7,Benin,ben,BINUH,Individual Police,0,1,31/01/2024\n");
    assertThat(r.findings()).isEmpty();
    assertThat(r.rows().get(0).deployment().contributingCountry().code()).isEqualTo("BEN");
  }

  @Test
  void aBadMissionIsRefused() throws IOException {
    Read r = read(MONTHLY + "31/01/2023,UN/MISS,Benin,Troops,1,0,1\r\n");
    assertThat(r.lines()).containsExactly("t.csv:2: ERROR CSV-MISSION [Mission]: 'UN/MISS' is not"
        + " a mission acronym (2-16 letters, digits or hyphens, starting with a letter, words"
        + " separated by single spaces); row refused");
  }

  @Test
  void aDateInNeitherSpellingIsRefused() throws IOException {
    Read r = read(MONTHLY + "2023-01-31,BINUH,Benin,Troops,1,0,1\r\n"
        + "31/02/2023,BINUH,Benin,Troops,1,0,1\r\n"
        + "31-Foo-23,BINUH,Benin,Troops,1,0,1\r\n");
    assertThat(r.lines()).containsExactly(
        "t.csv:2: ERROR CSV-DATE [As_of]: '2023-01-31' is not a date in DPO's spellings"
            + " dd/MM/yyyy (31/01/2023) or d-MMM-yy (31-Jan-23); row refused",
        "t.csv:3: ERROR CSV-DATE [As_of]: '31/02/2023' is not a date in DPO's spellings"
            + " dd/MM/yyyy (31/01/2023) or d-MMM-yy (31-Jan-23); row refused",
        "t.csv:4: ERROR CSV-DATE [As_of]: '31-Foo-23' is not a date in DPO's spellings"
            + " dd/MM/yyyy (31/01/2023) or d-MMM-yy (31-Jan-23); row refused");
    assertThat(r.summary().refusedRows()).isEqualTo(3);
  }

  @Test
  void aCountThatIsNoWholeNumberIsRefused() throws IOException {
    Read r = read(HDX + "Benin,BEN,BINUH,Troops,-1,2.0,31/01/2023\n"
        + "Benin,BEN,BINUH,Troops,1000001,2,31/01/2023\n");
    assertThat(r.lines()).containsExactly(
        "t.csv:2: ERROR CSV-COUNT [Female_Personnel]: '-1' is not a count: a whole number from 0"
            + " to 1000000; row refused",
        "t.csv:2: ERROR CSV-COUNT [Male_Personnel]: '2.0' is not a count: a whole number from 0"
            + " to 1000000; row refused",
        "t.csv:3: ERROR CSV-COUNT [Female_Personnel]: '1000001' is not a count: a whole number"
            + " from 0 to 1000000; row refused");
    assertThat(r.summary().refusedRows()).isEqualTo(2);
    assertThat(r.summary().count(CsvFindingCode.COUNT)).isEqualTo(3);
  }

  @Test
  void aTotalThatIsNotMenPlusWomenIsRefused() throws IOException {
    Read r = read(MONTHLY + "31/01/2023,BINUH,Benin,Troops,7,4,12\r\n"
        + "31/01/2023,BINUH,Benin,Troops,7,4,x\r\n");
    assertThat(r.lines()).containsExactly(
        "t.csv:2: ERROR CSV-TOTAL [Total]: Total 12 is not Male 7 + Female 4 (11); row refused",
        "t.csv:3: ERROR CSV-COUNT [Total]: 'x' is not a count: a whole number from 0 to 2000000;"
            + " row refused");
  }

  @Test
  void aTotalAboveTheBoundOfOneCountIsRead() throws IOException {
    Read r = read(MONTHLY + "31/01/2023,BINUH,Benin,Troops,600000,600000,1200000\r\n");
    assertThat(r.findings()).isEmpty();
    assertThat(r.rows().get(0).deployment().total()).isEqualTo(1_200_000);
  }

  @Test
  void anEmptyRequiredCellIsRefused() throws IOException {
    Read r = read(HDX + "Benin,BEN,,Troops,1, ,31/01/2023\n");
    assertThat(r.lines()).containsExactly(
        "t.csv:2: ERROR CSV-MISSING-VALUE [Mission_Acronym]: empty cell; row refused",
        "t.csv:2: ERROR CSV-MISSING-VALUE [Male_Personnel]: empty cell; row refused");
    assertThat(r.findings().get(1).value()).hasValue(" ");
  }

  @Test
  void anEmptyContributionIdGivesADeploymentWithoutSourceId() throws IOException {
    Read r = read(DATA_HUB + ",Benin,BEN,BINUH,Individual Police,0,1,31/01/2024\n");
    assertThat(r.findings()).isEmpty();
    assertThat(r.rows().get(0).sourceId()).isEmpty();
  }

  @Test
  void aRowWithMoreOrFewerCellsThanTheHeaderIsRefused() throws IOException {
    Read r = read(MONTHLY + "31/01/2023,BINUH,Benin,Troops,1,0\r\n"
        + "31/01/2023,BINUH,Benin,Troops,1,0,1,9\r\n");
    assertThat(r.lines()).containsExactly(
        "t.csv:2: ERROR CSV-CELL-COUNT: the row has 6 cells, the header 7"
            + " (As_of,Mission,Country,Personnel_Type,Male,Female,Total); row refused",
        "t.csv:3: ERROR CSV-CELL-COUNT: the row has 8 cells, the header 7"
            + " (As_of,Mission,Country,Personnel_Type,Male,Female,Total); row refused");
    assertThat(r.summary().refusedRows()).isEqualTo(2);
  }

  @Test
  void aRefusedRowDoesNotStopTheReading() throws IOException {
    Read r = read(MONTHLY + "31/01/2023,BINUH,Benin,Other,1,0,1\r\n"
        + "31/01/2023,BINUH,Benin,Troops,1,0,1\r\n");
    assertThat(r.rows()).hasSize(1);
    assertThat(r.rows().get(0).line()).isEqualTo(3);
    assertThat(r.summary().toString()).isEqualTo("t.csv (DPO monthly table): 2 rows read,"
        + " 1 deployments (0 repaired), 1 rows refused, 0 lines skipped");
  }

  @Test
  void aQuotedCellSpanningLinesKeepsTheLineOfTheRowStart() throws IOException {
    Read r = read(MONTHLY + "31/01/2023,BINUH,\"Be\nnin\",Troops,1,0,1\r\n"
        + "31/01/2023,BINUH,Benin,Other,1,0,1\r\n");
    assertThat(r.lines()).containsExactly(
        "t.csv:2: ERROR CSV-UNKNOWN-COUNTRY [Country]: unknown country 'Be\nnin': not among"
            + " DPO's names (closest: 'Benin'); row refused",
        "t.csv:4: ERROR CSV-UNKNOWN-PERSONNEL-TYPE [Personnel_Type]: unknown personnel type"
            + " 'Other' (DPO's values: Troops, Staff Officer, Experts on Mission, Formed Police"
            + " Units, Individual Police; closest: 'Troops'); row refused");
  }

  @Test
  void findingsBeyondTheLimitAreCountedAndHeardButNotKept() throws IOException {
    List<CsvFinding> heard = new ArrayList<>();
    Read r = read(HDX + "\n\n\n", CsvReadOptions.defaults().withMaxCollectedFindings(1)
        .withFindingListener(heard::add));
    assertThat(r.findings()).hasSize(1);
    assertThat(heard).hasSize(3);
    assertThat(r.summary().count(CsvFindingCode.BLANK_LINE)).isEqualTo(3);
  }
}
