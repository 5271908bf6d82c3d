package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.wpskit.wps.json.WpsJsonException.Problem;
import io.github.wpskit.wps.resolution.Resolution;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lenient mode keeps unknown fields, reports them, and writes them back: nothing is lost. */
class LenientTest extends JsonTestSupport {

  static final String WITH_UNKNOWN =
      json("{'kind':'resolution','formatVersion':1,'note':{'by':'x','n':[1,2.50,1e400]},"
          + "'symbol':'S/RES/1325 (2000)','adopted':'2000-10-31',"
          + "'vote':{'inFavour':15,'against':0,'abstentions':0,'nonVoting':0,'tally':'15-0-0'},"
          + "'odd name':null}");

  @Test
  void unknownFieldsAreKeptWithTheirPathsAndExactText() {
    Decoded<Resolution> d = LENIENT.decode(WITH_UNKNOWN, Resolution.class);
    assertThat(d.unknownFields())
        .containsExactly(
            entry("$.note", json("{'by':'x','n':[1,2.50,1e400]}")),
            entry("$.vote.tally", json("'15-0-0'")),
            entry("$['odd name']", "null"));
    assertThat(d.warnings())
        .containsExactly(
            "Unknown field 'note' at $ was kept",
            "Unknown field 'tally' at $.vote was kept",
            "Unknown field 'odd name' at $ was kept");
    assertThat(d.value()).isEqualTo(STRICT.decode(
        json("{'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)',"
            + "'adopted':'2000-10-31','vote':{'inFavour':15,'against':0,'abstentions':0,"
            + "'nonVoting':0}}"), Resolution.class));
  }

  @Test
  void unknownFieldsAreWrittenBackAfterTheKnownFieldsOfTheirObject() {
    Decoded<Resolution> d = LENIENT.decode(WITH_UNKNOWN, Resolution.class);
    assertThat(new String(LENIENT.encode(d), StandardCharsets.UTF_8))
        .isEqualTo(json("{'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)',"
            + "'adopted':'2000-10-31','vote':{'inFavour':15,'against':0,'abstentions':0,"
            + "'nonVoting':0,'adoptedWithoutVote':false,'tally':'15-0-0'},'wpsAgenda':false,"
            + "'pillars':[],'recalls':[],'note':{'by':'x','n':[1,2.50,1e400]},'odd name':null}"));
  }

  @Test
  void encodeDecodeOfTheWrittenBackDocumentIsStable() {
    Decoded<Resolution> d = LENIENT.decode(WITH_UNKNOWN, Resolution.class);
    byte[] once = LENIENT.encode(d);
    Decoded<Resolution> again = LENIENT.decode(once, Resolution.class);
    assertThat(again).isEqualTo(d);
    assertThat(LENIENT.encode(again)).isEqualTo(once);
  }

  @Test
  void strictModeRefusesWhatLenientModeKeeps() {
    assertFails(() -> STRICT.decode(WITH_UNKNOWN, Resolution.class), Problem.DOES_NOT_FIT,
        "$.note", "Unknown field 'note' (known fields: symbol, adopted, meeting, vote, title,"
            + " summary, wpsAgenda, pillars, recalls) at $.note (line 1, column 47)");
  }

  @Test
  void lenientModeIsStrictAboutEverythingElse() {
    assertFails(
        () -> LENIENT.decode(resolutionWith("'x':1,'wpsAgenda':'yes'"), Resolution.class),
        Problem.DOES_NOT_FIT,
        "$.wpsAgenda",
        "Expected true or false but was \"yes\" at $.wpsAgenda (line 1, column 110)");
  }

  @Test
  void duplicateUnknownFieldIsRefused() {
    assertFails(
        () -> LENIENT.decode(resolutionWith("'x':1,'x':2"), Resolution.class),
        Problem.DOES_NOT_FIT,
        "$.x",
        "Duplicate field 'x' at $.x (line 1, column 102)");
  }

  @Test
  void keptFieldWithoutItsObjectInTheNewValueIsNotDroppedSilently() {
    Decoded<Resolution> d = LENIENT.decode(WITH_UNKNOWN, Resolution.class);
    Resolution withoutVote = Resolution.builder().from(d.value()).vote(java.util.Optional.empty())
        .build();
    assertFails(
        () -> LENIENT.encode(d.withValue(withoutVote)),
        Problem.NOT_ENCODABLE,
        "$.vote.tally",
        "Kept unknown field has no object to go back into in the new value at $.vote.tally");
  }

  @Test
  void withValueKeepsTheFieldsForAnEditedValue() {
    Decoded<Resolution> d = LENIENT.decode(WITH_UNKNOWN, Resolution.class);
    Resolution edited = Resolution.builder().from(d.value()).wpsAgenda(true).build();
    String out = new String(LENIENT.encode(d.withValue(edited)), StandardCharsets.UTF_8);
    assertThat(out).contains("\"wpsAgenda\":true").contains("\"tally\":\"15-0-0\"")
        .contains("\"odd name\":null");
  }

  @Test
  void keptNumbersKeepTheirTextWhenTheKindComesLast() {
    Decoded<Object> d =
        LENIENT.decode(
            json("{'symbol':'S/RES/1325 (2000)','n':[2.50,1e400,12345678901234567890123],"
                + "'adopted':'2000-10-31','formatVersion':1,'kind':'resolution'}"),
            Object.class);
    assertThat(d.unknownFields()).containsExactly(
        entry("$.n", "[2.50,1e400,12345678901234567890123]"));
  }

  @Test
  void documentWithoutUnknownFieldsHasNoWarnings() {
    Decoded<Resolution> d = LENIENT.decode(resolutionWith(""), Resolution.class);
    assertThat(d.unknownFields()).isEmpty();
    assertThat(d.warnings()).isEmpty();
    assertThat(LENIENT.encode(d)).isEqualTo(STRICT.encode(d.value()));
  }
}
