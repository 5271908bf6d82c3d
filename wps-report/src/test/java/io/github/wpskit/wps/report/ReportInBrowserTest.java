package io.github.wpskit.wps.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Opens the report of the real figures in headless Chromium: no console error, no exception, no
 * chart with an empty bounding box; the print style sheet hides the navigation and prints the
 * tables folded into {@code <details>}; saves a screenshot of the top of the page as
 * {@code target/report-screenshot.png}, the parity sections as {@code target/report-trend.png} and
 * {@code target/report-colours.png}, and
 * the whole page, half size, as {@code target/report-full.png}.
 * Skipped, saying so, where no Chromium is installed ({@code .ci/run} installs it).
 */
class ReportInBrowserTest {
  private static final String CHART_BOXES =
      "JSON.stringify(Array.from(document.querySelectorAll('svg.chart')).map(s => {"
          + " const r = s.getBoundingClientRect(); const b = s.getBBox();"
          + " return {id: s.id, width: r.width, height: r.height, drawnWidth: b.width,"
          + " drawnHeight: b.height}; }))";

  @Test
  void theReportOfTheRealFiguresRendersWithoutErrorsAndEveryChartHasASize() throws Exception {
    Optional<Path> chromium = Chromium.executable();
    assumeTrue(chromium.isPresent(),
        "no Chromium on the PATH (apt-get install chromium, or -Dwps.chromium=PATH)");
    RealFigures.get();
    Path page = RealFigures.PAGE.toAbsolutePath();
    Path screenshot = Path.of("target", "report-screenshot.png");
    try (Chromium browser = Chromium.start(chromium.get(), Path.of("target", "chromium.log"))) {
      browser.call("Runtime.enable", Map.of());
      browser.call("Log.enable", Map.of());
      browser.call("Page.enable", Map.of());
      browser.call("Emulation.setDeviceMetricsOverride", Map.of(
          "width", 1200, "height", 1400, "deviceScaleFactor", 1, "mobile", false));
      CompletableFuture<JsonNode> loaded = browser.next("Page.loadEventFired");
      JsonNode nav = browser.call("Page.navigate", Map.of("url", page.toUri().toString()));
      assertThat(nav.has("errorText")).as("navigation: " + nav).isFalse();
      loaded.get(60, TimeUnit.SECONDS);

      JsonNode boxes = new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(browser.evaluate(CHART_BOXES).asText());
      List<String> empty = new ArrayList<>();
      for (JsonNode box : boxes) {
        if (box.path("width").asDouble() <= 0 || box.path("height").asDouble() <= 0
            || box.path("drawnWidth").asDouble() <= 0 || box.path("drawnHeight").asDouble() <= 0) {
          empty.add(box.toString());
        }
      }
      int charts = PageChecks.svgSources(RealFigures.get().html()).size();
      assertThat(boxes).as("charts measured").hasSize(charts);
      assertThat(empty).as("charts with an empty bounding box").isEmpty();
      assertThat(browser.evaluate("document.title").asText())
          .isEqualTo("DPO uniformed personnel, January 2023 to June 2024");

      JsonNode shot = browser.call("Page.captureScreenshot", Map.of("format", "png"));
      Files.write(screenshot, Base64.getDecoder().decode(shot.path("data").asText()));
      for (String section : List.of("trend", "colours")) {
        double top = browser.evaluate("document.getElementById('" + section + "')"
            + ".getBoundingClientRect().top + window.scrollY").asDouble();
        JsonNode part = browser.call("Page.captureScreenshot", Map.of("format", "png",
            "captureBeyondViewport", true,
            "clip", Map.of("x", 0, "y", top, "width", 1200, "height", 1400, "scale", 1)));
        Files.write(Path.of("target", "report-" + section + ".png"),
            Base64.getDecoder().decode(part.path("data").asText()));
      }
      double height = browser.evaluate("document.documentElement.scrollHeight").asDouble();
      JsonNode full = browser.call("Page.captureScreenshot", Map.of("format", "png",
          "captureBeyondViewport", true,
          "clip", Map.of("x", 0, "y", 0, "width", 1200, "height", Math.min(height, 16000),
              "scale", 0.5)));
      Files.write(Path.of("target", "report-full.png"),
          Base64.getDecoder().decode(full.path("data").asText()));
      // The print style sheet: no navigation, and the tables folded into <details> are printed.
      String folded = "document.getElementById('table-trend-military-contingents')"
          + ".checkVisibility()";
      assertThat(browser.evaluate(folded).asBoolean()).as("folded table on screen").isFalse();
      browser.call("Emulation.setEmulatedMedia", Map.of("media", "print"));
      assertThat(browser.evaluate(folded).asBoolean()).as("folded table in print").isTrue();
      assertThat(browser.evaluate("getComputedStyle(document.querySelector('nav')).display")
          .asText()).isEqualTo("none");
      browser.call("Emulation.setEmulatedMedia", Map.of("media", ""));
      assertThat(browser.errors()).as("console errors and exceptions; events: "
          + browser.events()).isEmpty();
    }
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);
  }
}
