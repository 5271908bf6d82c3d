package io.github.wpskit.wps.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.validation.Severity;
import java.nio.file.Files;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class RealFiguresPageTest {
  @Test
  void theReportOfTheRealFiguresIsUnderTwoMegabytesAndShowsTheirCounts() throws Exception {
    RealFigures.Result r = RealFigures.get();
    assertThat(r.deployments()).hasSize(16_351);
    assertThat(Files.size(RealFigures.PAGE)).isLessThan(2_000_000);
    Document page = PageChecks.check(r.html());
    assertThat(page.select("header dl").text()).contains("Documents read 16,351");
    assertThat(page.select("#table-severity tbody tr").eachText()).containsExactly(
        "ERROR " + Format.count(r.validation().count(Severity.ERROR)),
        "WARNING " + Format.count(r.validation().count(Severity.WARNING)),
        "INFO " + Format.count(r.validation().count(Severity.INFO)),
        "Rules skipped (data absent) " + Format.count(r.validation().skipped().size()));
  }
}
