package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wpskit.wps.json.WpsJsonException.Problem;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.resolution.Resolution;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** NDJSON: one document per line, lazily, in constant memory, with line numbers in errors. */
class NdjsonTest extends JsonTestSupport {

  static InputStream in(String text) {
    return new ByteArrayInputStream(utf8(text));
  }

  @Test
  void writtenLinesReadBackInOrder() throws IOException {
    Random r = new Random(7);
    List<Resolution> values = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      values.add(Generators.resolution(r));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = STRICT.ndjsonWriter(out)) {
      values.forEach(w::write);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.split("\n", -1)).hasSize(51);
    assertThat(text).endsWith("\n");
    assertThat(text.lines().collect(Collectors.toList()))
        .isEqualTo(values.stream().map(STRICT::encodeToString).collect(Collectors.toList()));
    try (NdjsonReader<Resolution> reader = STRICT.ndjsonReader(in(text), Resolution.class)) {
      assertThat(reader.stream().collect(Collectors.toList())).isEqualTo(values);
    }
  }

  @Test
  void blankLinesCarriageReturnsAndAMissingFinalNewlineAreAccepted() throws IOException {
    String line = resolutionWith("");
    String text = "\n" + line + "\r\n  \n\t\n" + line;
    try (NdjsonReader<Resolution> reader = STRICT.ndjsonReader(in(text), Resolution.class)) {
      assertThat(reader.stream().count()).isEqualTo(2);
      assertThat(reader.lineNumber()).isEqualTo(5);
    }
  }

  @Test
  void badLineStopsReadingWithItsLineNumber() throws IOException {
    String good = resolutionWith("");
    String text = good + "\n" + good + "\n" + resolutionWith("'wpsAgenda':1") + "\n" + good + "\n";
    try (NdjsonReader<Resolution> reader = STRICT.ndjsonReader(in(text), Resolution.class)) {
      reader.next();
      reader.next();
      WpsJsonException e =
          assertFails(reader::hasNext, Problem.DOES_NOT_FIT, "$.wpsAgenda",
              "Expected true or false but was the number 1 at $.wpsAgenda (line 3, column 104)");
      assertThat(e.line()).isEqualTo(3);
    }
  }

  @Test
  void continuingOnErrorsSkipsBadLinesAndCollectsTheirErrors() throws IOException {
    String good = resolutionWith("");
    String text = String.join("\n", good, "{not json", good, "[]", resolutionWith("'x':1"), good,
        "x".repeat(200), good);
    NdjsonOptions options =
        NdjsonOptions.defaults().withContinueOnError(true).withMaxLineLength(150);
    try (NdjsonReader<Resolution> reader =
        STRICT.ndjsonReader(in(text), Resolution.class, options)) {
      assertThat(reader.stream().count()).isEqualTo(4);
      assertThat(reader.errorCount()).isEqualTo(4);
      assertThat(reader.errors()).extracting(WpsJsonException::line).containsExactly(2L, 4L, 5L,
          7L);
      assertThat(reader.errors()).extracting(WpsJsonException::problem)
          .containsExactly(Problem.MALFORMED_JSON, Problem.DOES_NOT_FIT, Problem.DOES_NOT_FIT,
              Problem.MALFORMED_JSON);
      assertThat(reader.errors().get(3).getMessage())
          .isEqualTo("Line longer than the limit of 150 bytes at $ (line 7)");
    }
  }

  @Test
  void collectedErrorsAreCappedButAllCounted() throws IOException {
    String text = "[]\n".repeat(20);
    NdjsonOptions options =
        NdjsonOptions.defaults().withContinueOnError(true).withMaxCollectedErrors(3);
    try (NdjsonReader<Resolution> reader =
        STRICT.ndjsonReader(in(text), Resolution.class, options)) {
      assertThat(reader.hasNext()).isFalse();
      assertThat(reader.errorCount()).isEqualTo(20);
      assertThat(reader.errors()).hasSize(3);
    }
  }

  @Test
  void lineOverTheLimitIsRefusedWithoutBufferingIt() {
    // 100 MB on one line, generated lazily: the reader must not keep it.
    InputStream huge = HostileInputTest.lazy("{\"kind\":\"", (byte) 'a', 100L * 1024 * 1024,
        "\"}\n" + resolutionWith("") + "\n");
    NdjsonReader<Resolution> reader = STRICT.ndjsonReader(huge, Resolution.class);
    WpsJsonException e = catchThrowableOfType(WpsJsonException.class, reader::next);
    assertThat(e.getMessage()).isEqualTo("Line longer than the limit of 1048576 bytes at $ (line 1)");
    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
  }

  @Test
  void mixedKindsReadBackWithObjectClass() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Object> values = new ArrayList<>(Samples.BY_KIND.values());
    try (NdjsonWriter w = STRICT.ndjsonWriter(out)) {
      values.forEach(w::write);
    }
    try (NdjsonReader<Object> reader =
        STRICT.ndjsonReader(in(out.toString(StandardCharsets.UTF_8)), Object.class)) {
      assertThat(reader.stream().collect(Collectors.toList())).isEqualTo(values);
    }
  }

  @Test
  void aLineOfAnotherKindIsABadLine() throws IOException {
    String text = STRICT.encodeToString(Samples.DEPLOYMENT) + "\n"
        + STRICT.encodeToString(Samples.MISSION) + "\n";
    try (NdjsonReader<Deployment> reader = STRICT.ndjsonReader(in(text), Deployment.class)) {
      reader.next();
      assertFails(reader::next, Problem.DOES_NOT_FIT, "$.kind",
          "Wrong document kind 'mission' (expected 'deployment') at $.kind (line 2, column 9)");
    }
  }

  @Test
  void readsAnyKindWithObjectClass() throws IOException {
    String text = resolutionWith("") + "\n";
    try (NdjsonReader<Object> reader = STRICT.ndjsonReader(in(text), Object.class)) {
      assertThat(reader.next()).isInstanceOf(Resolution.class);
      assertThat(reader.hasNext()).isFalse();
      assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void lenientReaderKeepsUnknownFieldsPerLine() throws IOException {
    String text = resolutionWith("'a':1") + "\n" + resolutionWith("'b':2") + "\n";
    try (NdjsonReader<Decoded<Resolution>> reader =
        LENIENT.ndjsonReader(in(text), Resolution.class, NdjsonOptions.defaults())) {
      assertThat(reader.next().unknownFields()).containsOnlyKeys("$.a");
      Decoded<Resolution> second = reader.next();
      assertThat(second.unknownFields()).containsOnlyKeys("$.b");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (NdjsonWriter w = STRICT.ndjsonWriter(out)) {
        w.write(second);
      }
      assertThat(out.toString(StandardCharsets.UTF_8)).endsWith(",\"b\":2}\n");
    }
  }

  /** Counts bytes and discards them. */
  static final class CountingStream extends OutputStream {
    long count;
    long lines;

    @Override
    public void write(int b) {
      count++;
      if (b == '\n') {
        lines++;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
    }
  }

  /** Repeats one line forever (up to a count), so a million records never exist at once. */
  static InputStream repeated(byte[] line, long times) {
    return new InputStream() {
      long left = times;
      int pos;

      @Override
      public int read() {
        if (left == 0) {
          return -1;
        }
        int b = line[pos++];
        if (pos == line.length) {
          pos = 0;
          left--;
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left == 0) {
          return -1;
        }
        int n = 0;
        while (n < len && left > 0) {
          int k = Math.min(len - n, line.length - pos);
          System.arraycopy(line, pos, b, off + n, k);
          n += k;
          pos += k;
          if (pos == line.length) {
            pos = 0;
            left--;
          }
        }
        return n;
      }
    };
  }

  @Test
  void aMillionDeploymentRecordsStreamThroughInConstantMemory() throws IOException {
    Deployment value = Samples.DEPLOYMENT;
    CountingStream sink = new CountingStream();
    try (NdjsonWriter w = STRICT.ndjsonWriter(sink)) {
      for (int i = 0; i < 1_000_000; i++) {
        w.write(value);
      }
    }
    byte[] line = (STRICT.encodeToString(value) + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(sink.lines).isEqualTo(1_000_000);
    assertThat(sink.count).isEqualTo(1_000_000L * line.length);
    // Well over the 64 MiB single-document limit in total: the limit applies per line.
    assertThat(sink.count).isGreaterThan(64L * 1024 * 1024);
    long read = 0;
    try (NdjsonReader<Deployment> reader =
        STRICT.ndjsonReader(repeated(line, 1_000_000), Deployment.class)) {
      while (reader.hasNext()) {
        if (!reader.next().equals(value)) {
          throw new AssertionError("record " + read + " differs");
        }
        read++;
      }
    }
    assertThat(read).isEqualTo(1_000_000);
  }
}
