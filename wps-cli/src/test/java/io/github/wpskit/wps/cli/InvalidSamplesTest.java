package io.github.wpskit.wps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.validation.RuleCatalogue;
import io.github.wpskit.wps.validation.RuleId;
import io.github.wpskit.wps.validation.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every deliberately invalid sample produces what its note in {@code samples/invalid/README.md}
 * names: the table is the test's input, so a note cannot drift from the behaviour.
 */
class InvalidSamplesTest {
  static final Path INVALID = Cli.SAMPLES.resolve("invalid");
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (.+) \\| (.+) \\|$");
  private static final Pattern EXPECTED =
      Pattern.compile("(?:line (\\d+): )?`([A-Z0-9_-]+)` at `([^`]+)`");

  static List<Arguments> notes() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    for (String line : Files.readAllLines(INVALID.resolve("README.md"), StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        rows.add(Arguments.of(m.group(1), m.group(3)));
      }
    }
    return rows;
  }

  @Test
  void everyFileHasANoteAndEveryNoteAFile() throws IOException {
    List<String> noted = notes().stream().map(a -> (String) a.get()[0]).sorted()
        .collect(Collectors.toList());
    try (Stream<Path> files = Files.list(INVALID)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md"))
          .sorted()).containsExactlyElementsOf(noted);
    }
    assertThat(noted).hasSizeGreaterThanOrEqualTo(15);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("notes")
  void producesWhatItsNoteNames(String file, String expected) {
    Path path = INVALID.resolve(file);
    Cli r = Cli.run("validate", path.toString());
    Matcher m = EXPECTED.matcher(expected);
    List<String[]> expectations = new ArrayList<>();
    while (m.find()) {
      expectations.add(new String[] {m.group(1), m.group(2), m.group(3)});
    }
    assertThat(expectations).as("the note of %s names what to expect", file).isNotEmpty();
    for (String[] e : expectations) {
      String what = e[1];
      String location = e[2];
      if (what.startsWith("WPS-")) {
        Severity severity = RuleCatalogue.find(RuleId.parse(what)).orElseThrow().severity();
        assertThat(r.exitCode).as(r.toString())
            .isEqualTo(severity == Severity.ERROR ? ExitCodes.DATA_ERRORS : ExitCodes.OK);
        assertThat(r.out).as(r.toString()).contains(severity + " " + what + " at " + location);
      } else {
        assertThat(r.exitCode).as(r.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        String prefix = path + (e[0] == null ? ":" : ":" + e[0] + ":");
        assertThat(BadInputTest.unreadable(r).stream().filter(l -> l.startsWith(prefix)
            && l.contains(": " + what + " at " + location + ": ")))
            .as(r.toString()).hasSize(1);
      }
    }
    if (!expectations.get(0)[1].startsWith("WPS-")) {
      assertThat(BadInputTest.unreadable(r)).as(r.toString()).hasSize(expectations.size());
      assertThat(r.err).isEmpty();
    }
  }
}
