package io.github.wpskit.wps.report;

/**
 * What every chart of the report shares: the {@code <svg>} element that stands alone as XML, with
 * its {@code <title>} and {@code <desc>} named as its accessible name and description, so a screen
 * reader announces an image with a title and a sentence, and the table beside it gives the figures.
 */
final class Charts {
  static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

  private Charts() {}

  /**
   * Opens a chart; the caller draws into it and closes it.
   *
   * @param m the page
   * @param id a page-unique id, from which the title's and description's ids are made
   * @param title the chart's title
   * @param description a sentence that says what the chart shows, for readers who cannot see it
   * @param width the width in CSS pixels
   * @param height the height in CSS pixels
   */
  static void open(
      Markup m, String id, String title, String description, double width, double height) {
    String w = Scale.coordinate(width);
    String h = Scale.coordinate(height);
    m.open("svg", "xmlns", SVG_NAMESPACE, "class", "chart", "id", id, "role", "img",
        "width", w, "height", h, "viewBox", "0 0 " + w + " " + h,
        "aria-labelledby", id + "-title", "aria-describedby", id + "-desc");
    m.element("title", title, "id", id + "-title");
    m.element("desc", description, "id", id + "-desc");
  }
}
