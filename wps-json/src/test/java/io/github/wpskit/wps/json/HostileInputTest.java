package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wpskit.wps.json.WpsJsonException.Problem;
import io.github.wpskit.wps.resolution.Resolution;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken input fails fast with {@link WpsJsonException}: never an OutOfMemoryError, never
 * a StackOverflowError, never a silent default.
 */
class HostileInputTest extends JsonTestSupport {

  /** An input stream of {@code prefix}, then {@code count} copies of one byte, then {@code suffix}. */
  static InputStream lazy(String prefix, byte fill, long count, String suffix) {
    InputStream middle =
        new InputStream() {
          long left = count;

          @Override
          public int read() {
            if (left <= 0) {
              return -1;
            }
            left--;
            return fill;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, fill);
            left -= n;
            return n;
          }
        };
    return new SequenceInputStream(
        java.util.Collections.enumeration(
            List.of(
                new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)),
                middle,
                new ByteArrayInputStream(suffix.getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void stringOf200MegabytesFailsAtTheStringLimitWithoutReadingItAll() {
    String prefix = json("{'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)',"
        + "'adopted':'2000-10-31','title':'");
    InputStream in = lazy(prefix, (byte) 'a', 200L * 1024 * 1024, "\"}");
    WpsJsonException e =
        catchThrowableOfType(WpsJsonException.class, () -> STRICT.decode(in, Resolution.class));
    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.path()).isEqualTo("$.title");
    // Jackson checks the length as its buffer grows: it stops a little after 1 000 000 characters.
    assertThat(e.detail()).startsWith("Input exceeds a limit: String value length (")
        .endsWith(") exceeds the maximum allowed (1000000)");
    assertThat(e.column()).isBetween(1_000_000L, 2_000_000L);
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void fieldNameOf200MegabytesFailsAtTheNameLimit() {
    InputStream in = lazy("{\"", (byte) 'n', 200L * 1024 * 1024, "\":1}");
    WpsJsonException e =
        catchThrowableOfType(WpsJsonException.class, () -> STRICT.decode(in, Resolution.class));
    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.path()).isEqualTo("$");
    // Jackson checks the name length as its buffer grows, so the length it reports is a little over.
    assertThat(e.detail()).startsWith("Input exceeds a limit: Name length (")
        .endsWith(") exceeds the maximum allowed (1000)");
  }

  @Test
  void hundredThousandNestedArraysAtTheRootDoNotFit() {
    InputStream in = lazy("", (byte) '[', 100_000, "");
    assertFails(
        () -> STRICT.decode(in, Resolution.class),
        Problem.DOES_NOT_FIT,
        "$",
        "Expected a wps document (an object) but was an array at $ (line 1, column 1)");
  }

  @Test
  void hundredThousandNestedArraysInAKeptFieldStopAtTheNestingLimit() {
    String prefix = resolutionWith("'deep':").replaceAll("}$", "");
    InputStream in = lazy(prefix, (byte) '[', 100_000, "");
    WpsJsonException e =
        catchThrowableOfType(
            WpsJsonException.class, () -> LENIENT.decode(in, Resolution.class));
    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.detail())
        .isEqualTo("Input exceeds a limit: Document nesting depth (65) exceeds the maximum allowed"
            + " (64)");
    assertThat(e.path()).startsWith("$.deep[0][0][0]");
  }

