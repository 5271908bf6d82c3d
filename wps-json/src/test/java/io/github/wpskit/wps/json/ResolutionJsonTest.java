package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.json.WpsJsonException.Problem;
import io.github.wpskit.wps.resolution.MeetingRecord;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.resolution.Vote;
import io.github.wpskit.wps.resolution.WpsPillar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The resolution document: golden files, accepted spellings and every way a document can not fit. */
class ResolutionJsonTest extends JsonTestSupport {

  static final Resolution RES_1325 =
      Resolution.builder()
          .symbol(ResolutionSymbol.of(1325, 2000))
          .adopted(LocalDate.of(2000, 10, 31))
          .meeting(MeetingRecord.of(4213))
          .vote(Vote.unanimous(15))
          .summary("Founding WPS resolution: women's participation in conflict prevention and"
              + " resolution, protection of women and girls, and a gender perspective in"
              + " peacekeeping and post-conflict work")
          .wpsAgenda(true)
          .addPillars(WpsPillar.values())
          .build();

  static final Resolution EXTREMES =
      Resolution.builder()
          .symbol(ResolutionSymbol.of(99_999, 9999))
          .adopted(LocalDate.of(0, 1, 1))
          .meeting(MeetingRecord.of(99_999))
          .vote(Vote.withoutVote())
          .title("Synthetic test title: \"quoted\", back\\slash, tab\there, line\nbreak,"
              + " control \u0001, non-ASCII é 決議 🕊")
          .summary("x")
          .addRecalls(ResolutionSymbol.of(1, 1946), ResolutionSymbol.of(99_998, 9999))
          .build();

  @Test
  void goldenFileIsExactlyTheEncoding() {
    assertThat(STRICT.encodePretty(RES_1325)).isEqualTo(resource("/golden/resolution.json"));
    assertThat(STRICT.encodePretty(EXTREMES))
        .isEqualTo(resource("/golden/resolution-extremes.json"));
  }

  @Test
  void goldenFileDecodesToTheValue() {
    assertThat(STRICT.decode(resource("/golden/resolution.json"), Resolution.class))
        .isEqualTo(RES_1325);
    assertThat(STRICT.decode(utf8(resource("/golden/resolution-extremes.json")), Resolution.class))
        .isEqualTo(EXTREMES);
  }

  @Test
  void compactEncodingIsTheGoldenFileWithoutWhiteSpace() {
    assertThat(STRICT.encodeToString(RES_1325))
        .isEqualTo(json("{'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)',"
            + "'adopted':'2000-10-31','meeting':'S/PV.4213','vote':{'inFavour':15,'against':0,"
            + "'abstentions':0,'nonVoting':0,'adoptedWithoutVote':false},'summary':'Founding WPS"
            + " resolution: women`s participation in conflict prevention and resolution, protection"
            + " of women and girls, and a gender perspective in peacekeeping and post-conflict"
            + " work','wpsAgenda':true,'pillars':['participation','protection','prevention',"
            + "'relief-and-recovery'],'recalls':[]}").replace('`', '\''));
  }

  @Test
  void minimalDocumentLeavesOptionalFieldsEmptyAndCollectionsEmpty() {
    Resolution r = STRICT.decode(resolutionWith(""), Resolution.class);
    assertThat(r)
        .isEqualTo(Resolution.builder().symbol(ResolutionSymbol.of(1325, 2000))
            .adopted(LocalDate.of(2000, 10, 31)).build());
    assertThat(STRICT.encodeToString(r))
        .isEqualTo(resolutionWith("'wpsAgenda':false,'pillars':[],'recalls':[]"));
  }

  @Test
  void explicitNullMeansAbsentForOptionalFields() {
    Resolution r =
        STRICT.decode(
            resolutionWith("'meeting':null,'vote':null,'title':null,'summary':null"),
            Resolution.class);
    assertThat(r).isEqualTo(STRICT.decode(resolutionWith(""), Resolution.class));
  }

  @Test
  void fieldsAreReadInAnyOrderIncludingTheEnvelope() {
    Resolution r =
        STRICT.decode(
            json("{'adopted':'2000-10-31','symbol':'S/RES/1325(2000)','formatVersion':1,"
                + "'kind':'resolution'}"),
            Resolution.class);
    assertThat(r.symbol()).isEqualTo(ResolutionSymbol.of(1325, 2000));
  }

