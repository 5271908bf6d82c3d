package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.validation.ValidationContext;
import io.github.wpskit.wps.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The decoders' contract, checked on any input, for the fuzz tests ({@link DecoderFuzzTest}) and
 * their committed seeds:
 *
 * <ol>
 *   <li>only {@link WpsJsonException} escapes (anything else propagates and is a finding), with a
 *       problem, a path starting at {@code $} and a message that starts with its detail;
 *   <li>the entry points agree: bytes, stream and text give the same outcome; {@code Object.class}
 *       gives what the typed decoder gives; an NDJSON line gives what the line alone gives;
 *   <li>every decoded value validates without throwing, encodes, and decodes back equal, to the same
 *       bytes;
 *   <li>strict success means lenient success with the same value and nothing unknown; lenient success
 *       after a strict failure means the strict failure was an unknown field;
 *   <li>lenient keeps every unknown field: written back and read again it gives the same value and the
 *       same kept fields, and every field name of the input with a value appears in the output.
 * </ol>
 */
final class DecoderContract {
  static final WpsJson STRICT = WpsJson.strict();
  static final WpsJson.Lenient LENIENT = WpsJson.lenient();
  private static final Validator VALIDATOR =
      Validator.of(ValidationContext.of(ReferenceCatalog.standard()));
  // An independent reader, for counting the input's fields; Jackson's defaults are laxer than the
  // library's limits, so whatever the library read, this reads.
  private static final ObjectMapper TREE = new ObjectMapper();

  private DecoderContract() {}

  /** A decode's result: a value or the library's exception. */
  record Outcome(Object value, WpsJsonException error) {
    boolean ok() {
      return error == null;
    }
  }

  /** Runs a decode; only the library's exception is caught, and it must be well formed. */
  static Outcome attempt(Supplier<?> decode) {
    try {
      Object value = decode.get();
      assertThat(value).isNotNull();
      return new Outcome(value, null);
    } catch (WpsJsonException e) {
      assertThat(e.problem()).isIn(WpsJsonException.Problem.MALFORMED_JSON,
          WpsJsonException.Problem.DOES_NOT_FIT);
      assertThat(e.path()).startsWith("$");
      assertThat(e.detail()).isNotBlank();
      assertThat(e.getMessage()).startsWith(e.detail());
      return new Outcome(null, e);
    }
  }

  /** Decodes one document of a kind through every entry point and checks the contract. */
  static void typed(DocumentKind kind, byte[] input) {
    Class<?> type = kind.valueType();
    Outcome strict = attempt(() -> STRICT.decode(input, type));
    Outcome stream = attempt(() -> STRICT.decode(new ByteArrayInputStream(input), type));
    assertSameOutcome(stream, strict);
    String text = utf8(input);
    if (text != null) {
      Outcome fromText = attempt(() -> STRICT.decode(text, type));
      assertThat(fromText.ok()).as("text decodes as the bytes do").isEqualTo(strict.ok());
      if (strict.ok()) {
        assertThat(fromText.value()).isEqualTo(strict.value());
      } else if (!isEncodingCheck(strict.error())) {
        // Bytes are first checked for UTF-16/32 (a zero byte among the first four): text has no
        // encoding, so it goes on to fail on whatever comes first, which may be a misfit.
        assertThat(fromText.error().problem()).isEqualTo(strict.error().problem());
      }
    }
    Outcome lenient = attempt(() -> LENIENT.decode(input, type));
    strictAndLenientAgree(strict, lenient, input, kind);
  }

