package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
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

  @Test
  void schemasNameEveryKind() {
    for (DocumentKind kind : EnumSet.allOf(DocumentKind.class)) {
      String schema = resource(kind.schemaResource());
      assertThat(schema).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
      assertThat(schema).contains("\"kind\": { \"const\": \"" + kind.id() + "\" }");
      assertThat(schema).contains("\"formatVersion\": { \"const\": 1 }");
    }
  }
}