  @Test
  void numberOfAThousandDigitsFailsAtTheNumberLimit() {
    String doc = resolutionWith("'vote':{'inFavour':" + "9".repeat(1000) + "}");
    WpsJsonException e =
        catchThrowableOfType(WpsJsonException.class, () -> STRICT.decode(doc, Resolution.class));
    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.detail()).startsWith("Input exceeds a limit: Number value length");
    assertThat(e.path()).isEqualTo("$.vote.inFavour");
  }

  @Test
  void invalidUtf8IsMalformed() {
    byte[] good = utf8(resolutionWith("'title':'abc'"));
    byte[] bad = good.clone();
    int at = new String(good, StandardCharsets.UTF_8).indexOf("abc");
    bad[at + 1] = (byte) 0xff;
    WpsJsonException e =
        assertFails(
            () -> STRICT.decode(bad, Resolution.class),
            Problem.MALFORMED_JSON,
            "$.title",
            "Invalid UTF-8 start byte 0xff at $.title (line 1, column 103)");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void truncatedDocumentIsMalformed() {
    String doc = resolutionWith("'title':'abc'");
    assertFails(
        () -> STRICT.decode(doc.substring(0, doc.length() - 10), Resolution.class),
        Problem.MALFORMED_JSON,
        "$.adopted",
        "Unexpected end of input: the document is truncated at $.adopted (line 1, column 96)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t\r\n"})
  void emptyInputIsMalformed(String input) {
    assertFails(
        () -> STRICT.decode(input, Resolution.class),
        Problem.MALFORMED_JSON,
        "$",
        "Empty input: expected a JSON document at $");
    assertFails(
        () -> STRICT.decode(new ByteArrayInputStream(utf8(input)), Resolution.class),
        Problem.MALFORMED_JSON,
        "$",
        "Empty input: expected a JSON document at $");
  }

  @Test
  void documentOfTheWrongKindDoesNotFit() {
    assertFails(
        () -> STRICT.decode(json("{'kind':'mission','formatVersion':1}"), Resolution.class),
        Problem.DOES_NOT_FIT,
        "$.kind",
        "Wrong document kind 'mission' (expected 'resolution') at $.kind (line 1, column 9)");
  }

  @Test
  void contentAfterTheDocumentIsMalformed() {
    assertFails(
        () -> STRICT.decode(resolutionWith("") + " {}", Resolution.class),
        Problem.MALFORMED_JSON,
        "$",
        "Unexpected content after the end of the document at $ (line 1, column 93)");
  }

  @Test
  void garbageAfterTheDocumentIsMalformed() {
    WpsJsonException e =
        catchThrowableOfType(
            WpsJsonException.class, () -> STRICT.decode(resolutionWith("") + "x", Resolution.class));
    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.getMessage()).startsWith("Unrecognized token 'x'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "[]", "\"resolution\"", "1", "true"})
  void rootThatIsNotAnObjectDoesNotFit(String root) {
    WpsJsonException e =
        catchThrowableOfType(WpsJsonException.class, () -> STRICT.decode(root, Resolution.class));
    assertThat(e.problem()).isEqualTo(Problem.DOES_NOT_FIT);
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.detail()).startsWith("Expected a wps document (an object) but was ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'kind':'resolution',}",
        "{'kind':'resolution' /* c */}",
        "{kind:'resolution'}",
        "{'kind':NaN}",
        "{'kind':01}",
      })
  void nonStandardJsonIsMalformed(String doc) {
    WpsJsonException e =
        catchThrowableOfType(WpsJsonException.class, () -> STRICT.decode(json(doc),
            Resolution.class));
    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.getMessage()).doesNotContain("Source:").doesNotContain("com.fasterxml");
  }

  @Test
  void singleQuotedJsonIsMalformed() {
    WpsJsonException e =
        catchThrowableOfType(
            WpsJsonException.class, () -> STRICT.decode("{'kind':'resolution'}", Resolution.class));
    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.path()).isEqualTo("$");
  }

  @Test
  void documentOverTheDocumentLimitFailsAtTheLimit() {
    String prefix = resolutionWith("'padding':").replaceAll("}$", "");
    InputStream in = lazy(prefix, (byte) ' ', 65L * 1024 * 1024, "1}");
    WpsJsonException e =
        catchThrowableOfType(WpsJsonException.class, () -> LENIENT.decode(in, Resolution.class));
    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.detail()).startsWith("Input exceeds a limit: Document length");
  }

  /**
   * Regression: a string too long to read, where the model expects another type (or an object at
   * the root), was reported as DOES_NOT_FIT "but was an unreadable value", hiding the limit.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "{'kind':'resolution','formatVersion':1,'vote':{'inFavour':"})
  void hugeStringOfTheWrongTypeIsMalformedAtTheStringLimit(String before) {
    InputStream in = lazy(json(before + "'"), (byte) 'a', 200L * 1024 * 1024, "\"");
    WpsJsonException e =
        catchThrowableOfType(WpsJsonException.class, () -> STRICT.decode(in, Resolution.class));
    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.path()).isEqualTo(before.isEmpty() ? "$" : "$.vote.inFavour");
    assertThat(e.detail()).startsWith("Input exceeds a limit: String value length (")
        .endsWith(") exceeds the maximum allowed (1000000)");
  }

  /** Regression: invalid UTF-8 in a string of the wrong type was DOES_NOT_FIT, not malformed. */
  @Test
  void invalidUtf8InAStringOfTheWrongTypeIsMalformed() {
    byte[] bad = utf8(json("{'kind':'resolution','formatVersion':1,'vote':{'inFavour':'a?c'}}"));
    int at = new String(bad, StandardCharsets.UTF_8).indexOf("a?c");
    bad[at + 1] = (byte) 0xff;
    assertFails(
        () -> STRICT.decode(bad, Resolution.class),
        Problem.MALFORMED_JSON,
        "$.vote.inFavour",
        "Invalid UTF-8 start byte 0xff at $.vote.inFavour (line 1, column 62)");
  }

  /**
   * Regression: a byte order mark was skipped in bytes and streams but refused with a cryptic
   * message in text, and UTF-16 bytes were silently read, though the format is UTF-8 without one.
   */
  @ParameterizedTest
  @CsvSource({
      "efbbbf, 'The input starts with a UTF-8 byte order mark'",
      "feff, 'The input starts with a UTF-16 or UTF-32 byte order mark'",
      "fffe, 'The input starts with a UTF-16 or UTF-32 byte order mark'",
      "0000feff, 'The input is not UTF-8 (it looks like UTF-16 or UTF-32)'",
      "00, 'The input is not UTF-8 (it looks like UTF-16 or UTF-32)'"})
  void byteOrderMarkOrWiderEncodingIsMalformedInBytesStreamsAndLines(String hex, String what)
      throws java.io.IOException {
    byte[] prefix = java.util.HexFormat.of().parseHex(hex);
    byte[] doc = utf8(resolutionWith(""));
    byte[] bad = new byte[prefix.length + doc.length];
    System.arraycopy(prefix, 0, bad, 0, prefix.length);
    System.arraycopy(doc, 0, bad, prefix.length, doc.length);
    String expected = what + ": a wps document is UTF-8 without a byte order mark at $ (line 1,"
        + " column 1)";
    assertFails(() -> STRICT.decode(bad, Resolution.class), Problem.MALFORMED_JSON, "$", expected);
    assertFails(() -> STRICT.readDocument(new ByteArrayInputStream(bad)), Problem.MALFORMED_JSON,
        "$", expected);
    assertFails(() -> LENIENT.decode(bad, Resolution.class), Problem.MALFORMED_JSON, "$",
        expected);
    try (NdjsonReader<Object> lines = STRICT.ndjsonReader(new ByteArrayInputStream(bad),
        Object.class)) {
      WpsJsonException e = catchThrowableOfType(WpsJsonException.class, lines::next);
      assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
      assertThat(e.detail()).startsWith(what);
    }
  }

  @Test
  void utf16DocumentIsMalformed() {
    byte[] utf16 = resolutionWith("").getBytes(StandardCharsets.UTF_16LE);
    assertFails(() -> STRICT.decode(utf16, Resolution.class), Problem.MALFORMED_JSON, "$",
        "The input is not UTF-8 (it looks like UTF-16 or UTF-32): a wps document is UTF-8 without"
            + " a byte order mark at $ (line 1, column 1)");
  }

  @Test
  void byteOrderMarkInTextIsMalformed() {
    assertFails(() -> STRICT.decode("\uFEFF" + resolutionWith(""), Resolution.class),
        Problem.MALFORMED_JSON, "$",
        "The input starts with a byte order mark (U+FEFF): a wps document is UTF-8 without a byte"
            + " order mark at $ (line 1, column 1)");
  }
}
