package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docs/json-format.md shows every kind with exactly its golden file, so the page cannot go stale. */
class FormatDocumentationTest extends JsonTestSupport {
  static final Path PAGE = Path.of("..", "docs", "json-format.md");

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void pageShowsTheGoldenFileOfEveryKind(DocumentKind kind) throws Exception {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    assertThat(page).contains("### " + kind.id() + "\n");
    assertThat(page).contains("```json\n" + resource("/golden/" + kind.id() + ".json") + "```");
    assertThat(page).contains("`" + kind.id() + "`");
  }
}
