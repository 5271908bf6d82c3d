package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.json.WpsJsonException.Problem;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityRow;
import io.github.wpskit.wps.parity.ParityStatus;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parity-analysis kind beyond its golden file: derived values checked against the figures on
 * input (share exact or rounded, shortfall, status, nothing at a total of 0), the fields of each
 * list of rows, row order, months and counts, decimal targets, lenient reads.
 */
class ParityAnalysisJsonTest extends JsonTestSupport {
  private static final String HEAD = "{'kind':'parity-analysis','formatVersion':1,'deployments':1";

  /** One document with one country row of 12 women in 140 formed police, target 20%. */
  private static String countryRow(String extra) {
    return json(HEAD + ",'byCountry':[{'month':'2090-06','group':'formed-police-units',"
        + "'contributingCountry':'NOR','women':12,'total':140,'target':20" + extra + "}]}");
  }

  private static ParityRow onlyCountryRow(String extra) {
    return STRICT.decode(countryRow(extra), ParityAnalysis.class).byCountry().get(0);
  }

  @Test
  void derivedValuesAreWrittenAndRecomputedOnInput() {
    ParityRow row = onlyCountryRow("");
    assertThat(row.share()).hasValue(12 * 100.0 / 140);
    assertThat(row.shortfall()).hasValue(16);
    assertThat(row.status()).hasValue(ParityStatus.YELLOW);
    assertThat(STRICT.encodeToString(STRICT.decode(countryRow(""), ParityAnalysis.class)))
        .isEqualTo(json("{'kind':'parity-analysis','formatVersion':1,'deployments':1,"
            + "'overall':[],'byMission':[],'byCountry':[{'month':'2090-06',"
            + "'group':'formed-police-units','contributingCountry':'NOR','women':12,'total':140,"
            + "'target':20.0,'share':8.571428571428571,'shortfall':16,'status':'yellow'}]}"));
    // The same, derived values given as written: accepted, and the value is the same.
    assertThat(onlyCountryRow(
        ",'share':8.571428571428571,'shortfall':16,'status':'yellow'")).isEqualTo(row);
    assertThat(onlyCountryRow(",'share':null,'shortfall':null,'status':null")).isEqualTo(row);
  }

  @ParameterizedTest
  @CsvSource({"8.571428571428571", "8.57", "8.571", "8.6", "9", "8.5714285714285714285"})
  void aShareRoundedToTheDecimalsWrittenAgrees(String share) {
    assertThat(onlyCountryRow(",'share':" + share).share()).hasValue(12 * 100.0 / 140);
  }

  @ParameterizedTest
  @CsvSource({"8.5", "8.58", "8.56", "10", "-8.57", "85.71", "8.5715"})
  void aShareThatContradictsTheFiguresIsRefusedAtTheField(String share) {
    WpsJsonException e = assertFails(() -> onlyCountryRow(",'share':" + share),
        Problem.DOES_NOT_FIT, "$.byCountry[0].share",
        "Invalid value for ParityRow.share (must be 8.571428571428571, the share of 12 women in"
            + " 140 (or that share rounded to the decimals written)): " + share
            + " at $.byCountry[0].share (line 1, column " + (194 + share.length()) + ")");
    assertThat(e.detail()).startsWith("Invalid value for ParityRow.share");
  }

  @Test
  void aShareOfHugeMagnitudeIsRefusedWithoutExactArithmetic() {
    // 1e999999999 - 1200 exactly would need a billion digits: the range is checked first.
    assertFails(() -> onlyCountryRow(",'share':1e999999999"), Problem.DOES_NOT_FIT,
        "$.byCountry[0].share",
        "Invalid value for ParityRow.share (must be 8.571428571428571, the share of 12 women in"
            + " 140 (or that share rounded to the decimals written)): 1e999999999"
            + " at $.byCountry[0].share (line 1, column 205)");
  }

  @ParameterizedTest
  @CsvSource({"8.5711e10428571428571", "8.57e-10428571428571"})
  void aShareWhoseExponentNoDecimalHoldsIsRefusedAtTheField(String share) {
    // A fuzzing finding: Jackson's BigDecimal refuses an exponent beyond an int with a bare
    // NumberFormatException, which escaped the decoder.
    assertFails(() -> onlyCountryRow(",'share':" + share), Problem.DOES_NOT_FIT,
        "$.byCountry[0].share",
        "Invalid value for ParityRow.share (must be 8.571428571428571, the share of 12 women in"
            + " 140 (or that share rounded to the decimals written)): " + share
            + " at $.byCountry[0].share (line 1, column " + (194 + share.length()) + ")");
  }

