package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.json.WpsJsonException.Problem;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.Vote;
import org.junit.jupiter.api.Test;

/** Reading a document of any kind by its "kind" field. */
class ReadDocumentTest extends JsonTestSupport {

  @Test
  void kindFirstIsReadInOnePass() {
    Object v = STRICT.readDocument(STRICT.encode(ResolutionJsonTest.RES_1325));
    assertThat(v).isEqualTo(ResolutionJsonTest.RES_1325);
    assertThat(STRICT.decode(STRICT.encode(ResolutionJsonTest.RES_1325), Object.class))
        .isEqualTo(ResolutionJsonTest.RES_1325);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(DocumentKind.class)
  void everyKindIsReadByItsKindField(DocumentKind kind) {
    Object sample = Samples.BY_KIND.get(kind);
    assertThat(STRICT.readDocument(STRICT.encode(sample))).isEqualTo(sample);
    assertThat(STRICT.readDocument(new java.io.ByteArrayInputStream(STRICT.encode(sample))))
        .isEqualTo(sample);
  }

  @Test
  void kindAfterOtherFieldsIsFoundByBuffering() {
    Object v = STRICT.readDocument(json("{'symbol':'S/RES/1325 (2000)','adopted':'2000-10-31',"
        + "'formatVersion':1,'kind':'resolution'}"));
    assertThat(v).isInstanceOf(Resolution.class);
  }

  @Test
  void errorAfterBufferingKeepsThePathButNotTheLine() {
    WpsJsonException e =
        assertFails(
            () -> STRICT.readDocument(json("{'symbol':'S/RES/1325 (2000)','adopted':'2000-13-31',"
                + "'formatVersion':1,'kind':'resolution'}")),
            Problem.DOES_NOT_FIT,
            "$.adopted",
            "Expected a date (yyyy-mm-dd) but was \"2000-13-31\" (Invalid value for MonthOfYear"
                + " (valid values 1 - 12): 13) at $.adopted");
    assertThat(e.line()).isEqualTo(-1);
  }

  @Test
  void missingKindIsReported() {
    assertFails(
        () -> STRICT.readDocument(json("{'formatVersion':1}")),
        Problem.DOES_NOT_FIT,
        "$",
        "Missing required field 'kind' at $ (line 1, column 19)");
  }

  @Test
  void unknownKindIsReported() {
    assertFails(
        () -> STRICT.readDocument(json("{'kind':'treaty','formatVersion':1}")),
        Problem.DOES_NOT_FIT,
        "$.kind",
        "Unknown document kind \"treaty\" (expected one of resolution, mission, mandate,"
            + " gender-staffing-table, compact-commitment, compact-report, signatory, deployment,"
            + " parity-targets, parity-analysis, validation-report, catalog) at $.kind (line 1, column 9)");
  }

  @Test
  void nonDocumentTypesAreRefusedByTheFacade() {
    assertThatThrownBy(() -> STRICT.decode("{}", Vote.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("io.github.wpskit.wps.resolution.Vote is not a document type");
    assertThatThrownBy(() -> STRICT.encode(Vote.unanimous(15)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Regression: decode(bytes, value.getClass()), as generic code writes it, was refused because the
   * class is the generated implementation of the document type, though encode accepts the value.
   */
  @Test
  void decodeAcceptsTheRuntimeClassOfADocumentValue() {
    for (Object value : ConcurrencyTest.values(3)) {
      byte[] bytes = STRICT.encode(value);
      assertThat(STRICT.decode(bytes, value.getClass())).isEqualTo(value);
      assertThat(LENIENT.decode(bytes, value.getClass()).value()).isEqualTo(value);
    }
  }
}
