package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JSON Schemas shipped in the jar, checked with an independent validator: samples validate,
 * known-bad documents do not. Encoded generated values are checked in {@link RoundTripTest}.
 */
class SchemaTest extends JsonTestSupport {

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void everyKindShipsASchemaAndAGoldenFileThatValidates(DocumentKind kind) {
    assertThat(schemaErrors(kind, STRICT.encodeToString(Samples.BY_KIND.get(kind)))).isEmpty();
    assertThat(WpsJson.class.getResource(kind.schemaResource())).isNotNull();
    assertThat(schemaErrors(kind, resource("/golden/" + kind.id() + ".json"))).isEmpty();
  }

  @Test
  void extremesGoldenFileValidates() {
    assertThat(schemaErrors(DocumentKind.RESOLUTION, resource("/golden/resolution-extremes.json")))
        .isEmpty();
  }

  @Test
  void documentWithNullOptionalsAndNoCollectionsValidates() {
    assertThat(schemaErrors(DocumentKind.RESOLUTION,
        resolutionWith("'meeting':null,'vote':null,'title':null,'summary':null"))).isEmpty();
  }

  /** Each row: extra fields that make a resolution document invalid, and the schema keyword. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock = """
      'colour':'red'                                                  | additionalProperties
      'adopted2':'x'                                                  | additionalProperties
      'pillars':['Protection']                                        | enum
      'pillars':['protection','protection']                           | uniqueItems
      'recalls':['S/RES/1325']                                        | pattern
      'recalls':['S/RES/1 (1945)']                                    | pattern
      'meeting':'S/PV.0'                                              | pattern
      'title':''                                                      | minLength
      'title':' x'                                                    | pattern
      'wpsAgenda':'true'                                              | type
      'vote':{'inFavour':16,'against':0,'abstentions':0,'nonVoting':0} | maximum
      'vote':{'inFavour':15}                                          | required
      'vote':{'inFavour':1,'against':0,'abstentions':0,'nonVoting':0,'adoptedWithoutVote':true} | const
      """)
  void knownBadResolutionFails(String fields, String keyword) {
    assertThat(schemaErrors(DocumentKind.RESOLUTION, resolutionWith(json(fields))))
        .isNotEmpty()
        .anySatisfy(error -> assertThat(error).contains(keyword));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock = """
      {'kind':'resolution','formatVersion':1,'adopted':'2000-10-31'}                      | required
      {'kind':'resolution','formatVersion':2,'symbol':'S/RES/1 (1946)','adopted':'2000-10-31'} | const
      {'kind':'mission','formatVersion':1,'symbol':'S/RES/1 (1946)','adopted':'2000-10-31'}    | const
      {'kind':'resolution','formatVersion':1,'symbol':'S/RES/1 (1946)','adopted':'2000-02-30'} | format
      {'kind':'resolution','formatVersion':1,'symbol':'S/RES/1 (1946)','adopted':'31/10/2000'} | pattern
      """)
  void knownBadDocumentFails(String document, String keyword) {
    assertThat(schemaErrors(DocumentKind.RESOLUTION, json(document)))
        .isNotEmpty()
        .anySatisfy(error -> assertThat(error).contains(keyword));
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void schemaRequiresTheEnvelopeOfItsKind(DocumentKind kind) throws Exception {
    JsonNode schema = mapper().readTree(resource(kind.schemaResource()));
    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    // An https URI: validators that parse $id (ajv) refuse the former urn:io.github.wpskit:...
    assertThat(schema.path("$id").asText())
        .isEqualTo("https://wpskit.github.io/wps/schema/json/1/" + kind.id() + ".schema.json");
    assertThat(schema.path("properties").path("kind").path("const").asText()).isEqualTo(kind.id());
    assertThat(schema.path("properties").path("formatVersion").path("const").asInt()).isEqualTo(1);
    assertThat(schema.path("required").get(0).asText()).isEqualTo("kind");
    assertThat(schema.path("required").get(1).asText()).isEqualTo("formatVersion");
    assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void sharedDefinitionsAreIdenticalInEverySchema() throws Exception {
    JsonNode reference = mapper().readTree(resource(DocumentKind.RESOLUTION.schemaResource()))
        .path("$defs");
    for (DocumentKind kind : EnumSet.allOf(DocumentKind.class)) {
      JsonNode defs = mapper().readTree(resource(kind.schemaResource())).path("$defs");
      for (String shared : List.of("date", "year", "text", "resolutionSymbol", "meetingRecord",
          "missionAcronym", "countryCode", "policyCode", "frameworkActionCode", "thematicArea",
          "wpsPillar", "personnelType", "parityTargetGroup", "taskCategory", "genderRole", "missionComponent",
          "reportingLine", "genderFunction", "postStatus", "progressRating")) {
        assertThat(defs.path(shared)).as(kind + " " + shared).isEqualTo(reference.path(shared));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void enumSpellingsInTheSchemasAreTheCodecs(DocumentKind kind) throws Exception {
    JsonNode defs = mapper().readTree(resource(kind.schemaResource())).path("$defs");
    assertSpellings(defs, "wpsPillar", io.github.wpskit.wps.resolution.WpsPillar.class);
    assertSpellings(defs, "personnelType", io.github.wpskit.wps.mission.PersonnelType.class);
    assertSpellings(
        defs, "parityTargetGroup", io.github.wpskit.wps.parity.ParityTargetGroup.class);
    assertSpellings(defs, "taskCategory", io.github.wpskit.wps.mission.TaskCategory.class);
    assertSpellings(defs, "genderRole", io.github.wpskit.wps.gender.GenderRole.class);
    assertSpellings(defs, "missionComponent", io.github.wpskit.wps.gender.MissionComponent.class);
    assertSpellings(defs, "reportingLine", io.github.wpskit.wps.gender.ReportingLine.class);
    assertSpellings(defs, "genderFunction", io.github.wpskit.wps.gender.GenderFunction.class);
    assertSpellings(defs, "postStatus", io.github.wpskit.wps.gender.PostStatus.class);
    assertSpellings(defs, "progressRating", io.github.wpskit.wps.compact.ProgressRating.class);
    List<String> codes = new java.util.ArrayList<>();
    defs.path("policyCode").path("enum").forEach(n -> codes.add(n.asText()));
    for (String code : codes) {
      assertThat(io.github.wpskit.wps.policy.PolicyReference.parse(code).code()).isEqualTo(code);
    }
    assertThat(codes).hasSize(io.github.wpskit.wps.policy.A4pPriorityArea.values().length
        + io.github.wpskit.wps.policy.A4pPlusTheme.values().length
        + io.github.wpskit.wps.policy.A4pPlusPriority.values().length
        + io.github.wpskit.wps.policy.CallToActionCommitment.values().length);
  }

  private static <E extends Enum<E>> void assertSpellings(JsonNode defs, String name,
      Class<E> type) throws Exception {
    List<String> inSchema = new java.util.ArrayList<>();
    defs.path(name).path("enum").forEach(n -> inSchema.add(n.asText()));
    List<String> written = new java.util.ArrayList<>();
    for (E e : type.getEnumConstants()) {
      written.add(mapper().writeValueAsString(e).replace("\"", ""));
    }
    assertThat(inSchema).as(name).isEqualTo(written);
  }
}