  @Test
  void aZeroTotalHasNoShareNoShortfallAndNoColourButNoPersonnel() {
    String zero = json(HEAD + ",'overall':[{'month':'2090-06','group':'justice-and-corrections',"
        + "'women':0,'total':0,'target':10}],'byCountry':[{'month':'2090-06',"
        + "'group':'justice-and-corrections','contributingCountry':'GHA','women':0,'total':0}]}");
    ParityAnalysis a = STRICT.decode(zero, ParityAnalysis.class);
    assertThat(a.overall().get(0).share()).isEmpty();
    assertThat(a.overall().get(0).shortfall()).isEmpty();
    assertThat(a.byCountry().get(0).status()).hasValue(ParityStatus.NO_PERSONNEL);
    String written = STRICT.encodeToString(a);
    assertThat(written).doesNotContain("share").doesNotContain("NaN").doesNotContain("shortfall")
        .contains(json("'women':0,'total':0,'status':'no-personnel'"));
    assertFails(() -> STRICT.decode(zero.replace("\"target\":10", "\"target\":10,\"share\":0"),
            ParityAnalysis.class),
        Problem.DOES_NOT_FIT, "$.overall[0].share",
        "Invalid value for ParityRow.share (must be absent: the total is 0, so there is no share):"
            + " 0 at $.overall[0].share (line 1, column 166)");
    assertFails(() -> STRICT.decode(zero.replace("\"target\":10", "\"target\":10,\"shortfall\":0"),
            ParityAnalysis.class),
        Problem.DOES_NOT_FIT, "$.overall[0].shortfall",
        "Invalid value for ParityRow.shortfall (must be absent: the total is 0, and no number of"
            + " women meets a target among nobody): 0 at $.overall[0].shortfall"
            + " (line 1, column 170)");
  }

  @Test
  void aShortfallOrStatusThatContradictsTheFiguresIsRefused() {
    assertFails(() -> onlyCountryRow(",'shortfall':15"), Problem.DOES_NOT_FIT,
        "$.byCountry[0].shortfall",
        "Invalid value for ParityRow.shortfall (must be 16, the women missing from 12 in 140 to"
            + " meet the target 20%): 15 at $.byCountry[0].shortfall (line 1, column 200)");
    assertFails(() -> onlyCountryRow(",'status':'green'"), Problem.DOES_NOT_FIT,
        "$.byCountry[0].status",
        "Invalid value for ParityRow.status (must be yellow for 12 women in 140 against the target"
            + " 20%): green at $.byCountry[0].status (line 1, column 202)");
    assertFails(() -> onlyCountryRow(",'status':'purple'"), Problem.DOES_NOT_FIT,
        "$.byCountry[0].status",
        "Expected a parity status (one of green, yellow, red, below-yellow-threshold,"
            + " target-unknown, no-personnel) but was \"purple\" at $.byCountry[0].status"
            + " (line 1, column 195)");
    // Without a target there is no shortfall, and Green and Yellow cannot be told apart.
    String noTarget = countryRow("").replace(",\"target\":20", "");
    assertFails(() -> STRICT.decode(noTarget.replace("140}", "140,\"shortfall\":16}"),
            ParityAnalysis.class), Problem.DOES_NOT_FIT, "$.byCountry[0].shortfall",
        "Invalid value for ParityRow.shortfall (must be absent: no target is known for"
            + " formed-police-units in 2090): 16 at $.byCountry[0].shortfall"
            + " (line 1, column 188)");
    assertFails(() -> STRICT.decode(noTarget.replace("140}", "140,\"status\":\"yellow\"}"),
            ParityAnalysis.class), Problem.DOES_NOT_FIT, "$.byCountry[0].status",
        "Invalid value for ParityRow.status (must be target-unknown for 12 women in 140 with no"
            + " target known): yellow at $.byCountry[0].status (line 1, column 191)");
  }

