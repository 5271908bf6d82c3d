package io.github.wpskit.wps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesOnePageWithTheFindingsAndTheParityOfTheInputs() throws Exception {
    Path html = dir.resolve("out.html");
    String input = Cli.sample("deployments/monthly-2024.ndjson");
    Cli cli = Cli.run("report", "--html", html.toString(), "--title", "Monthly <2024>", input);
    long records = Files.readAllLines(Path.of(input)).stream().filter(l -> !l.isBlank()).count();
    assertThat(cli.err).as(cli.toString()).isEmpty();
    assertThat(cli.out).startsWith("Wrote " + html + " (").contains(
        String.format("%,d documents, %,d deployment records", records, records));
    Document page = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
    assertThat(page.title()).isEqualTo("Monthly <2024>");
    assertThat(page.select("header dl").text()).contains("Files read " + input,
        String.format("Documents read %,d", records), "Rows refused none");
    assertThat(page.select("#trend h3").eachText()).contains("Military contingents");
    assertThat(page.select("#colours-h").text()).startsWith("Colour list, ");
    assertThat(page.select("#table-findings td:nth-of-type(5)").eachText())
        .allMatch(t -> t.startsWith(input + ":"));
  }

  @Test
  void anUnreadableLineIsCountedAsRefusedListedWithItsLineAndExitsTwo() throws Exception {
    Path batch = dir.resolve("batch.ndjson");
    Files.writeString(batch, Files.readAllLines(Path.of(Cli.sample(
        "deployments/monthly-2024.ndjson"))).get(0) + "\n{\"kind\": \"deployment\", oops\n");
    Path html = dir.resolve("out.html");
    Cli cli = Cli.run("report", "--html", html.toString(), batch.toString());
    assertThat(cli.exitCode).as(cli.toString()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    Document page = Jsoup.parse(Files.readString(html));
    assertThat(page.select("header dl").text()).contains("Documents read 1",
        "Rows refused 1 (could not be read; listed among the findings)");
    assertThat(page.select("#table-findings tr:has(td)").text()).contains("WPS-SYS-003",
        batch + ":2");
  }

  @Test
  void withoutHtmlItIsAUsageError() {
    Cli cli = Cli.run("report", Cli.sample("deployments/monthly-2024.ndjson"));
    assertThat(cli.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(cli.err).contains("Missing required option: '--html=OUT.html'");
    Cli negative = Cli.run("report", "--html", dir.resolve("x.html").toString(),
        "--max-findings", "-1", Cli.sample("deployments/monthly-2024.ndjson"));
    assertThat(negative.exitCode).isEqualTo(ExitCodes.UNUSABLE_INPUT);
    assertThat(negative.err)
        .contains("Invalid value for option '--max-findings': -1 (must not be negative)");
    assertThat(Files.exists(dir.resolve("x.html"))).isFalse();
  }
}
