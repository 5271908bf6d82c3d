package io.github.wpskit.wps.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A horizontal bar chart of counts, one labelled bar per row, the count written at the end of each
 * bar (so no reader has to estimate a length).
 */
final class BarChart {
  private static final double LABEL_WIDTH = 170;
  private static final double BAR_AREA = 360;
  private static final double VALUE_WIDTH = 70;
  private static final double ROW = 22;
  private static final double TOP = 8;
  private static final double AXIS = 22;

  /**
   * One bar.
   *
   * @param label the row's label, data (escaped)
   * @param value the count, not negative
   * @param colour the bar's fill, a palette colour
   */
  record Bar(String label, long value, String colour) {
    Bar {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(colour, "colour");
      if (value < 0) {
        throw new IllegalArgumentException("negative bar value " + value);
      }
    }
  }

  private BarChart() {}

  /** Writes the chart; with no bars it says so inside the frame, which keeps its size. */
  static void write(Markup m, String id, String title, String description, List<Bar> bars) {
    int rows = Math.max(1, bars.size());
    double width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
    double height = TOP + rows * ROW + AXIS;
    Charts.open(m, id, title, description, width, height);
    long max = 0;
    for (Bar bar : bars) {
      max = Math.max(max, bar.value());
    }
    // At least 4, so that every tick is a whole count.
    Scale x = new Scale(Math.max(max, 4), LABEL_WIDTH, LABEL_WIDTH + BAR_AREA, 4);
    double axisY = TOP + rows * ROW;
    for (double tick : x.ticks()) {
      String tx = Scale.coordinate(x.at(tick));
      m.empty("line", "class", "grid", "x1", tx, "x2", tx, "y1", Scale.coordinate(TOP),
          "y2", Scale.coordinate(axisY));
      m.element("text", count(Math.round(tick)), "class", "tick", "x", tx,
          "y", Scale.coordinate(axisY + 15), "text-anchor", "middle");
    }
    if (bars.isEmpty()) {
      m.element("text", "Nothing to show", "class", "label", "x", Scale.coordinate(LABEL_WIDTH),
          "y", Scale.coordinate(TOP + ROW * 0.7));
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = TOP + i * ROW;
      double end = x.at(bar.value());
      m.element("text", bar.label(), "class", "label", "x", Scale.coordinate(LABEL_WIDTH - 6),
          "y", Scale.coordinate(y + ROW * 0.68), "text-anchor", "end");
      m.open("rect", "x", Scale.coordinate(LABEL_WIDTH), "y", Scale.coordinate(y + 3),
          "width", Scale.coordinate(Math.max(end - LABEL_WIDTH, bar.value() > 0 ? 1 : 0)),
          "height", Scale.coordinate(ROW - 6), "fill", bar.colour());
      m.element("title", bar.label() + ": " + count(bar.value()));
      m.close();
      m.element("text", count(bar.value()), "class", "value", "x", Scale.coordinate(end + 4),
          "y", Scale.coordinate(y + ROW * 0.68));
    }
    m.empty("line", "class", "axis", "x1", Scale.coordinate(LABEL_WIDTH),
        "x2", Scale.coordinate(LABEL_WIDTH), "y1", Scale.coordinate(TOP),
        "y2", Scale.coordinate(axisY));
    m.close();
  }

  /** A count with thousands separators, as the tables write it. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