  @Test
  void aDecimalTargetIsReadAndWrittenExactlyAndMetExactly() {
    // 35 of 200 is exactly 17.5%: green, nothing missing; one woman fewer misses by one.
    String doc = json(HEAD + ",'byCountry':[{'month':'2090-06','group':'military-contingents',"
        + "'contributingCountry':'NOR','women':35,'total':200,'target':17.5}]}");
    ParityRow met = STRICT.decode(doc, ParityAnalysis.class).byCountry().get(0);
    assertThat(met.target().orElseThrow().percentage()).isEqualTo(17.5);
    assertThat(met.status()).hasValue(ParityStatus.GREEN);
    assertThat(met.shortfall()).hasValue(0);
    ParityRow missed = STRICT.decode(doc.replace("35", "34"), ParityAnalysis.class)
        .byCountry().get(0);
    assertThat(missed.status()).hasValue(ParityStatus.YELLOW);
    assertThat(missed.shortfall()).hasValue(1);
    // 17.1 is no binary fraction; it is read as the decimal written: 17.1% of 1000 is 171 women.
    String tenths = doc.replace("17.5", "17.1").replace("\"women\":35,\"total\":200",
        "\"women\":171,\"total\":1000");
    ParityAnalysis a = STRICT.decode(tenths, ParityAnalysis.class);
    assertThat(a.byCountry().get(0).status()).hasValue(ParityStatus.GREEN);
    assertThat(STRICT.encodeToString(a)).contains(json("'target':17.1,'share':17.1,'shortfall':0"));
    assertThat(STRICT.decode(STRICT.encode(a), ParityAnalysis.class)).isEqualTo(a);
  }

  @Test
  void eachListHasItsOwnFields() {
    // A status on an overall row and a country on a mission row are unknown fields there.
    String overallWithStatus = json(HEAD + ",'overall':[{'month':'2090-06',"
        + "'group':'military-contingents','women':1,'total':2,'status':'yellow'}]}");
    assertFails(() -> STRICT.decode(overallWithStatus, ParityAnalysis.class),
        Problem.DOES_NOT_FIT, "$.overall[0].status",
        "Unknown field 'status' (known fields: month, group, women, total, target, share,"
            + " shortfall) at $.overall[0].status (line 1, column 151)");
    assertFails(() -> STRICT.decode(json(HEAD + ",'byMission':[{'month':'2090-06',"
            + "'group':'military-contingents','women':1,'total':2}]}"), ParityAnalysis.class),
        Problem.DOES_NOT_FIT, "$.byMission[0]",
        "Missing required field 'mission' at $.byMission[0] (line 1, column 143)");
    assertFails(() -> STRICT.decode(json(HEAD + ",'byCountry':[{'month':'2090-06',"
            + "'group':'military-contingents','mission':'EXAMPLE','women':1,'total':2}]}"),
            ParityAnalysis.class),
        Problem.DOES_NOT_FIT, "$.byCountry[0].mission",
        "Unknown field 'mission' (known fields: month, group, contributingCountry, women, total,"
            + " target, share, shortfall, status) at $.byCountry[0].mission (line 1, column 134)");
    assertFails(() -> STRICT.decode(json("{'kind':'parity-analysis','formatVersion':1}"),
            ParityAnalysis.class),
        Problem.DOES_NOT_FIT, "$", "Missing required field 'deployments' at $ (line 1, column 44)");
  }

