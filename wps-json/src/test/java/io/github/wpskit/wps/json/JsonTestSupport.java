package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.wpskit.wps.json.WpsJsonException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Shared test helpers: the facades, a mapper, JSON written with single quotes, exception assertions
 * and the JSON Schema validator (networknt 2.0.x, independent of the codecs).
 */
abstract class JsonTestSupport {
  static final WpsJson STRICT = WpsJson.strict();
  static final WpsJson.Lenient LENIENT = WpsJson.lenient();

  private static final Map<DocumentKind, Schema> SCHEMAS = new EnumMap<>(DocumentKind.class);

  /** Turns {@code {'a': 'b'}} into {@code {"a": "b"}}, for readable JSON in Java strings. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** A resolution document with the given extra fields text inserted after the required ones. */
  static String resolutionWith(String fields) {
    return json("{'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)',"
        + "'adopted':'2000-10-31'" + (fields.isEmpty() ? "" : "," + fields) + "}");
  }

  static ObjectMapper mapper() {
    return WpsJson.newObjectMapper();
  }

  /** Asserts the call fails with a WpsJsonException of this problem, path and message. */
  static WpsJsonException assertFails(
      ThrowingCallable call, Problem problem, String path, String message) {
    WpsJsonException e = catchThrowableOfType(WpsJsonException.class, call);
    assertThat(e).as("expected a WpsJsonException").isNotNull();
    assertThat(e.getMessage()).isEqualTo(message);
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.problem()).isEqualTo(problem);
    return e;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String resource(String name) {
    try (InputStream in = JsonTestSupport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static synchronized Schema schema(DocumentKind kind) {
    return SCHEMAS.computeIfAbsent(
        kind,
        k -> {
          SchemaRegistry registry =
              SchemaRegistry.withDefaultDialect(
                  SpecificationVersion.DRAFT_2020_12,
                  b ->
                      b.schemaRegistryConfig(
                          SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
          return registry.getSchema(resource(k.schemaResource()), InputFormat.JSON);
        });
  }

  /** Returns the schema errors of a document, as "keyword: instance location: message" lines. */
  static List<String> schemaErrors(DocumentKind kind, String document) {
    return describe(schema(kind).validate(document, InputFormat.JSON));
  }

  static List<String> schemaErrors(DocumentKind kind, JsonNode document) {
    return describe(schema(kind).validate(document));
  }

  private static List<String> describe(List<Error> errors) {
    return errors.stream().map(e -> e.getKeyword() + ": " + e).collect(Collectors.toList());
  }
}
