package io.github.wpskit.wps.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.validation.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The published finding codes, pinned: a change of code or severity must be deliberate. */
class CodesTest {
  @Test
  void everyCodeKeepsItsSpellingAndSeverity() {
    Map<String, Severity> codes = new LinkedHashMap<>();
    for (CsvFindingCode c : CsvFindingCode.values()) {
      codes.put(c.code(), c.severity());
      assertThat(CsvFindingCode.ofCode(c.code().toLowerCase(java.util.Locale.ROOT))).isEqualTo(c);
      assertThat(c.refusesRow()).isEqualTo(c.severity() == Severity.ERROR);
    }
    assertThat(codes).containsExactly(
        Map.entry("CSV-TRIMMED-CELL", Severity.INFO),
        Map.entry("CSV-DATE-SPELLING", Severity.INFO),
        Map.entry("CSV-BLANK-LINE", Severity.INFO),
        Map.entry("CSV-EMPTY-CELLS", Severity.INFO),
        Map.entry("CSV-DUPLICATE-ROW", Severity.WARNING),
        Map.entry("CSV-DUPLICATE-CHECK-INCOMPLETE", Severity.WARNING),
        Map.entry("CSV-COUNTRY-NAME-NOT-LISTED", Severity.WARNING),
        Map.entry("CSV-CELL-COUNT", Severity.ERROR),
        Map.entry("CSV-MISSING-VALUE", Severity.ERROR),
        Map.entry("CSV-UNKNOWN-PERSONNEL-TYPE", Severity.ERROR),
        Map.entry("CSV-UNKNOWN-COUNTRY", Severity.ERROR),
        Map.entry("CSV-COUNTRY-CODE", Severity.ERROR),
        Map.entry("CSV-MISSION", Severity.ERROR),
        Map.entry("CSV-DATE", Severity.ERROR),
        Map.entry("CSV-COUNT", Severity.ERROR),
        Map.entry("CSV-TOTAL", Severity.ERROR));
    assertThatThrownBy(() -> CsvFindingCode.ofCode("WPS-PAR-001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown finding code: WPS-PAR-001");
  }

  @Test
  void beyond4096MissionsTheRepeatedRowCheckStopsSayingSo() throws IOException {
    StringBuilder csv = new StringBuilder(FindingsTest.MONTHLY);
    for (int i = 0; i <= 4096; i++) {
      csv.append("31/01/2023,M").append(i).append(",Ghana,Troops,1,0,1\r\n");
    }
    csv.append("31/01/2023,M0,Ghana,Troops,1,0,1\r\n");
    FindingsTest.Read r = FindingsTest.read(csv.toString());
    assertThat(r.lines()).containsExactly(
        "t.csv:4098: WARNING CSV-DUPLICATE-CHECK-INCOMPLETE: more than 4096 missions: the check for"
            + " repeated rows stops here");
    assertThat(r.summary().deployments()).isEqualTo(4098);
  }

  @Test
  void aReaderStreamsItsRowsAndTheStreamClosesIt() throws IOException {
    DeploymentReader reader = DpoCsv.read(new StringReader(FindingsTest.MONTHLY
        + "31/01/2023,BINUH,Benin,Individual Police,1,0,1\r\n"
        + "31/01/2023,BINUH,Canada,Individual Police,2,0,2\r\n"), "s.csv",
        CsvReadOptions.defaults());
    try (var rows = reader.stream()) {
      assertThat(rows.map(DeploymentRow::toString).collect(Collectors.toList())).containsExactly(
          "s.csv:2 BINUH BEN individual-police-officers 2023-01-31 women=0 men=1",
          "s.csv:3 BINUH CAN individual-police-officers 2023-01-31 women=0 men=2");
    }
    assertThat(reader.hasNext()).isFalse();
  }
}
