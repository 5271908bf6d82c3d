package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.validation.Location;
import io.github.wpskit.wps.validation.Origin;
import io.github.wpskit.wps.validation.ValidationContext;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import io.github.wpskit.wps.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validation-report and catalog kinds beyond their golden files: real validator output, the
 * derived fields, documents in another order than the one written, and lenient reads of both.
 */
class ReportAndCatalogJsonTest extends JsonTestSupport {
  private static final String REPORT =
      "{'kind':'validation-report','formatVersion':1,'libraryVersion':'0.1.0','catalogueVersion':'1'";
  private static final String ISSUE_B =
      "{'ruleId':'WPS-MND-006','severity':'error','location':'$.mission','objectId':'B',"
          + "'message':'m','source':'s'}";
  private static final String ISSUE_A =
      "{'ruleId':'WPS-RES-006','severity':'warning','location':'$.pillars','objectId':'A',"
          + "'message':'m','source':'s'}";

  @Test
  void reportOfARealValidationRoundTrips() {
    Validator validator = Validator.of(ValidationContext.of(ReferenceCatalog.standard()));
    ValidationReport report = validator.validateAll(
        List.of(Samples.MANDATE, Samples.DEPLOYMENT, Samples.GENDER_STAFFING_TABLE,
            Samples.COMPACT_COMMITMENT, Samples.COMPACT_REPORT));
    assertThat(report.issues()).isNotEmpty();
    byte[] bytes = STRICT.encode(report);
    assertThat(STRICT.decode(bytes, ValidationReport.class)).isEqualTo(report);
    assertThat(schemaErrors(DocumentKind.VALIDATION_REPORT, new String(bytes,
        java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void originsRoundTripAndFollowTheSchema() {
    Validator validator = Validator.of(ValidationContext.of(ReferenceCatalog.standard()));
    ValidationReport a = validator.validate(Samples.MANDATE, Origin.of("mandates/a.json"));
    ValidationReport b = validator.validate(Samples.DEPLOYMENT, Origin.of("figures.ndjson", 14212));
    ValidationReport report = a.merge(b).merge(ValidationReport.of(List.of(
        ValidationIssue.unreadable(Origin.of("bad.ndjson", 5, 166), Location.parse("$.men"),
            "MALFORMED_JSON: Unexpected end of input")), List.of()));
    assertThat(report.issues()).allSatisfy(i -> assertThat(i.origin()).isPresent());
    String text = STRICT.encodeToString(report);
    assertThat(text).contains("\"origin\":{\"file\":\"mandates/a.json\"}",
        "\"origin\":{\"file\":\"figures.ndjson\",\"line\":14212}",
        "\"origin\":{\"file\":\"bad.ndjson\",\"line\":5,\"column\":166}");
    assertThat(STRICT.decode(text, ValidationReport.class)).isEqualTo(report);
    assertThat(schemaErrors(DocumentKind.VALIDATION_REPORT, text)).isEmpty();
  }

  /** Format version 1 stays compatible: a report without origins reads as before, null is absent. */
  @Test
  void originIsOptionalAndNullMeansNotKnown() {
    ValidationReport without = STRICT.decode(json(REPORT + ",'issues':[" + ISSUE_A + "]}"),
        ValidationReport.class);
    assertThat(without.issues().get(0).origin()).isEmpty();
    assertThat(STRICT.decode(json(REPORT + ",'issues':[" + ISSUE_A.replace("}", ",'origin':null}")
        + "]}"), ValidationReport.class)).isEqualTo(without);
    ValidationReport with = STRICT.decode(json(REPORT + ",'issues':[" + ISSUE_A.replace("}",
        ",'origin':{'file':'x.ndjson','line':7,'column':null}}") + "]}"), ValidationReport.class);
    assertThat(with.issues().get(0).origin()).contains(Origin.of("x.ndjson", 7));
  }

  @Test
  void badOriginsAreRefusedAtTheirField() {
    assertThatThrownBy(() -> STRICT.decode(json(REPORT + ",'issues':[" + ISSUE_A.replace("}",
        ",'origin':{'line':7}}") + "]}"), ValidationReport.class))
        .isInstanceOf(WpsJsonException.class)
        .hasMessageContaining("at $.issues[0].origin")
        .hasMessageContaining("file");
    assertThatThrownBy(() -> STRICT.decode(json(REPORT + ",'issues':[" + ISSUE_A.replace("}",
        ",'origin':{'file':'x','column':3}}") + "]}"), ValidationReport.class))
        .isInstanceOf(WpsJsonException.class)
        .hasMessageContaining("Origin.column (needs a line): 3");
  }

  @Test
  void emptyReportIsValidWithZeroCountsAndDecodesToTheSharedInstance() {
    String text = STRICT.encodeToString(ValidationReport.empty());
    assertThat(text).isEqualTo(json("{'kind':'validation-report','formatVersion':1,"
        + "'libraryVersion':'" + Validator.LIBRARY_VERSION + "','catalogueVersion':'2',"
        + "'valid':true,'counts':{'error':0,'warning':0,'info':0},'issues':[],'skipped':[]}"));
    assertThat(STRICT.decode(text, ValidationReport.class)).isSameAs(ValidationReport.empty());
  }

  /** A report names the catalog's knowledge horizon after the versions; optional, null is absent. */
  @Test
  void theKnowledgeHorizonIsWrittenAfterTheVersionsAndIsOptional() {
    ValidationReport report = Validator.of(ValidationContext.of(ReferenceCatalog.standard()))
        .validate(Samples.DEPLOYMENT);
    assertThat(report.knowledgeHorizon()).contains(java.time.LocalDate.of(2026, 1, 27));
    String text = STRICT.encodeToString(report);
    assertThat(text).startsWith(json("{'kind':'validation-report','formatVersion':1,"
        + "'libraryVersion':'" + Validator.LIBRARY_VERSION + "','catalogueVersion':'2',"
        + "'knowledgeHorizon':'2026-01-27','valid':"));
    assertThat(STRICT.decode(text, ValidationReport.class)).isEqualTo(report);
    assertThat(schemaErrors(DocumentKind.VALIDATION_REPORT, text)).isEmpty();
    ValidationReport without = STRICT.decode(json(REPORT + "}"), ValidationReport.class);
    assertThat(without.knowledgeHorizon()).isEmpty();
    assertThat(STRICT.decode(json(REPORT + ",'knowledgeHorizon':null}"), ValidationReport.class))
        .isEqualTo(without);
    assertThatThrownBy(() -> STRICT.decode(json(REPORT + ",'knowledgeHorizon':'2026-13-01'}"),
        ValidationReport.class))
        .isInstanceOf(WpsJsonException.class)
        .hasMessageContaining("at $.knowledgeHorizon");
  }

  @Test
  void derivedFieldsMayBeLeftOutOrNull() {
    ValidationReport withIssues = STRICT.decode(json(REPORT + ",'issues':[" + ISSUE_A + "]}"),
        ValidationReport.class);
    assertThat(withIssues.warningCount()).isEqualTo(1);
    assertThat(STRICT.decode(json(REPORT + ",'valid':null,'counts':null,'issues':[" + ISSUE_A
        + "]}"), ValidationReport.class)).isEqualTo(withIssues);
  }

  @Test
  void issuesAndSkippedRulesInAnyOrderAreSortedLikeTheReport() {
    ValidationReport report = STRICT.decode(json(REPORT + ",'issues':[" + ISSUE_B + "," + ISSUE_A
        + "],'skipped':[{'ruleId':'WPS-RES-004','objectId':'B','reason':'r'},"
        + "{'ruleId':'WPS-RES-004','objectId':'A','reason':'r'}]}"), ValidationReport.class);
    assertThat(report.issues()).extracting(i -> i.objectId()).containsExactly("A", "B");
    assertThat(report.skipped()).extracting(s -> s.objectId()).containsExactly("A", "B");
  }

  /** Regression: issues are sorted on read, so a kept field must move with its issue. */
  @Test
  void lenientFieldInsideAnIssueStaysWithItsIssueWhenTheIssuesAreSorted() {
    String issueB = ISSUE_B.replace("'source':'s'}", "'source':'s','ticket':'JIRA-1'}");
    Decoded<ValidationReport> d = LENIENT.decode(
        json(REPORT + ",'issues':[" + issueB + "," + ISSUE_A + "]}"), ValidationReport.class);
    assertThat(d.unknownFields()).containsExactly(
        java.util.Map.entry("$.issues[1].ticket", "\"JIRA-1\""));
    assertThat(d.value().issues().get(1).objectId()).isEqualTo("B");
    String back = new String(LENIENT.encode(d), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(back).contains(json("'objectId':'B','message':'m','source':'s','ticket':'JIRA-1'}"));
    assertThat(back).doesNotContain(json("'objectId':'A','message':'m','source':'s','ticket'"));
  }

  /** Regression: counts is written by hand, not by an object codec; its kept fields go back too. */
  @Test
  void lenientFieldInsideCountsIsWrittenBack() {
    Decoded<ValidationReport> d = LENIENT.decode(
        json(REPORT + ",'counts':{'error':0,'warning':0,'info':0,'fatal':0}}"),
        ValidationReport.class);
    assertThat(d.unknownFields()).containsOnlyKeys("$.counts.fatal");
    assertThat(new String(LENIENT.encode(d), java.nio.charset.StandardCharsets.UTF_8))
        .contains(json("'counts':{'error':0,'warning':0,'info':0,'fatal':0}"));
  }

  @Test
  void standardCatalogRoundTripsAndReadsAsAnyDocument() {
    ReferenceCatalog standard = ReferenceCatalog.standard();
    byte[] bytes = STRICT.encode(standard);
    assertThat(STRICT.decode(bytes, ReferenceCatalog.class)).isEqualTo(standard);
    assertThat(STRICT.readDocument(bytes)).isEqualTo(standard);
  }

  @Test
  void catalogEntriesInAnyOrderAreOrderedBySymbolAndAcronym() {
    ReferenceCatalog c = STRICT.decode(json("{'kind':'catalog','formatVersion':1,"
        + "'dataAsOf':'2030','resolutions':[{'symbol':'S/RES/2 (1946)','adopted':'1946-02-01'},"
        + "{'symbol':'S/RES/1 (1946)','adopted':'1946-01-25'}],'missions':[{'acronym':'UNY',"
        + "'name':'n','host':'h'},{'acronym':'UNX','name':'n','host':'h'}]}"),
        ReferenceCatalog.class);
    assertThat(c.resolutions()).extracting(r -> r.symbol().toString())
        .containsExactly("S/RES/1 (1946)", "S/RES/2 (1946)");
    assertThat(c.missions()).extracting(m -> m.acronym().toString()).containsExactly("UNX", "UNY");
    assertThat(c.dataAsOf()).isEqualTo("2030");
  }

  /** Regression: resolutions are sorted on read, so a kept field must move with its resolution. */
  @Test
  void lenientFieldInsideAResolutionStaysWithItWhenTheCatalogIsSorted() {
    Decoded<ReferenceCatalog> d = LENIENT.decode(json("{'kind':'catalog','formatVersion':1,"
        + "'dataAsOf':'2030','resolutions':[{'symbol':'S/RES/2 (1946)','adopted':'1946-02-01',"
        + "'vote':{'inFavour':11,'against':0,'abstentions':0,'nonVoting':0,'tally':'11-0-0'}},"
        + "{'symbol':'S/RES/1 (1946)','adopted':'1946-01-25'}]}"), ReferenceCatalog.class);
    assertThat(d.unknownFields()).containsOnlyKeys("$.resolutions[1].vote.tally");
    assertThat(d.warnings()).containsExactly(
        "Unknown field 'tally' at $.resolutions[1].vote was kept");
    String back = new String(LENIENT.encode(d), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(back).contains(json("'nonVoting':0,'adoptedWithoutVote':false,'tally':'11-0-0'}"));
    assertThat(LENIENT.decode(back, ReferenceCatalog.class)).isEqualTo(d);
  }

  @Test
  void facadeReadsAndWritesBothKindsByTheirTypes() {
    assertThat(WpsJson.strict().decode(WpsJson.strict().encode(Samples.VALIDATION_REPORT),
        ValidationReport.class)).isEqualTo(Samples.VALIDATION_REPORT);
    assertThat(DocumentKind.ofType(Samples.VALIDATION_REPORT.getClass()))
        .contains(DocumentKind.VALIDATION_REPORT);
    assertThat(DocumentKind.ofType(ReferenceCatalog.class)).contains(DocumentKind.CATALOG);
  }
}
