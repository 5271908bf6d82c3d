package io.github.wpskit.wps.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/validation-rules.md} equal to the registered rules. When a rule changes, run the
 * tests with {@code -Dwps.updateDocs=true} to rewrite the document, or copy
 * {@code target/validation-rules.md}, which every run writes.
 */
class RuleCatalogueDocumentTest {
  private static final Path DOCUMENT = Path.of("..", "docs", "validation-rules.md");

  /** The whole document, generated from the catalogue. */
  static String expectedDocument() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Validation rules\n\n")
        .append("<!-- Generated from RuleCatalogue by RuleCatalogueDocumentTest: do not edit by hand."
            + " Regenerate with ./mvnw -B -q verify -pl wps-core -Dwps.updateDocs=true -->\n\n")
        .append("Rule catalogue version ").append(RuleCatalogue.VERSION).append(", ")
        .append(RuleCatalogue.rules().size()).append(" rules.")
        .append(" Every issue in a validation report carries one of these ids, the severity (after")
        .append(" any rule-set override), the location in the object, the id of the object")
        .append(" concerned, a message naming the offending value and the source below. A report is")
        .append(" valid when it has no ERROR. Rules whose data is absent are listed in the report as")
        .append(" skipped. Rule sets can switch rules off and change severities, except the engine")
        .append(" rules (`WPS-SYS-*`). Ids never change meaning and are never reused.\n\n")
        .append("| Id | Severity | What it checks | Why | Source |\n")
        .append("|---|---|---|---|---|\n");
    for (RuleDescriptor d : RuleCatalogue.rules()) {
      sb.append("| ").append(d.id())
          .append(" | ").append(d.severity())
          .append(" | ").append(cell(d.title()))
          .append(" | ").append(cell(d.rationale()))
          .append(" | ").append(cell(d.source()))
          .append(" |\n");
    }
    sb.append("\n## Messages\n\n")
        .append("Values in braces are filled in from the data.\n\n")
        .append("| Id | Message |\n")
        .append("|---|---|\n");
    for (RuleDescriptor d : RuleCatalogue.rules()) {
      sb.append("| ").append(d.id()).append(" | ").append(cell(d.messageTemplate())).append(" |\n");
    }
    return sb.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Test
  void documentListsExactlyTheRegisteredRules() throws IOException {
    String expected = expectedDocument();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "validation-rules.md"), expected, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("wps.updateDocs")) {
      Files.writeString(DOCUMENT, expected, StandardCharsets.UTF_8);
    }
    String actual = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
    if (!actual.equals(expected)) {
      System.out.println("docs/validation-rules.md differs from the rule catalogue; expected:\n"
          + expected);
    }
    assertThat(actual)
        .as("docs/validation-rules.md (regenerate with -Dwps.updateDocs=true or copy"
            + " wps-core/target/validation-rules.md)")
        .isEqualTo(expected);
  }

  @Test
  void catalogueIdsAreUniqueAndSorted() {
    Set<RuleId> seen = new HashSet<>();
    RuleId previous = null;
    for (RuleDescriptor d : RuleCatalogue.rules()) {
      assertThat(seen.add(d.id())).as("unique %s", d.id()).isTrue();
      if (previous != null) {
        assertThat(d.id()).isGreaterThan(previous);
      }
      previous = d.id();
      assertThat(RuleCatalogue.find(d.id())).containsSame(d);
    }
    assertThat(RuleCatalogue.find(RuleId.parse("WPS-ORG-001"))).isEmpty();
    assertThat(RuleCatalogue.rules()).extracting(d -> d.id().toString())
        .contains("WPS-SYS-001", "WPS-SYS-002");
  }

  @Test
  void libraryVersionMatchesThePom() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    int parent = pom.indexOf("<parent>");
    int start = pom.indexOf("<version>", parent) + "<version>".length();
    assertThat(pom.substring(start, pom.indexOf("</version>", start)))
        .isEqualTo(Validator.LIBRARY_VERSION);
  }
}