  @Test
  void symbolWithoutSpaceIsReadAndWrittenCanonically() {
    Resolution r = STRICT.decode(
        resolutionWith("").replace("S/RES/1325 (2000)", "S/RES/1325(2000)"), Resolution.class);
    assertThat(STRICT.encodeToString(r)).contains("\"S/RES/1325 (2000)\"");
  }

  @Test
  void pillarsAreWrittenInPillarOrderWhateverTheInputOrder() {
    Resolution r =
        STRICT.decode(resolutionWith("'pillars':['relief-and-recovery','participation']"),
            Resolution.class);
    assertThat(STRICT.encodeToString(r))
        .contains(json("'pillars':['participation','relief-and-recovery']"));
  }

  @Test
  void recallsKeepTheirOrder() {
    Resolution r =
        STRICT.decode(resolutionWith("'recalls':['S/RES/2467 (2019)','S/RES/1820 (2008)']"),
            Resolution.class);
    assertThat(r.recalls())
        .containsExactly(ResolutionSymbol.of(2467, 2019), ResolutionSymbol.of(1820, 2008));
  }

  @Test
  void encodingIsDeterministic() {
    assertThat(STRICT.encode(RES_1325)).isEqualTo(STRICT.encode(RES_1325));
    assertThat(STRICT.encode(STRICT.decode(STRICT.encode(EXTREMES), Resolution.class)))
        .isEqualTo(STRICT.encode(EXTREMES));
  }

  @Test
  void dateOutsideFourDigitYearsIsNotEncodable() {
    Resolution r = Resolution.builder().symbol(ResolutionSymbol.of(1, 1946))
        .adopted(LocalDate.of(10_000, 1, 1)).build();
    assertFails(() -> STRICT.encode(r), Problem.NOT_ENCODABLE, "$.adopted",
        "Cannot encode date +10000-01-01: the format has four-digit years 0000-9999 at $.adopted");
  }