  /** Decodes one document of any kind and checks the contract, and that it agrees with typed. */
  static void anyKind(byte[] input) {
    Outcome strict = attempt(() -> STRICT.decode(input, Object.class));
    assertSameOutcome(attempt(() -> STRICT.readDocument(input)), strict);
    Outcome lenient = attempt(() -> LENIENT.decode(input, Object.class));
    if (strict.ok()) {
      DocumentKind kind = kindOf(strict.value());
      strictAndLenientAgree(strict, lenient, input, kind);
      assertThat(STRICT.decode(input, kind.valueType())).isEqualTo(strict.value());
    } else if (lenient.ok()) {
      DocumentKind kind = kindOf(((Decoded<?>) lenient.value()).value());
      strictAndLenientAgree(strict, lenient, input, kind);
    }
    if (lenient.ok()) {
      // The buffering of fields before "kind" must keep them exactly as the typed decoder does.
      Decoded<?> any = (Decoded<?>) lenient.value();
      Decoded<?> typed = LENIENT.decode(input, kindOf(any.value()).valueType());
      assertThat(any.unknownFields()).isEqualTo(typed.unknownFields());
      assertThat((Object) any.value()).isEqualTo(typed.value());
    }
  }

  /**
   * Reads NDJSON strictly and leniently, continuing on errors, and checks that every line gives what
   * it gives alone: every good line a value, every bad line one error with its line number.
   */
  static void ndjson(byte[] input) {
    List<byte[]> lines = new ArrayList<>();
    List<Long> numbers = new ArrayList<>();
    int start = 0;
    long number = 0;
    for (int i = 0; i <= input.length; i++) {
      if (i == input.length || input[i] == '\n') {
        number++;
        int end = i;
        if (end > start && input[end - 1] == '\r') {
          end--;
        }
        byte[] line = java.util.Arrays.copyOfRange(input, start, end);
        if (!blank(line)) {
          lines.add(line);
          numbers.add(number);
        }
        start = i + 1;
      }
    }
    List<Object> values = new ArrayList<>();
    List<Object> lenientValues = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      byte[] line = lines.get(k);
      Outcome strict = attempt(() -> STRICT.decode(line, Object.class));
      Outcome lenient = attempt(() -> LENIENT.decode(line, Object.class));
      if (strict.ok()) {
        values.add(strict.value());
        checkValue(strict.value(), kindOf(strict.value()));
      } else {
        errors.add(numbers.get(k) + ": " + strict.error().problem() + " " + strict.error().detail());
      }
      if (lenient.ok()) {
        lenientValues.add(lenient.value());
      }
    }
    NdjsonOptions options =
        NdjsonOptions.defaults().withContinueOnError(true).withMaxCollectedErrors(Integer.MAX_VALUE);
    try (NdjsonReader<Object> r =
        STRICT.ndjsonReader(new ByteArrayInputStream(input), Object.class, options)) {
      List<Object> read = new ArrayList<>();
      r.forEachRemaining(read::add);
      assertThat(read).isEqualTo(values);
      List<String> got = new ArrayList<>();
      for (WpsJsonException e : r.errors()) {
        got.add(e.line() + ": " + e.problem() + " " + e.detail());
      }
      assertThat(got).isEqualTo(errors);
      assertThat(r.errorCount()).isEqualTo(errors.size());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    try (NdjsonReader<Decoded<Object>> r =
        LENIENT.ndjsonReader(new ByteArrayInputStream(input), Object.class, options)) {
      List<Object> read = new ArrayList<>();
      r.forEachRemaining(read::add);
      assertThat(read).isEqualTo(lenientValues);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    // Without continuing, the reader yields the good lines before the first bad one, then fails with
    // that line's number.
    try (NdjsonReader<Object> r = STRICT.ndjsonReader(new ByteArrayInputStream(input), Object.class)) {
      int good = 0;
      try {
        while (r.hasNext()) {
          assertThat(r.next()).isEqualTo(values.get(good++));
        }
        assertThat(errors).isEmpty();
      } catch (WpsJsonException e) {
        assertThat(errors).isNotEmpty();
        assertThat(e.line() + ": " + e.problem() + " " + e.detail()).isEqualTo(errors.get(0));
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean blank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static void strictAndLenientAgree(
      Outcome strict, Outcome lenient, byte[] input, DocumentKind kind) {
    if (strict.ok()) {
      assertThat(lenient.ok()).as("lenient reads what strict reads").isTrue();
      Decoded<?> d = (Decoded<?>) lenient.value();
      assertThat((Object) d.value()).isEqualTo(strict.value());
      assertThat(d.unknownFields()).isEmpty();
      checkValue(strict.value(), kind);
      assertNoFieldDropped(input, STRICT.encode(strict.value()));
    } else if (lenient.ok()) {
      assertThat(strict.error().detail()).as("strict failed for an unknown field")
          .startsWith("Unknown field");
      Decoded<?> d = (Decoded<?>) lenient.value();
      assertThat(d.unknownFields()).isNotEmpty();
      checkValue(d.value(), kind);
      byte[] written = LENIENT.encode(d);
      Decoded<?> again = LENIENT.decode(written, kind.valueType());
      assertThat((Object) again.value()).isEqualTo(d.value());
      assertThat(again.unknownFields()).isEqualTo(d.unknownFields());
      assertNoFieldDropped(input, written);
    }
  }

  /** A decoded value validates, encodes, and decodes back to itself and to the same bytes. */
  static void checkValue(Object value, DocumentKind kind) {
    assertThat(value).isInstanceOf(kind.valueType());
    if (VALIDATOR.supports(value.getClass())) {
      assertThat(VALIDATOR.validate(value)).isNotNull();
    }
    assertThat(VALIDATOR.validateAll(List.of(value))).isNotNull();
    byte[] encoded = STRICT.encode(value);
    Object back = STRICT.decode(encoded, kind.valueType());
    assertThat(back).isEqualTo(value);
    assertThat(back.hashCode()).isEqualTo(value.hashCode());
    assertThat(STRICT.encode(back)).isEqualTo(encoded);
  }

  /**
   * Every field name of the input whose value is not null or empty (the format's ways of saying
   * "absent") appears in the output at least as often: nothing was dropped, wherever sorting moved it.
   */
  private static void assertNoFieldDropped(byte[] input, byte[] output) {
    Map<String, Integer> in = names(input);
    Map<String, Integer> out = names(output);
    for (Map.Entry<String, Integer> e : in.entrySet()) {
      assertThat(out.getOrDefault(e.getKey(), 0))
          .as("occurrences of field %s in the output", e.getKey())
          .isGreaterThanOrEqualTo(e.getValue());
    }
  }

  private static Map<String, Integer> names(byte[] json) {
    try {
      Map<String, Integer> count = new HashMap<>();
      count(TREE.readTree(json), count);
      return count;
    } catch (IOException e) {
      throw new AssertionError("the library read what Jackson's defaults cannot", e);
    }
  }

  private static void count(JsonNode node, Map<String, Integer> count) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        JsonNode v = f.getValue();
        if (!(v.isNull() || (v.isContainerNode() && v.isEmpty()))) {
          count.merge(f.getKey(), 1, Integer::sum);
        }
        count(v, count);
      }
    } else if (node.isArray()) {
      node.forEach(n -> count(n, count));
    }
  }

  private static void assertSameOutcome(Outcome actual, Outcome expected) {
    assertThat(actual.ok()).isEqualTo(expected.ok());
    if (expected.ok()) {
      assertThat(actual.value()).isEqualTo(expected.value());
    } else {
      assertThat(actual.error().getMessage()).isEqualTo(expected.error().getMessage());
      assertThat(actual.error().problem()).isEqualTo(expected.error().problem());
      assertThat(actual.error().path()).isEqualTo(expected.error().path());
    }
  }

  private static boolean isEncodingCheck(WpsJsonException e) {
    return e.detail().endsWith(": a wps document is UTF-8 without a byte order mark");
  }

  private static DocumentKind kindOf(Object value) {
    return DocumentKind.ofType(value.getClass()).orElseThrow();
  }

  /** The input as text if it is valid UTF-8, else null. */
  private static String utf8(byte[] input) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(input))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