  @Test
  void lenientKeepsAStatusOnAnOverallRowAndWritesItBack() {
    String doc = json(HEAD + ",'overall':[{'month':'2090-06','group':'military-contingents',"
        + "'women':1,'total':2,'status':'yellow'}],'byMission':[],'byCountry':[]}");
    Decoded<ParityAnalysis> d = LENIENT.decode(doc, ParityAnalysis.class);
    assertThat(d.unknownFields()).containsOnlyKeys("$.overall[0].status");
    assertThat(d.value().overall().get(0).status()).isEmpty();
    assertThat(new String(LENIENT.encode(d), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(json(HEAD + ",'overall':[{'month':'2090-06','group':'military-contingents',"
            + "'women':1,'total':2,'share':50.0,'status':'yellow'}],'byMission':[],"
            + "'byCountry':[]}"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock = """
      'month':'2090-13'  | $.overall[0].month | Expected a month (yyyy-mm, the month 01 to 12) but was "2090-13"
      'month':'2090-6'   | $.overall[0].month | Expected a month (yyyy-mm, the month 01 to 12) but was "2090-6"
      'month':'2090-06-30' | $.overall[0].month | Expected a month (yyyy-mm, the month 01 to 12) but was "2090-06-30"
      'women':-1         | $.overall[0].women | Expected a count (an integer from 0 to 9223372036854775807) but was the number -1
      'women':1.0        | $.overall[0].women | Expected a count (an integer from 0 to 9223372036854775807) but was the number 1.0
      'women':9223372036854775808 | $.overall[0].women | Expected a count (an integer from 0 to 9223372036854775807) but was the number 9223372036854775808
      'women':3          | $.overall[0].women | Invalid value for ParityRow.women (must be from 0 to the total 2): 3
      'target':100.5     | $.overall[0].target | Invalid value for ParityRow.target (must be a percentage from 0 to 100): 100.5
      'target':'8'       | $.overall[0].target | Expected a number but was "8"
      """)
  void badRowFieldsAreRefusedAtTheField(String field, String path, String message) {
    String doc = json(HEAD + ",'overall':[{'month':'2090-06','group':'military-contingents',"
        + "'women':1,'total':2," + field + "}]}");
    if (field.startsWith("'month'") || field.startsWith("'women'")) {
      String name = field.substring(0, field.indexOf(':'));
      doc = json(HEAD + ",'overall':[{" + field + ","
          + ("'month'".equals(name) ? "'women':1" : "'month':'2090-06'")
          + ",'group':'military-contingents','total':2}]}");
    }
    String input = doc;
    WpsJsonException e = catchDoesNotFit(() -> STRICT.decode(input, ParityAnalysis.class));
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.detail()).isEqualTo(message);
  }

  private static WpsJsonException catchDoesNotFit(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    WpsJsonException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(WpsJsonException.class, call);
    assertThat(e).isNotNull();
    assertThat(e.problem()).isEqualTo(Problem.DOES_NOT_FIT);
    return e;
  }

  @Test
  void aMonthOutsideFourDigitYearsIsNotEncodable() {
    ParityAnalysis a = ParityAnalysis.builder().deployments(1)
        .addOverall(ParityRow.builder().month(YearMonth.of(10_000, 1))
            .group(ParityTargetGroup.MILITARY_CONTINGENTS).women(0).total(1).build())
        .build();
    assertFails(() -> STRICT.encode(a), Problem.NOT_ENCODABLE, "$.overall[0].month",
        "Cannot encode month 10000-01: the format has four-digit years 0000-9999"
            + " at $.overall[0].month");
  }

  @Test
  void rowsOutOfOrderAreRefusedAtTheirIndex() {
    String doc = json(HEAD + ",'byCountry':["
        + "{'month':'2090-06','group':'military-contingents','contributingCountry':'NOR',"
        + "'women':1,'total':2},"
        + "{'month':'2090-06','group':'military-contingents','contributingCountry':'GHA',"
        + "'women':1,'total':2}]}");
    WpsJsonException e = catchDoesNotFit(() -> STRICT.decode(doc, ParityAnalysis.class));
    assertThat(e.path()).isEqualTo("$.byCountry[1]");
    assertThat(e.detail()).startsWith("Invalid value for ParityAnalysis.byCountry[1] (must come"
        + " after the row before it (order: month, group, then mission or country; no repeats))");
  }

  @Test
  void aRowReadOnItsOwnMayBeOfAnyList() throws Exception {
    ParityRow mission = ParityRow.builder().month(YearMonth.of(2090, 6))
        .group(ParityTargetGroup.MILITARY_CONTINGENTS).mission(MissionAcronym.parse("EXAMPLE"))
        .women(1).total(4)
        .target(ParityTarget.of(ParityTargetGroup.MILITARY_CONTINGENTS, Year.of(2090), 17.5))
        .build();
    ParityRow country = ParityRow.builder().from(mission).mission(java.util.Optional.empty())
        .contributingCountry(CountryCode.parse("NOR")).build();
    com.fasterxml.jackson.databind.ObjectMapper mapper = WpsJson.newObjectMapper();
    for (ParityRow row : List.of(mission, country)) {
      String text = mapper.writeValueAsString(row);
      assertThat(text).doesNotContain("kind");
      assertThat(mapper.readValue(text, ParityRow.class)).isEqualTo(row);
    }
    assertThat(mapper.writeValueAsString(country)).endsWith(json(",'shortfall':0,'status':'green'}"));
    com.fasterxml.jackson.databind.JsonMappingException e = org.assertj.core.api.Assertions
        .catchThrowableOfType(com.fasterxml.jackson.databind.JsonMappingException.class,
            () -> mapper.readValue(json("{'month':'2090-06','group':'military-contingents',"
                + "'mission':'EXAMPLE','women':1,'total':4,'status':'yellow'}"), ParityRow.class));
    assertThat(e).isNotNull();
    assertThat(e.getOriginalMessage()).startsWith("Invalid value for ParityRow.status (must be"
        + " absent: only a contributing country's row has a status): yellow");
  }
}
