package io.github.wpskit.wps.validation;

import static io.github.wpskit.wps.validation.Fixtures.res1325;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.resolution.Resolution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Provenance: where an object was read from, carried by the issues about it. */
class OriginTest {
  private static final Resolution BAD_YEAR =
      Fixtures.resolution("S/RES/1325 (2001)", "2000-10-31").build();

  @ParameterizedTest
  @CsvSource({
      "a.json, 0, 0, a.json",
      "deployments.ndjson, 14212, 0, deployments.ndjson:14212",
      "bad.json, 9, 1, bad.json:9:1",
      "-, 3, 7, -:3:7"})
  void printsAsCompilersDo(String file, long line, int column, String text) {
    Origin o = Origin.of(file, line, column);
    assertThat(o).hasToString(text);
    assertThat(o.file()).isEqualTo(file);
    assertThat(o.line()).isEqualTo(line == 0 ? OptionalLong.empty() : OptionalLong.of(line));
    assertThat(o.column()).isEqualTo(column == 0 ? OptionalInt.empty() : OptionalInt.of(column));
  }

  @Test
  void badOriginsAreRefusedNamingTheAttribute() {
    assertThatThrownBy(() -> Origin.of(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Origin.file (must not be blank): \" \"");
    assertThatThrownBy(() -> Origin.of("a.csv", -1))
        .hasMessage("Invalid value for Origin.line (must not be negative): -1");
    assertThatThrownBy(() -> Origin.of("a.csv", 2, -1))
        .hasMessage("Invalid value for Origin.column (must not be negative): -1");
    assertThatThrownBy(() -> Origin.of("a.csv", 0, 4))
        .hasMessage("Invalid value for Origin.column (needs a line): 4");
  }

  @Test
  void orderedByFileLineColumnAndEqualByValue() {
    List<Origin> list = new ArrayList<>(List.of(Origin.of("b", 1), Origin.of("a", 10),
        Origin.of("a", 9, 2), Origin.of("a", 9), Origin.of("a")));
    Collections.sort(list);
    assertThat(list).extracting(Origin::toString).containsExactly("a", "a:9", "a:9:2", "a:10", "b:1");
    assertThat(Origin.of("a", 9)).isEqualTo(Origin.of("a", 9, 0)).hasSameHashCodeAs(Origin.of("a", 9))
        .isNotEqualTo(Origin.of("a", 9, 1));
    assertThat(Origin.of("a", 9, 3).withLine(10)).isEqualTo(Origin.of("a", 10));
  }

  @Test
  void theValidatorPutsTheOriginOnEveryIssueAboutTheObject() {
    Origin where = Origin.of("resolutions.ndjson", 3);
    ValidationReport report = Fixtures.validator().validate(BAD_YEAR, where);
    assertThat(report.issues()).isNotEmpty()
        .allSatisfy(i -> assertThat(i.origin()).contains(where));
    assertThat(report.issues().get(0).toString())
        .startsWith("resolutions.ndjson:3: ERROR WPS-RES-001 S/RES/1325 (2001) $.adopted: ");
    assertThat(report.toText()).contains("  ERROR WPS-RES-001 at $.adopted (resolutions.ndjson:3)\n");
  }

  @Test
  void withoutAnOriginNothingChanges() {
    ValidationReport report = Fixtures.validator().validate(BAD_YEAR);
    assertThat(report.issues()).allSatisfy(i -> assertThat(i.origin()).isEmpty());
    assertThat(report).isEqualTo(Fixtures.validator().validate(BAD_YEAR, null));
    assertThat(Fixtures.validator().validate(res1325(), Origin.of("ok.json")))
        .isSameAs(ValidationReport.empty());
  }

  @Test
  void theCollectorForgetsTheOriginAfterTheValidation() {
    Validator v = Fixtures.validator();
    v.validate(BAD_YEAR, Origin.of("first.json"));
    assertThat(v.validate(BAD_YEAR).issues()).allSatisfy(i -> assertThat(i.origin()).isEmpty());
  }

  @Test
  void issuesOrderedByOriginLastAndEqualOnlyWithTheSameOrigin() {
    ValidationIssue plain = Fixtures.validator().validate(BAD_YEAR).issues().get(0);
    ValidationIssue at3 = plain.withOrigin(Origin.of("f", 3));
    ValidationIssue at4 = plain.withOrigin(Origin.of("f", 4));
    assertThat(at3).isNotEqualTo(plain).isNotEqualTo(at4).isEqualTo(plain.withOrigin(Origin.of("f", 3)));
    assertThat(at3.withOrigin(Origin.of("f", 3))).isSameAs(at3);
    List<ValidationIssue> list = new ArrayList<>(List.of(at4, plain, at3));
    Collections.sort(list);
    assertThat(list).containsExactly(plain, at3, at4);
    assertThat(ValidationReport.of(List.of(at4, at3), List.of()).issues()).containsExactly(at3, at4);
  }

  @Test
  void anUnreadableDocumentIsAnErrorWithItsFileLineAndColumn() {
    ValidationIssue i = ValidationIssue.unreadable(Origin.of("bad.ndjson", 5, 166),
        Location.parse("$.men"), "MALFORMED_JSON: Unexpected end of input");
    assertThat(i.ruleId()).isEqualTo(RuleId.parse("WPS-SYS-003"));
    assertThat(i.severity()).isEqualTo(Severity.ERROR);
    assertThat(i.objectId()).isEqualTo("bad.ndjson:5:166");
    assertThat(i).hasToString("bad.ndjson:5:166: ERROR WPS-SYS-003 bad.ndjson:5:166 $.men: Cannot"
        + " be read: MALFORMED_JSON: Unexpected end of input (source: wps"
        + " validation engine)");
    assertThat(RuleCatalogue.find(RuleId.parse("WPS-SYS-003"))).isPresent();
    // Engine rules are not the rule set's to drop: a read error is never hidden.
    assertThat(ValidationReport.of(List.of(i), List.of()).isValid()).isFalse();
  }
}