  /** Each row: the fields after symbol and adopted, the path, and the message. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock = """
      'colour':'red'                      | $.colour          | Unknown field 'colour' (known fields: symbol, adopted, meeting, vote, title, summary, wpsAgenda, pillars, recalls) at $.colour (line 1, column 101)
      'vote':{'inFavour':15,'extra':1}    | $.vote.extra      | Unknown field 'extra' (known fields: inFavour, against, abstentions, nonVoting, adoptedWithoutVote) at $.vote.extra (line 1, column 122)
      'title':'a','title':'b'             | $.title           | Duplicate field 'title' at $.title (line 1, column 112)
      'title':5                           | $.title           | Expected a string but was the number 5 at $.title (line 1, column 100)
      'title':''                          | $.title           | Invalid value for Resolution.title (must not be blank): "" at $.title (line 1, column 102)
      'title':' padded'                   | $.title           | Invalid value for Resolution.title (must not start or end with white space): " padded" at $.title (line 1, column 109)
      'meeting':'S/PV.0'                  | $.meeting         | Text 'S/PV.0' could not be parsed as MeetingRecord at index 5 (expected S/PV.<meeting number>) at $.meeting (line 1, column 102)
      'meeting':4213                      | $.meeting         | Expected a meeting record (S/PV.<meeting number>) but was the number 4213 at $.meeting (line 1, column 102)
      'wpsAgenda':'true'                  | $.wpsAgenda       | Expected true or false but was "true" at $.wpsAgenda (line 1, column 104)
      'wpsAgenda':null                    | $.wpsAgenda       | Expected true or false but was null at $.wpsAgenda (line 1, column 104)
      'pillars':'protection'              | $.pillars         | Expected an array of WPS pillars but was "protection" at $.pillars (line 1, column 102)
      'pillars':null                      | $.pillars         | Expected an array of WPS pillars but was null at $.pillars (line 1, column 102)
      'pillars':['protection','Protection'] | $.pillars[1]    | Expected a WPS pillar (one of participation, protection, prevention, relief-and-recovery) but was "Protection" at $.pillars[1] (line 1, column 116)
      'pillars':['relief_and_recovery']   | $.pillars[0]      | Expected a WPS pillar (one of participation, protection, prevention, relief-and-recovery) but was "relief_and_recovery" at $.pillars[0] (line 1, column 103)
      'pillars':['protection','protection'] | $.pillars[1]    | Duplicate value "protection" in a set at $.pillars[1] (line 1, column 116)
      'recalls':['S/RES/1820 (2008)','S/RES/1820(2008)'] | $.recalls[1] | Duplicate value "S/RES/1820 (2008)" in a set at $.recalls[1] (line 1, column 123)
      'recalls':['S/RES/1325 (2000)']     | $.recalls         | Invalid value for Resolution.recalls (a resolution cannot recall itself): S/RES/1325 (2000) at $.recalls (line 1, column 123)
      'recalls':['S/RES/1325']            | $.recalls[0]      | Text 'S/RES/1325' could not be parsed as ResolutionSymbol at index 10 (expected S/RES/<number> (<year>)) at $.recalls[0] (line 1, column 103)
      'recalls':[['S/RES/1 (1946)']]      | $.recalls[0]      | Expected a resolution symbol (S/RES/<number> (<year>)) but was an array at $.recalls[0] (line 1, column 103)
      'vote':{'inFavour':16,'against':0,'abstentions':0,'nonVoting':0} | $.vote.inFavour | Invalid value for Vote.inFavour (valid values 0 - 15): 16 at $.vote.inFavour (line 1, column 155)
      'vote':{'inFavour':10,'against':3,'abstentions':3,'nonVoting':0} | $.vote | Invalid value for Vote.total (the counts must add up to at most 15): 16 at $.vote (line 1, column 155)
      'vote':{'inFavour':1,'against':0,'abstentions':0,'nonVoting':0,'adoptedWithoutVote':true} | $.vote.adoptedWithoutVote | Invalid value for Vote.adoptedWithoutVote (a decision without a vote has no counts, total was 1): true at $.vote.adoptedWithoutVote (line 1, column 180)
      'vote':{'inFavour':15}              | $.vote            | Missing required fields 'against', 'abstentions', 'nonVoting' at $.vote (line 1, column 113)
      'vote':{'inFavour':15.0,'against':0,'abstentions':0,'nonVoting':0} | $.vote.inFavour | Expected an integer but was the number 15.0 at $.vote.inFavour (line 1, column 111)
      'vote':{'inFavour':-1,'against':0,'abstentions':0,'nonVoting':0} | $.vote.inFavour | Invalid value for Vote.inFavour (valid values 0 - 15): -1 at $.vote.inFavour (line 1, column 155)
      'vote':{'inFavour':99999999999,'against':0,'abstentions':0,'nonVoting':0} | $.vote.inFavour | Expected an integer between -2147483648 and 2147483647 but was the number 99999999999 at $.vote.inFavour (line 1, column 111)
      'vote':{'inFavour':null,'against':0,'abstentions':0,'nonVoting':0} | $.vote.inFavour | Expected an integer but was null at $.vote.inFavour (line 1, column 111)
      'vote':[15,0,0]                     | $.vote            | Expected a vote (an object) but was an array at $.vote (line 1, column 99)
      """)
  void fieldThatDoesNotFitIsRefusedWithPathAndMessage(String fields, String path, String message) {
    assertFails(
        () -> STRICT.decode(resolutionWith(json(fields)), Resolution.class),
        Problem.DOES_NOT_FIT,
        path,
        message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock = """
      {'kind':'resolution','formatVersion':1,'adopted':'2000-10-31'}                         | $          | Missing required field 'symbol' at $ (line 1, column 62)
      {'kind':'resolution','formatVersion':1}                                                | $          | Missing required fields 'symbol', 'adopted' at $ (line 1, column 39)
      {'formatVersion':1,'symbol':'S/RES/1325 (2000)','adopted':'2000-10-31'}               | $          | Missing required field 'kind' at $ (line 1, column 71)
      {'kind':'resolution','symbol':'S/RES/1325 (2000)','adopted':'2000-10-31'}             | $          | Missing required field 'formatVersion' at $ (line 1, column 73)
      {'kind':'mission','formatVersion':1}                                                   | $.kind     | Wrong document kind 'mission' (expected 'resolution') at $.kind (line 1, column 9)
      {'kind':'Resolution','formatVersion':1}                                                | $.kind     | Unknown document kind "Resolution" (expected one of resolution, mission, mandate, gender-staffing-table, compact-commitment, compact-report, signatory, deployment, parity-targets, parity-analysis, validation-report, catalog) at $.kind (line 1, column 9)
      {'kind':1,'formatVersion':1}                                                           | $.kind     | Expected a document kind (resolution, mission, mandate, gender-staffing-table, compact-commitment, compact-report, signatory, deployment, parity-targets, parity-analysis, validation-report, catalog) but was the number 1 at $.kind (line 1, column 9)
      {'kind':'resolution','formatVersion':2}                                                | $.formatVersion | Unsupported format version 2 (this library reads version 1) at $.formatVersion (line 1, column 38)
      {'kind':'resolution','formatVersion':'1'}                                              | $.formatVersion | Expected the format version 1 but was "1" at $.formatVersion (line 1, column 38)
      {'kind':'resolution','kind':'resolution','formatVersion':1}                            | $.kind     | Duplicate field 'kind' at $.kind (line 1, column 29)
      {'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)','adopted':'2000-10-32'} | $.adopted | Expected a date (yyyy-mm-dd) but was "2000-10-32" (Invalid value for DayOfMonth (valid values 1 - 28/31): 32) at $.adopted (line 1, column 79)
      {'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)','adopted':'2001-02-29'} | $.adopted | Expected a date (yyyy-mm-dd) but was "2001-02-29" (Invalid date 'February 29' as '2001' is not a leap year) at $.adopted (line 1, column 79)
      {'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)','adopted':'31/10/2000'} | $.adopted | Expected a date (yyyy-mm-dd) but was "31/10/2000" at $.adopted (line 1, column 79)
      {'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)','adopted':'2000-10-31T00:00'} | $.adopted | Expected a date (yyyy-mm-dd) but was "2000-10-31T00:00" at $.adopted (line 1, column 79)
      {'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)','adopted':'+2000-10-31'} | $.adopted | Expected a date (yyyy-mm-dd) but was "+2000-10-31" at $.adopted (line 1, column 79)
      {'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (1945)','adopted':'2000-10-31'} | $.symbol | Invalid value for ResolutionSymbol.year (valid values 1946 - 9999): 1945 at $.symbol (line 1, column 49)
      {'kind':'resolution','formatVersion':1,'symbol':'s/res/1325 (2000)','adopted':'2000-10-31'} | $.symbol | Text 's/res/1325 (2000)' could not be parsed as ResolutionSymbol at index 0 (expected S/RES/<number> (<year>)) at $.symbol (line 1, column 49)
      {'kind':'resolution','formatVersion':1,'symbol':null,'adopted':'2000-10-31'}           | $.symbol   | Expected a resolution symbol (S/RES/<number> (<year>)) but was null at $.symbol (line 1, column 49)
      """)
  void documentThatDoesNotFitIsRefusedWithPathAndMessage(
      String document, String path, String message) {
    assertFails(() -> STRICT.decode(json(document), Resolution.class), Problem.DOES_NOT_FIT, path,
        message);
  }

  @Test
  void missingRequiredFieldReportsTheNamesAsData() {
    WpsJsonException e =
        assertFails(
            () -> STRICT.decode(json("{'kind':'resolution','formatVersion':1,'vote':null}"),
                Resolution.class),
            Problem.DOES_NOT_FIT,
            "$",
            "Missing required fields 'symbol', 'adopted' at $ (line 1, column 51)");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(51);
    assertThat(e.detail()).isEqualTo("Missing required fields 'symbol', 'adopted'");
  }

  @Test
  void messagesNeverNameGeneratedClasses() {
    WpsJsonException e =
        assertFails(() -> STRICT.decode(resolutionWith("'x':1"), Resolution.class),
            Problem.DOES_NOT_FIT, "$.x",
            "Unknown field 'x' (known fields: symbol, adopted, meeting, vote, title, summary,"
                + " wpsAgenda, pillars, recalls) at $.x (line 1, column 96)");
    assertThat(e.getMessage()).doesNotContain("Immutable").doesNotContain("$Json")
        .doesNotContain("com.");
  }

  @Test
  void errorOnALaterLineReportsThatLine() {
    String doc = STRICT.encodePretty(RES_1325).replace("\"against\": 0", "\"against\": -3");
    WpsJsonException e =
        assertFails(() -> STRICT.decode(doc, Resolution.class), Problem.DOES_NOT_FIT,
            "$.vote.against", "Invalid value for Vote.against (valid values 0 - 15): -3 at"
                + " $.vote.against (line 13, column 3)");
    assertThat(e.line()).isEqualTo(13);
  }
}
