package io.github.wpskit.wps.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A line chart of the share of women by month, with the target in force drawn beside it as a dashed
 * line wherever a target is known for the month's year, and nowhere else: a gap in the dashed line
 * is a year without a known target, never an invented one.
 *
 * <p>Every chart of one analysis spans the same months, so small multiples line up. A month
 * without figures leaves a gap in the share line.
 */
final class LineChart {
  /** The size of a chart: the large one per target group, or a small multiple per mission. */
  enum Size {
    LARGE(660, 250, 48, 16, 14, 34),
    SMALL(230, 120, 30, 8, 20, 20);

    final double width;
    final double height;
    final double left;
    final double right;
    final double top;
    final double bottom;

    Size(double width, double height, double left, double right, double top, double bottom) {
      this.width = width;
      this.height = height;
      this.left = left;
      this.right = right;
      this.top = top;
      this.bottom = bottom;
    }
  }

  /**
   * The figures of one chart, month by month.
   *
   * @param months the months on the axis, ascending
   * @param shares the share of women in percent per month, empty where there is none
   * @param targets the target in force per month, empty where none is known
   * @param notes per month, what a pointer over the point says (women of total, share); large
   *     charts only
   */
  record Series(
      List<YearMonth> months, List<OptionalDouble> shares, List<OptionalDouble> targets,
      List<String> notes) {
    Series {
      months = List.copyOf(months);
      shares = List.copyOf(shares);
      targets = List.copyOf(targets);
      notes = List.copyOf(notes);
      if (shares.size() != months.size() || targets.size() != months.size()
          || notes.size() != months.size()) {
        throw new IllegalArgumentException("one share, target and note per month");
      }
    }
  }

  private LineChart() {}

  /** Writes the chart. */
  static void write(
      Markup m, String id, String title, String description, Series s, Size size, String label) {
    Objects.requireNonNull(s, "series");
    Charts.open(m, id, title, description, size.width, size.height);
    double max = 5;
    for (int i = 0; i < s.months().size(); i++) {
      max = Math.max(max, s.shares().get(i).orElse(0));
      max = Math.max(max, s.targets().get(i).orElse(0));
    }
    double plotBottom = size.height - size.bottom;
    Scale y = new Scale(max * 1.05, plotBottom, size.top, size == Size.LARGE ? 5 : 2);
    double plotLeft = size.left;
    double plotRight = size.width - size.right;
    int n = s.months().size();
    double step = n > 1 ? (plotRight - plotLeft) / (n - 1) : 0;

    if (label != null) {
      m.element("text", label, "class", "small-title", "x", Scale.coordinate(plotLeft),
          "y", "13");
    }
    for (double tick : y.ticks()) {
      String ty = Scale.coordinate(y.at(tick));
      m.empty("line", "class", "grid", "x1", Scale.coordinate(plotLeft),
          "x2", Scale.coordinate(plotRight), "y1", ty, "y2", ty);
      m.element("text", Scale.tick(tick) + "%", "class", "tick",
          "x", Scale.coordinate(plotLeft - 4), "y", Scale.coordinate(y.at(tick) + 4),
          "text-anchor", "end");
    }
    for (int i = 0; i < n; i++) {
      YearMonth month = s.months().get(i);
      boolean january = month.getMonthValue() == 1;
      if (january || i == 0 || (size == Size.LARGE && month.getMonthValue() == 7)) {
        String tx = Scale.coordinate(plotLeft + i * step);
        m.element("text", size == Size.LARGE || january || i == 0
                ? monthLabel(month, size) : "", "class", "tick", "x", tx,
            "y", Scale.coordinate(plotBottom + 14), "text-anchor", "middle");
      }
    }
    m.empty("line", "class", "axis", "x1", Scale.coordinate(plotLeft),
        "x2", Scale.coordinate(plotRight), "y1", Scale.coordinate(plotBottom),
        "y2", Scale.coordinate(plotBottom));

    String target = path(s.targets(), plotLeft, step, y);
    if (!target.isEmpty()) {
      m.empty("path", "class", "target", "d", target, "fill", "none",
          "stroke", Palette.VERMILLION, "stroke-dasharray", "6 4");
    }
    String share = path(s.shares(), plotLeft, step, y);
    if (!share.isEmpty()) {
      m.empty("path", "class", "share", "d", share, "fill", "none", "stroke", Palette.BLUE);
    }
    if (size == Size.LARGE) {
      for (int i = 0; i < n; i++) {
        if (s.shares().get(i).isPresent()) {
          m.open("circle", "class", "point", "cx", Scale.coordinate(plotLeft + i * step),
              "cy", Scale.coordinate(y.at(s.shares().get(i).getAsDouble())), "r", "3",
              "fill", Palette.BLUE);
          m.element("title", s.notes().get(i));
          m.close();
        }
      }
    }
    m.close();
  }

  /** A path through the values present, a new sub-path after every gap. */
  private static String path(List<OptionalDouble> values, double left, double step, Scale y) {
    StringBuilder d = new StringBuilder();
    boolean drawing = false;
    for (int i = 0; i < values.size(); i++) {
      OptionalDouble v = values.get(i);
      if (v.isEmpty()) {
        drawing = false;
        continue;
      }
      boolean alone = !drawing && (i + 1 >= values.size() || values.get(i + 1).isEmpty());
      double x = left + i * step;
      if (alone) {
        // A single month between gaps still shows: a short level stroke across its place.
        d.append(d.length() == 0 ? "" : " ").append('M').append(Scale.coordinate(x - 3))
            .append(' ').append(Scale.coordinate(y.at(v.getAsDouble())))
            .append(" H").append(Scale.coordinate(x + 3));
        continue;
      }
      d.append(d.length() == 0 ? "" : " ").append(drawing ? 'L' : 'M')
          .append(Scale.coordinate(x)).append(' ').append(Scale.coordinate(y.at(v.getAsDouble())));
      drawing = true;
    }
    return d.toString();
  }

  private static String monthLabel(YearMonth month, Size size) {
    String name = month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
    return size == Size.LARGE ? name + " " + month.getYear() : Integer.toString(month.getYear());
  }
}
