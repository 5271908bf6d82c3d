package io.github.wpskit.wps.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample and golden document of the repository against the published JSON Schemas, with
 * networknt: the Java half of the check whose other half is ajv in {@code .ci/schema-check}, with
 * the same discovery and the same mutants. Files are found, not listed: schemas are
 * {@code <module>/src/main/resources/**}{@code /schema/<kind>.schema.json}; documents are
 * {@code *.json}, {@code *.ndjson} and {@code *.jsonl} under a {@code samples} or {@code golden}
 * folder of any module's {@code src}, except under {@code invalid}. Each document must validate
 * against the schema of its kind, and be rejected with an unknown field at the top and in its first
 * nested object, with an impossible date in its first date and with an impossible month in its
 * first month (mutants of the first 50 lines of an NDJSON file).
 */
class SchemaCheckTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String UNKNOWN = "xMutantUnknownField";
  /** Mutants of the first lines of an NDJSON file only: more lines of one kind add time, not cover. */
  private static final int MUTATED_LINES = 50;
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
  private static final Set<String> UNKNOWN_FIELD =
      Set.of("additionalProperties", "unevaluatedProperties", "propertyNames");
  private static final Set<String> SKIPPED_DIRECTORIES =
      Set.of(".git", "node_modules", "target", ".mvn", ".idea");

  /** The repository root: the parent of this module's folder, where surefire runs. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static final Map<String, Schema> SCHEMAS = new HashMap<>();
  private static List<Path> documents;

  @BeforeAll
  static void discover() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(ROOT)) {
      files = walk.filter(p -> ROOT.relativize(p).toString().isEmpty() || !skipped(p))
          .filter(Files::isRegularFile)
          .map(ROOT::relativize)
          .toList();
    }
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(
            SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    for (Path file : files) {
      String name = slashes(file);
      if (name.matches(".*/src/main/resources/(.+/)?schema/[a-z0-9-]+\\.schema\\.json")) {
        String text = Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
        String kind = MAPPER.readTree(text).path("properties").path("kind").path("const").asText();
        assertThat(kind).as("kind of " + name).isNotEmpty();
        assertThat(SCHEMAS.put(kind, registry.getSchema(text, InputFormat.JSON)))
            .as("second schema for " + kind).isNull();
      }
    }
    documents = files.stream().filter(SchemaCheckTest::isDocumentFile).toList();
  }

  private static boolean skipped(Path path) {
    for (Path part : ROOT.relativize(path)) {
      if (SKIPPED_DIRECTORIES.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDocumentFile(Path file) {
    String name = slashes(file);
    List<String> parts = List.of(name.split("/"));
    return name.matches(".*\\.(json|ndjson|jsonl)") && !name.endsWith(".schema.json")
        && parts.contains("src") && (parts.contains("samples") || parts.contains("golden"))
        && !parts.contains("invalid");
  }

  private static String slashes(Path file) {
    return file.toString().replace('\\', '/');
  }

  @Test
  void findsTheSchemasAndTheDocumentsOfTheRepository() {
    assertThat(SCHEMAS).containsKeys("resolution", "mission", "mandate", "deployment",
        "parity-analysis");
    assertThat(documents).anyMatch(p -> slashes(p).contains("/golden/"))
        .anyMatch(p -> slashes(p).contains("/samples/"))
        .noneMatch(p -> slashes(p).contains("/invalid/"));
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentValidatesAndItsMutantsDoNot() {
    return documents.stream().map(file -> DynamicTest.dynamicTest(slashes(file), () -> {
      List<String> findings = new ArrayList<>();
      String text = Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
      if (slashes(file).endsWith(".json")) {
        check(slashes(file), text, true, findings);
      } else {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (!lines[i].isBlank()) {
            check(slashes(file) + ":" + (i + 1), lines[i], i < MUTATED_LINES, findings);
          }
        }
      }
      assertThat(findings).isEmpty();
    }));
  }

  private static void check(String where, String text, boolean mutate, List<String> findings)
      throws IOException {
    JsonNode document = MAPPER.readTree(text);
    if (!document.path("kind").isTextual()) {
      return; // not a wps document: the ajv half lists such files
    }
    Schema schema = SCHEMAS.get(document.get("kind").asText());
    if (schema == null) {
      findings.add(where + ": no schema for kind " + document.get("kind"));
      return;
    }
    List<Error> errors = schema.validate(document);
    if (!errors.isEmpty()) {
      findings.add(where + ": invalid: " + errors);
      return;
    }
    if (!mutate) {
      return;
    }
    ObjectNode top = document.deepCopy();
    top.put(UNKNOWN, true);
    mustReject(where, "unknown field at $", schema, top, UNKNOWN_FIELD, findings);
    ObjectNode nestedCopy = document.deepCopy();
    ObjectNode nested = firstNested(nestedCopy);
    if (nested != null) {
      nested.put(UNKNOWN, true);
      mustReject(where, "unknown field in the first nested object", schema, nestedCopy,
          UNKNOWN_FIELD, findings);
    }
    ObjectNode dateCopy = document.deepCopy();
    if (replaceFirst(dateCopy, DATE, "-02-30")) {
      mustReject(where, "impossible date", schema, dateCopy, Set.of("format"), findings);
    }
    // Months (yyyy-mm) have no JSON Schema format: their pattern must refuse a thirteenth month.
    ObjectNode monthCopy = document.deepCopy();
    if (replaceFirst(monthCopy, MONTH, "-13")) {
      mustReject(where, "impossible month", schema, monthCopy, Set.of("pattern"), findings);
    }
  }

  private static void mustReject(String where, String what, Schema schema, JsonNode mutant,
      Set<String> keywords, List<String> findings) {
    List<Error> errors = schema.validate(mutant);
    if (errors.isEmpty()) {
      findings.add(where + ": mutant accepted (" + what + ")");
    } else if (errors.stream().noneMatch(e -> keywords.contains(e.getKeyword()))) {
      findings.add(where + ": mutant (" + what + ") rejected, but not for " + keywords + ": "
          + errors);
    }
  }

  /** The first object inside a document (in a field or an array element), depth first. */
  private static ObjectNode firstNested(JsonNode node) {
    for (JsonNode child : node) {
      if (child.isObject()) {
        return (ObjectNode) child;
      }
      if (child.isArray()) {
        ObjectNode deeper = firstNested(child);
        if (deeper != null) {
          return deeper;
        }
      }
    }
    return null;
  }

  /**
   * Fields whose value often looks like a date but is text by design: the catalog's
   * {@code dataAsOf} may be a day, a month, a year or other text (its schema says so), so an
   * impossible day there is text the schema must accept, not a mutant it must reject.
   */
  private static final Set<String> TEXT_THAT_MAY_READ_AS_A_DATE = Set.of("dataAsOf");

  /**
   * Replaces the first string matching a pattern (an ISO date, a month) by its year followed by
   * {@code impossible} (February 30th, a thirteenth month); false if there is none.
   */
  private static boolean replaceFirst(JsonNode node, Pattern pattern, String impossible) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        JsonNode value = field.getValue();
        if (value.isTextual() && pattern.matcher(value.asText()).matches()
            && !TEXT_THAT_MAY_READ_AS_A_DATE.contains(field.getKey())) {
          ((ObjectNode) node).put(field.getKey(), value.asText().substring(0, 4) + impossible);
          return true;
        }
        if (value.isContainerNode() && replaceFirst(value, pattern, impossible)) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode value = node.get(i);
        if (value.isTextual() && pattern.matcher(value.asText()).matches()) {
          ((com.fasterxml.jackson.databind.node.ArrayNode) node)
              .set(i, value.asText().substring(0, 4) + impossible);
          return true;
        }
        if (value.isContainerNode() && replaceFirst(value, pattern, impossible)) {
          return true;
        }
      }
    }
    return false;
  }
}
