package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.wpskit.wps.json.WpsJsonException.Problem;
import io.github.wpskit.wps.resolution.Resolution;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression tests for decoder bugs found by fuzzing (issue 14), each named after what it pins and
 * run for every document kind through every entry point.
 */
class DecoderRegressionTest extends JsonTestSupport {
  private static final String EMPTY = "{}";
  private static final String NO_ENVELOPE =
      "Missing required fields 'kind', 'formatVersion' at $ (line 1, column 2)";

  /** The facade's decoding entry points: a document and a type in, a value (or a Decoded) out. */
  enum Entry {
    STRICT_BYTES((s, t) -> STRICT.decode(utf8(s), t)),
    STRICT_STREAM((s, t) -> STRICT.decode(new ByteArrayInputStream(utf8(s)), t)),
    STRICT_STRING(STRICT::decode),
    LENIENT_BYTES((s, t) -> LENIENT.decode(utf8(s), t)),
    LENIENT_STREAM((s, t) -> LENIENT.decode(new ByteArrayInputStream(utf8(s)), t)),
    LENIENT_STRING(LENIENT::decode);

    final BiFunction<String, Class<?>, Object> decode;

    Entry(BiFunction<String, Class<?>, Object> decode) {
      this.decode = decode;
    }
  }

  static Stream<Arguments> everyKindThroughEveryEntry() {
    List<Arguments> all = new ArrayList<>();
    for (DocumentKind kind : DocumentKind.values()) {
      for (Entry entry : Entry.values()) {
        all.add(Arguments.of(kind, entry));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} via {1}")
  @MethodSource("everyKindThroughEveryEntry")
  void emptyObjectAsATypedKindIsMissingTheEnvelopeNotANullPointer(DocumentKind kind, Entry entry) {
    WpsJsonException e =
        assertFails(
            () -> entry.decode.apply(EMPTY, kind.valueType()), Problem.DOES_NOT_FIT, "$",
            NO_ENVELOPE);
    assertThat(e.line()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Entry.class)
  void emptyObjectAsAnyKindIsMissingTheKind(Entry entry) {
    assertFails(
        () -> entry.decode.apply(EMPTY, Object.class), Problem.DOES_NOT_FIT, "$",
        "Missing required field 'kind' at $ (line 1, column 2)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void emptyObjectThroughTheFacadesObjectReaderIsAJacksonMismatch(DocumentKind kind) {
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () -> STRICT.reader(kind.valueType()).readValue(EMPTY));
    assertThat(e).isNotNull();
    assertThat(e.getOriginalMessage()).isEqualTo("Missing required fields 'kind', 'formatVersion' at $");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void emptyObjectThroughAMapperWithTheModuleIsAJacksonMismatch(DocumentKind kind) {
    ObjectMapper mapper = new ObjectMapper().registerModule(new WpsModule());
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class, () -> mapper.readValue(EMPTY, kind.valueType()));
    assertThat(e).isNotNull();
    assertThat(e.getOriginalMessage()).isEqualTo("Missing required fields 'kind', 'formatVersion' at $");
  }

  static Stream<DocumentKind> kinds() {
    return Stream.of(DocumentKind.values());
  }

  @Test
  void emptyObjectInsideAnArrayIsAValueWithoutEnvelopeNotADocument() {
    // A document needs the envelope only at the root; inside an application's array an empty
    // object lacks the value's own fields. Before the fix the root array's context made it look like
    // a document once its END_OBJECT had been read.
    ObjectMapper mapper = new ObjectMapper().registerModule(new WpsModule());
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () -> mapper.readValue("[{}]", new TypeReference<List<Resolution>>() {}));
    assertThat(e).isNotNull();
    assertThat(e.getOriginalMessage()).isEqualTo("Missing required fields 'symbol', 'adopted' at $[0]");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void ndjsonContinuingOnErrorKeepsEveryGoodLineAroundAnEmptyObjectLine(DocumentKind kind) {
    String good = STRICT.encodeToString(Samples.BY_KIND.get(kind));
    String text = good + "\n{}\n" + good + "\n{}\n{}\n" + good + "\n";
    NdjsonOptions options = NdjsonOptions.defaults().withContinueOnError(true);

    try (NdjsonReader<?> strict =
        STRICT.ndjsonReader(new ByteArrayInputStream(utf8(text)), kind.valueType(), options)) {
      assertThat(strict.stream().map(Object.class::cast).toList()).containsExactly(
          Samples.BY_KIND.get(kind), Samples.BY_KIND.get(kind), Samples.BY_KIND.get(kind));
      assertThat(strict.errors()).extracting(WpsJsonException::line).containsExactly(2L, 4L, 5L);
      assertThat(strict.errors()).extracting(WpsJsonException::getMessage)
          .containsOnly("Missing required fields 'kind', 'formatVersion' at $ (line 2, column 2)",
              "Missing required fields 'kind', 'formatVersion' at $ (line 4, column 2)",
              "Missing required fields 'kind', 'formatVersion' at $ (line 5, column 2)");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (NdjsonReader<? extends Decoded<?>> lenient =
        LENIENT.ndjsonReader(new ByteArrayInputStream(utf8(text)), kind.valueType(), options)) {
      assertThat(lenient.stream().map(d -> (Object) d.value()).toList()).containsExactly(
          Samples.BY_KIND.get(kind), Samples.BY_KIND.get(kind), Samples.BY_KIND.get(kind));
      assertThat(lenient.errorCount()).isEqualTo(3);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Entry.class)
  void minusZeroInAKeptFieldBeforeTheKindStaysMinusZero(Entry entry) {
    // The reproducer: the fields before "kind" are buffered, and were buffered as numbers.
    String doc = "{\"\":-0,\"kind\":\"compact-report\",\"formatVersion\":1,\"signatory\":\"e\","
        + "\"reportingYear\":2020}";
    if (entry.name().startsWith("STRICT")) {
      assertFails(() -> entry.decode.apply(doc, Object.class), Problem.DOES_NOT_FIT, "$['']",
          "Unknown field '' (known fields: signatory, reportingYear, submitted, entries) at $['']");
      return;
    }
    Decoded<?> d = (Decoded<?>) entry.decode.apply(doc, Object.class);
    assertThat(d.unknownFields()).containsExactly(entry("$['']", "-0"));
    assertThat(new String(LENIENT.encode(d), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"\":-0");
  }

  @Test
  void everyNumberInAKeptFieldBeforeTheKindKeepsItsText() {
    String doc = "{\"a\":{\"b\":[-0,-0.0,0e0,1E+2,2.50,12345678901234567890123,-2147483649]},"
        + "\"kind\":\"compact-report\",\"formatVersion\":1,\"signatory\":\"e\",\"reportingYear\":2020}";
    Decoded<Object> d = LENIENT.decode(doc, Object.class);
    assertThat(d.unknownFields()).containsExactly(
        entry("$.a", "{\"b\":[-0,-0.0,0e0,1E+2,2.50,12345678901234567890123,-2147483649]}"));
    Decoded<Object> typed = LENIENT.decode(doc.replace("\"kind\":\"compact-report\",", "")
        .replace("{\"a\"", "{\"kind\":\"compact-report\",\"a\""), Object.class);
    assertThat(typed.unknownFields()).isEqualTo(d.unknownFields());
  }

  @Test
  void minusZeroInAKeptFieldBeforeTheKindStaysMinusZeroInNdjson() throws java.io.IOException {
    String line = "{\"\":-0,\"kind\":\"compact-report\",\"formatVersion\":1,\"signatory\":\"e\","
        + "\"reportingYear\":2020}";
    try (NdjsonReader<Decoded<Object>> r =
        LENIENT.ndjsonReader(
            new ByteArrayInputStream(utf8(line + "\n" + line)), Object.class,
            NdjsonOptions.defaults())) {
      assertThat(r.stream().map(Decoded::unknownFields).toList())
          .containsExactly(java.util.Map.of("$['']", "-0"), java.util.Map.of("$['']", "-0"));
    }
  }

  @Test
  void errorInABufferedDocumentStillHasNoLineOrColumn() {
    WpsJsonException e =
        assertFails(
            () -> STRICT.readDocument("{\"signatory\":\"e\",\"reportingYear\":-0,\"formatVersion\":1,"
                + "\"kind\":\"compact-report\"}"),
            Problem.DOES_NOT_FIT,
            "$.reportingYear",
            "Invalid value for CompactReport.reportingYear (valid values 1946 - 9999): 0 at"
                + " $.reportingYear");
    assertThat(e.line()).isEqualTo(-1);
    assertThat(e.column()).isEqualTo(-1);
  }
}
