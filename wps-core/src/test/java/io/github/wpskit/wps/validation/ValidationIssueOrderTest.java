package io.github.wpskit.wps.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The documented order of issues ends with the origin: an issue without one comes before the same
 * issue read from a file, and issues from files are ordered by file, then line.
 */
class ValidationIssueOrderTest {
  private static final ValidationIssue BARE = ValidationIssue.of(
      RuleId.parse("WPS-RES-001"), Severity.ERROR, Location.root().field("adopted"),
      "S/RES/1325 (2000)", "message", "source");

  @Test
  void withoutAnOriginComesFirst() {
    ValidationIssue fromFile = BARE.withOrigin(Origin.of("resolutions.ndjson", 3));
    assertThat(BARE.compareTo(fromFile)).isNegative();
    assertThat(fromFile.compareTo(BARE)).isPositive();
    assertThat(BARE.compareTo(BARE)).isZero();
    assertThat(fromFile.compareTo(BARE.withOrigin(Origin.of("resolutions.ndjson", 3)))).isZero();
  }

  @Test
  void originsAreOrderedByFileThenLine() {
    ValidationIssue b2 = BARE.withOrigin(Origin.of("b.ndjson", 2));
    ValidationIssue a10 = BARE.withOrigin(Origin.of("a.ndjson", 10));
    ValidationIssue a9 = BARE.withOrigin(Origin.of("a.ndjson", 9));
    List<ValidationIssue> issues = new ArrayList<>(List.of(b2, a10, BARE, a9));
    issues.sort(null);
    assertThat(issues).containsExactly(BARE, a9, a10, b2);
    assertThat(a9.compareTo(a10)).isNegative();
    assertThat(a10.compareTo(a9)).isPositive();
  }
}
