package io.github.wpskit.wps.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.json.Decoded;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityRow;
import io.github.wpskit.wps.parity.ParityStatus;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import io.github.wpskit.wps.parity.ParityTargets;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code parity-analysis} document of DPO's real monthly figures (January 2023 to June 2024,
 * read with this module's reader): it decodes to the analysis it was written from and writes the
 * same bytes again, and its overall rows are the sums of the file, split by hand apart from the
 * reader, with the June 2024 figures of the data's README.
 */
class ParityAnalysisJsonRealFiguresTest {
  private static final WpsJson JSON = WpsJson.strict();
  private static ParityAnalysis analysis;
  private static byte[] bytes;

  @BeforeAll
  static void analyse() throws IOException {
    List<Deployment> figures = new ArrayList<>();
    for (DeploymentRow row : RealFilesTest.read(RealFilesTest.MONTHLY).rows()) {
      figures.add(row.deployment());
    }
    analysis = ParityAnalysis.of(figures, ParityTargets.ugps());
    bytes = JSON.encode(analysis);
  }

  @Test
  void theDocumentDecodesToTheAnalysisAndWritesTheSameBytes() {
    ParityAnalysis back = JSON.decode(bytes, ParityAnalysis.class);
    assertThat(back).isEqualTo(analysis);
    assertThat(JSON.encode(back)).isEqualTo(bytes);
    assertThat(JSON.readDocument(bytes)).isEqualTo(analysis);
    Decoded<ParityAnalysis> lenient = WpsJson.lenient().decode(bytes, ParityAnalysis.class);
    assertThat(lenient.value()).isEqualTo(analysis);
    assertThat(lenient.unknownFields()).isEmpty();
    assertThat(JSON.decode(JSON.encodePretty(analysis), ParityAnalysis.class)).isEqualTo(analysis);
    assertThat(back.deployments()).isEqualTo(16_351);
    // Seventeen months (September 2023 is missing), five groups less justice and corrections.
    assertThat(back.months()).hasSize(17);
    System.out.println("parity-analysis of the real figures: " + bytes.length + " bytes, "
        + back.overall().size() + " overall, " + back.byMission().size() + " mission and "
        + back.byCountry().size() + " country rows");
  }

  @Test
  void june2024OverallIsTheReadmeTable() {
    ParityAnalysis back = JSON.decode(bytes, ParityAnalysis.class);
    YearMonth june = YearMonth.of(2024, 6);
    assertFigures(back, june, ParityTargetGroup.MILITARY_CONTINGENTS, 4_094, 52_744);
    // Staff officers (351 of 1,648) and experts on mission (320 of 1,158) in one group.
    assertFigures(back, june, ParityTargetGroup.MILITARY_OBSERVERS_AND_STAFF_OFFICERS, 671, 2_806);
    assertFigures(back, june, ParityTargetGroup.FORMED_POLICE_UNITS, 760, 4_452);
    assertFigures(back, june, ParityTargetGroup.INDIVIDUAL_POLICE_OFFICERS, 557, 1_786);
    assertThat(back.overall(june, ParityTargetGroup.JUSTICE_AND_CORRECTIONS)).isEmpty();
    // No UGPS target is confirmed for 2024: no target, no shortfall, no green or yellow.
    ParityRow troops = back.overall(june, ParityTargetGroup.MILITARY_CONTINGENTS).orElseThrow();
    assertThat(troops.share()).hasValue(4_094 * 100.0 / 52_744);
    assertThat(troops.target()).isEmpty();
    assertThat(troops.shortfall()).isEmpty();
    assertThat(back.byCountry()).extracting(r -> r.status().orElseThrow())
        .containsOnly(ParityStatus.RED, ParityStatus.TARGET_UNKNOWN, ParityStatus.NO_PERSONNEL);
    assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
        .contains("{\"month\":\"2024-06\",\"group\":\"military-contingents\",\"women\":4094,"
            + "\"total\":52744,\"share\":" + (4_094 * 100.0 / 52_744) + "}");
  }

  @Test
  void everyOverallRowIsTheSumOfTheFile() throws IOException {
    // "Personnel_Type|yyyy-MM" to {women, men}, from the file's lines split by hand.
    Map<String, long[]> file = RealFilesTest.fileSums(RealFilesTest.MONTHLY, 3, 5, 4, 0);
    Map<YearMonth, Map<ParityTargetGroup, long[]>> expected = new java.util.TreeMap<>();
    file.forEach((key, sums) -> {
      String[] k = key.split("\\|");
      ParityTargetGroup group = ParityTargetGroup.of(RealFilesTest.TYPES.get(k[0]));
      long[] s = expected.computeIfAbsent(YearMonth.parse(k[1]),
          m -> new EnumMap<>(ParityTargetGroup.class)).computeIfAbsent(group, g -> new long[2]);
      s[0] += sums[0];
      s[1] += sums[0] + sums[1];
    });
    ParityAnalysis back = JSON.decode(bytes, ParityAnalysis.class);
    assertThat(back.months()).containsExactlyElementsOf(expected.keySet());
    int rows = 0;
    for (Map.Entry<YearMonth, Map<ParityTargetGroup, long[]>> m : expected.entrySet()) {
      for (Map.Entry<ParityTargetGroup, long[]> g : m.getValue().entrySet()) {
        assertFigures(back, m.getKey(), g.getKey(), g.getValue()[0], g.getValue()[1]);
        rows++;
      }
    }
    assertThat(back.overall()).hasSize(rows);
  }

  private static void assertFigures(
      ParityAnalysis a, YearMonth month, ParityTargetGroup group, long women, long total) {
    ParityRow row = a.overall(month, group).orElseThrow();
    assertThat(row.women()).as(month + " " + group + " women").isEqualTo(women);
    assertThat(row.total()).as(month + " " + group + " total").isEqualTo(total);
  }
}
