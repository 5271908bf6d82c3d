package io.github.wpskit.wps.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {
  private static final OptionalDouble NONE = OptionalDouble.empty();

  private static OptionalDouble v(double d) {
    return OptionalDouble.of(d);
  }

  private static Document line(List<OptionalDouble> shares, List<OptionalDouble> targets)
      throws Exception {
    List<YearMonth> months = List.of(YearMonth.of(2023, 12), YearMonth.of(2024, 1),
        YearMonth.of(2024, 2), YearMonth.of(2024, 3));
    StringBuilder sb = new StringBuilder();
    LineChart.write(new Markup(sb), "c", "t", "d",
        new LineChart.Series(months, shares, targets, List.of("a", "b", "c", "d")),
        LineChart.Size.LARGE, null);
    return PageChecks.parseXml(sb.toString());
  }

  private static String d(Document svg, String cls) {
    NodeList paths = svg.getElementsByTagNameNS(Charts.SVG_NAMESPACE, "path");
    for (int i = 0; i < paths.getLength(); i++) {
      Element p = (Element) paths.item(i);
      if (p.getAttribute("class").equals(cls)) {
        return p.getAttribute("d");
      }
    }
    return null;
  }

  @Test
  void aMonthWithoutFiguresBreaksTheLine() throws Exception {
    Document svg = line(List.of(v(5), NONE, v(6), v(7)), List.of(NONE, NONE, NONE, NONE));
    // A lone month before the gap is a short level stroke; after the gap the line starts anew.
    assertThat(d(svg, "share")).matches("M\\S+ \\S+ H\\S+ M\\S+ \\S+ L\\S+ \\S+");
    assertThat(d(svg, "target")).as("no target known: none drawn").isNull();
    assertThat(svg.getElementsByTagNameNS(Charts.SVG_NAMESPACE, "circle").getLength())
        .isEqualTo(3);
  }

  @Test
  void theTargetIsDrawnOnlyForTheMonthsThatHaveOne() throws Exception {
    Document svg = line(List.of(v(5), v(5), v(6), v(7)), List.of(NONE, v(10), v(10), v(10)));
    String target = d(svg, "target");
    assertThat(target).startsWith("M").doesNotContain("H");
    assertThat(target.split("[ML]")).hasSize(4);
    // The y axis reaches the target: 10% is a tick.
    assertThat(svg.getDocumentElement().getTextContent()).contains("10%");
  }

  @Test
  void onlyVoidElementsAndShapesAreWrittenSelfClosing() {
    assertThatThrownBy(() -> new Markup(new StringBuilder()).empty("span"))
        .hasMessage("span cannot be self-closing in HTML: open and close it");
    StringBuilder sb = new StringBuilder();
    new Markup(sb).empty("br").empty("rect", "width", 3);
    assertThat(sb).hasToString("<br/><rect width=\"3\"/>");
  }

  @Test
  void scalesTickAtRoundNumbers() {
    assertThat(new Scale(7.3, 0, 100, 5).ticks()).containsExactly(0.0, 2.0, 4.0, 6.0, 8.0);
    assertThat(new Scale(6472, 0, 100, 4).ticks())
        .containsExactly(0.0, 2000.0, 4000.0, 6000.0, 8000.0);
    assertThat(new Scale(0, 0, 100, 4).max()).isEqualTo(1.0);
    assertThat(new Scale(4, 0, 100, 4).ticks()).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0);
  }

  @Test
  void aSeriesNeedsOneValueOfEachKindPerMonth() {
    assertThatThrownBy(() -> new LineChart.Series(List.of(YearMonth.of(2024, 1)), List.of(),
        List.of(NONE), List.of("a"))).hasMessage("one share, target and note per month");
    assertThatThrownBy(() -> new BarChart.Bar("x", -1, Palette.BLUE))
        .hasMessage("negative bar value -1");
  }
}
