package io.github.wpskit.wps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Input the tool cannot use: exit code 2 and one line naming the file, the location and the
 * problem, never a stack trace. {@code validate} lists it in its report (the report on everything
 * else still printed), and {@code parity} after its tables.
 */
class BadInputTest {
  @TempDir
  Path dir;

  /** What validate prints for one input that cannot be read, and parity alike. */
  static void assertOneLine(Cli r, String expected) {
    assertThat(r.exitCode).as(r.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.err).doesNotContain("Exception", "\tat ");
    if (r.out.startsWith("Parity ")) {
      assertThat(r.err).as(r.toString()).isEmpty();
      assertThat(r.out).as(r.toString()).contains("; 1 could not be read or used (listed at the"
          + " end)\n").endsWith("\nCould not be read or used (1):\n  " + expected + "\n");
    } else {
      assertThat(r.err).as(r.toString()).isEmpty();
      assertThat(r.out).as(r.toString()).contains("Could not be read (1):\n  " + expected + "\n")
          .contains("Validation report: INVALID (errors: 1,", "  1  ERROR    WPS-SYS-003  ");
    }
  }

  /** The lines of the "Could not be read" section of a validate or parity report. */
  static List<String> unreadable(Cli r) {
    List<String> lines = r.out.lines().collect(Collectors.toList());
    int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("Could not be read"))
        .findFirst().orElseThrow(() -> new AssertionError("no read errors in\n" + r)));
    List<String> section = new ArrayList<>();
    for (int i = start + 1; i < lines.size() && lines.get(i).startsWith("  "); i++) {
      section.add(lines.get(i).substring(2));
    }
    return section;
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "parity"})
  void aFileThatDoesNotExist(String command) {
    Path file = dir.resolve("missing.json");
    assertOneLine(Cli.run(command, file.toString()), file + ": file not found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "parity"})
  void aDirectoryWithoutDataFiles(String command) throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "not data", StandardCharsets.UTF_8);
    assertOneLine(Cli.run(command, dir.toString()),
        dir + ": the directory holds no file ending in .json, .ndjson, .jsonl, .csv");
  }

  @ParameterizedTest
  @CsvSource({"empty.json, 'MALFORMED_JSON at $: Empty input: expected a JSON document'",
      "empty.ndjson, 'no document in the file (it is empty or has only blank lines)'"})
  void anEmptyFile(String name, String expected) throws IOException {
    Path file = Files.createFile(dir.resolve(name));
    assertOneLine(Cli.run("validate", file.toString()), file + ": " + expected);
  }

  @Test
  void malformedJson() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"kind\": \"deployment\",\n  \"formatVersion\": 1,,\n}",
        StandardCharsets.UTF_8);
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(unreadable(r)).singleElement().asString().startsWith(file + ":2:")
        .contains(": MALFORMED_JSON at $");
    assertThat(r.err).isEmpty();
  }

  @Test
  void notJsonAtAll() throws IOException {
    Path file = dir.resolve("notes.json");
    Files.writeString(file, "MINUSCA, 2024, 120 women", StandardCharsets.UTF_8);
    Cli r = Cli.run("validate", file.toString());
    assertThat(r.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(unreadable(r)).singleElement().asString()
        .startsWith(file + ":1:1: MALFORMED_JSON at $: ");
  }

  @Test
  void everyUnusableFileIsReportedNotOnlyTheFirst() throws IOException {
    Path a = dir.resolve("a.json");
    Path b = Files.createFile(dir.resolve("b.json"));
    Cli r = Cli.run("validate", a.toString(), b.toString());
    assertThat(r.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(unreadable(r)).containsExactly(a + ": file not found",
        b + ": MALFORMED_JSON at $: Empty input: expected a JSON document");
  }

  @Test
  void aWrongOptionIsAUsageError() {
    Cli r = Cli.run("validate", "--format", "yaml", "x.json");
    assertThat(r.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.err).startsWith("wps: Invalid value for option '--format'")
        .contains("Try 'wps validate --help' for usage.").doesNotContain("\tat ");
  }

  @Test
  void noFileIsAUsageError() {
    Cli r = Cli.run("validate");
    assertThat(r.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.err).startsWith("wps: Missing required parameter: 'FILE");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Cli r = Cli.run("frobnicate");
    assertThat(r.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(r.err).startsWith("wps: Unmatched argument at index 0: 'frobnicate'");
  }

  /**
   * Regression: a .json file was read whole into memory before decoding, so a file of a few hundred
   * megabytes ended in an OutOfMemoryError and a stack trace. The file here is 3 GiB (sparse, so it
   * costs no disk), beyond what any byte array can hold: only a streamed read stops at the limit.
   */
  @ParameterizedTest
  @ValueSource(strings = {"validate", "parity", "validate --lenient"})
  void aHugeJsonFileIsStreamedAndStopsAtTheStringLimit(String command) throws IOException {
    Path file = dir.resolve("huge.json");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.write("{\"kind\": \"mission\", \"formatVersion\": 1, \"name\": \"".getBytes(
          StandardCharsets.UTF_8));
      raf.write("a".repeat(2_000_000).getBytes(StandardCharsets.UTF_8));
      raf.setLength(3L << 30);
    }
    String[] args = (command + " " + file).split(" ");
    Cli r = Cli.run(args);
    // Jackson checks the limit as its buffer grows, so the exact column is its business.
    assertThat(r.exitCode).as(r.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(unreadable(r)).singleElement().asString()
        .startsWith(file + ":1:")
        .contains(": MALFORMED_JSON at $.name: Input exceeds a limit: String value length (")
        .endsWith(") exceeds the maximum allowed (1000000)");
  }

  /** A command that fails the way the JVM does, for the test below. */
  @Command(name = "fail")
  static final class Failing implements Runnable {
    @CommandLine.Parameters(defaultValue = "oom")
    String how;

    @Override
    public void run() {
      if (how.equals("oom")) {
        throw new OutOfMemoryError("Java heap space");
      }
      throw new StackOverflowError();
    }
  }

  /**
   * Regression: validating a million valid NDJSON records under -Xmx256m ended in an
   * OutOfMemoryError stack trace (picocli passes errors through its exception handlers).
   */
  @ParameterizedTest
  @CsvSource({
      "oom, 'wps: out of memory: give Java more memory (WPS_JAVA_OPTS=-Xmx4g wps ..., or java"
          + " -Xmx4g -jar wps.jar ...) or split the files'",
      "soe, 'wps: stack overflow: the input is nested too deeply'"})
  void anOutOfMemoryOrStackOverflowErrorIsOneLineAndExitTwo(String how, String expected) {
    CommandLine cli = WpsCommand.commandLine().addSubcommand(new Failing());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(cli, new PrintWriter(out), new PrintWriter(err), "fail", how);
    assertThat(code).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo(expected + "\n");
  }

  /** Regression: a file saved with a byte order mark, or as UTF-16, was read as if it were UTF-8. */
  @ParameterizedTest
  @CsvSource({"bom.json, 'The input starts with a UTF-8 byte order mark'",
      "utf16.json, 'The input starts with a UTF-16 or UTF-32 byte order mark'",
      "bom.ndjson, 'The input starts with a UTF-8 byte order mark'"})
  void aByteOrderMarkOrUtf16FileIsRefused(String name, String what) throws IOException {
    Path file = dir.resolve(name);
    String doc = Files.readString(Cli.SAMPLES.resolve("missions/minusca.json")).replace("\n", "");
    byte[] bytes = name.startsWith("utf16") ? doc.getBytes(StandardCharsets.UTF_16)
        : ("\uFEFF" + doc).getBytes(StandardCharsets.UTF_8);
    Files.write(file, bytes);
    assertOneLine(Cli.run("validate", file.toString()), file + ":1:1: MALFORMED_JSON at $: " + what
        + ": a wps document is UTF-8 without a byte order mark");
  }

  /** Regression: an NDJSON file of blank lines was said to be empty. */
  @Test
  void anNdjsonFileOfBlankLinesHasNoDocument() throws IOException {
    Path file = dir.resolve("blank.ndjson");
    Files.writeString(file, "\n\r\n  \n", StandardCharsets.UTF_8);
    assertOneLine(Cli.run("validate", file.toString()),
        file + ": no document in the file (it is empty or has only blank lines)");
  }

  /** Regression: a .json file of several documents only said there was content after the first. */
  @Test
  void aJsonFileOfSeveralDocumentsSuggestsNdjson() throws IOException {
    Path file = dir.resolve("two.json");
    String doc = Files.readString(Cli.SAMPLES.resolve("missions/minusca.json"));
    Files.writeString(file, doc + doc, StandardCharsets.UTF_8);
    long lines = doc.lines().count();
    assertOneLine(Cli.run("validate", file.toString()), file + ":" + (lines + 1) + ":1:"
        + " MALFORMED_JSON at $: Unexpected content after the end of the document (a .json file"
        + " holds one document; write one document per line, as NDJSON)");
  }
}
