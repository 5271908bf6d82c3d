package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.compact.CompactCommitment;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Compact documents: the optional target year of a commitment (issue #9). */
class CompactJsonTest extends JsonTestSupport {
  private static final String COMMITMENT =
      "{'kind':'compact-commitment','formatVersion':1,'id':'NOR-B-01','signatory':'Norway',"
          + "'thematicArea':'B','action':'B.1.1','description':'Support women mediators'";

  private static final CompactCommitment WITHOUT_YEAR =
      CompactCommitment.builder().id("NOR-B-01").signatory("Norway")
          .thematicArea(io.github.wpskit.wps.compact.ThematicArea.B)
          .action(io.github.wpskit.wps.compact.FrameworkActionCode.parse("B.1.1"))
          .description("Support women mediators").build();

  @Test
  void aCommitmentWithoutATargetYearDecodesAndIsWrittenWithoutOne() {
    String document = json(COMMITMENT + "}");
    CompactCommitment c = STRICT.decode(document, CompactCommitment.class);
    assertThat(c).isEqualTo(WITHOUT_YEAR);
    assertThat(c.targetYear()).isEmpty();
    assertThat(STRICT.encodeToString(c)).isEqualTo(
        json(COMMITMENT + ",'indicators':[],'policyReferences':[]}"));
    assertThat(schemaErrors(DocumentKind.COMPACT_COMMITMENT, document)).isEmpty();
  }

  @Test
  void aNullTargetYearMeansNone() {
    String document = json(COMMITMENT + ",'targetYear':null}");
    assertThat(STRICT.decode(document, CompactCommitment.class)).isEqualTo(WITHOUT_YEAR);
    assertThat(schemaErrors(DocumentKind.COMPACT_COMMITMENT, document)).isEmpty();
  }

  @Test
  void aFormatVersionOneDocumentWithATargetYearStillDecodes() {
    String document = json(COMMITMENT + ",'targetYear':2026}");
    CompactCommitment c = STRICT.decode(document, CompactCommitment.class);
    assertThat(c.targetYear()).contains(Year.of(2026));
    assertThat(c).isEqualTo(
        CompactCommitment.builder().from(WITHOUT_YEAR).targetYear(Optional.of(Year.of(2026)))
            .build());
    assertThat(STRICT.encodeToString(c)).contains("\"targetYear\":2026");
    assertThat(schemaErrors(DocumentKind.COMPACT_COMMITMENT, document)).isEmpty();
  }

  @Test
  void theSchemaStillRefusesATargetYearBeforeNineteenFortySix() {
    assertThat(schemaErrors(DocumentKind.COMPACT_COMMITMENT, json(COMMITMENT + ",'targetYear':1900}")))
        .isNotEmpty();
  }
}
