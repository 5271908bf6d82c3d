package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.compact.CompactCommitment;
import io.github.wpskit.wps.compact.Signatory;
import io.github.wpskit.wps.compact.SignatoryKind;
import io.github.wpskit.wps.json.WpsJsonException.Problem;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Compact documents (issue #9): the optional target year of a commitment, and the signatory
 * document kind, whose category field is {@code signatoryKind} because {@code kind} is the envelope's.
 */
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
  void aSignatoryDocumentDecodesWithAndWithoutItsCountry() {
    Signatory withCountry = Signatory.builder().name("Norway").kind(SignatoryKind.MEMBER_STATE)
        .country(CountryCode.parse("NOR")).build();
    String document = json("{'kind':'signatory','formatVersion':1,'name':'Norway',"
        + "'signatoryKind':'member-state','country':'NOR'}");
    assertThat(STRICT.decode(document, Signatory.class)).isEqualTo(withCountry);
    assertThat(STRICT.readDocument(document)).isEqualTo(withCountry);
    assertThat(STRICT.encodeToString(withCountry)).isEqualTo(document);
    String noCountry = json("{'kind':'signatory','formatVersion':1,'name':'GNWP',"
        + "'signatoryKind':'civil-society','country':null}");
    assertThat(STRICT.decode(noCountry, Signatory.class)).isEqualTo(
        Signatory.builder().name("GNWP").kind(SignatoryKind.CIVIL_SOCIETY).build());
    assertThat(schemaErrors(DocumentKind.SIGNATORY, document)).isEmpty();
    assertThat(schemaErrors(DocumentKind.SIGNATORY, noCountry)).isEmpty();
  }

  @Test
  void aSignatoryWithoutItsCategoryNamesTheField() {
    assertFails(
        () -> STRICT.decode(json("{'kind':'signatory','formatVersion':1,'name':'Norway'}"),
            Signatory.class),
        Problem.DOES_NOT_FIT,
        "$",
        "Missing required field 'signatoryKind' at $ (line 1, column 54)");
    assertFails(
        () -> STRICT.decode(json("{'kind':'signatory','formatVersion':1}"), Signatory.class),
        Problem.DOES_NOT_FIT,
        "$",
        "Missing required fields 'name', 'signatoryKind' at $ (line 1, column 38)");
  }

  @Test
  void aSignatoryWithAnUnknownCategoryOrTheCategoryUnderKindIsRefused() {
    assertFails(
        () -> STRICT.decode(json("{'kind':'signatory','formatVersion':1,'name':'Norway',"
            + "'signatoryKind':'state'}"), Signatory.class),
        Problem.DOES_NOT_FIT,
        "$.signatoryKind",
        "Expected a signatory kind (one of member-state, un-entity, regional-organization,"
            + " civil-society, academia, private-sector) but was \"state\" at $.signatoryKind"
            + " (line 1, column 71)");
    // "kind" is the envelope's: a second one is a duplicate, not the signatory's category.
    assertFails(
        () -> STRICT.decode(json("{'kind':'signatory','formatVersion':1,'name':'Norway',"
            + "'kind':'member-state'}"), Signatory.class),
        Problem.DOES_NOT_FIT,
        "$.kind",
        "Duplicate field 'kind' at $.kind (line 1, column 62)");
  }

  @Test
  void aSignatoryInsideAnApplicationsOwnJsonHasNoEnvelope() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new WpsModule());
    Signatory s = Signatory.builder().name("Norway").kind(SignatoryKind.MEMBER_STATE).build();
    String nested = mapper.writeValueAsString(java.util.List.of(s));
    assertThat(nested).isEqualTo(json("[{'name':'Norway','signatoryKind':'member-state'}]"));
    assertThat(mapper.readValue(nested, Signatory[].class)).containsExactly(s);
  }

  @Test
  void theSchemaSpellsSignatoryKindsAsTheCodecDoes() throws Exception {
    java.util.List<String> inSchema = new java.util.ArrayList<>();
    mapper().readTree(resource(DocumentKind.SIGNATORY.schemaResource())).path("$defs")
        .path("signatoryKind").path("enum").forEach(n -> inSchema.add(n.asText()));
    java.util.List<String> written = new java.util.ArrayList<>();
    for (SignatoryKind k : SignatoryKind.values()) {
      written.add(STRICT.encodeToString(Signatory.builder().name("x").kind(k).build())
          .replaceAll(".*\"signatoryKind\":\"([a-z-]+)\".*", "$1"));
    }
    assertThat(inSchema).isEqualTo(written).hasSize(6);
  }

  @Test
  void theSchemaStillRefusesATargetYearBeforeNineteenFortySix() {
    assertThat(schemaErrors(DocumentKind.COMPACT_COMMITMENT, json(COMMITMENT + ",'targetYear':1900}")))
        .isNotEmpty();
  }
}
