package io.github.wpskit.wps.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.InputSource;

/** Checks every page must pass, whatever it shows: parsing, charts, safety. */
final class PageChecks {
  private PageChecks() {}

  /** Parses the page and checks what holds for every page; returns the parsed page. */
  static Document check(String html) throws Exception {
    assertThat(html).startsWith("<!DOCTYPE html>\n");
    Document page = Jsoup.parse(html);
    assertThat(page.select("script")).as("scripts").isEmpty();
    assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'");
    for (Element e : page.getAllElements()) {
      for (org.jsoup.nodes.Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("event handler attribute").doesNotStartWith("on");
        if (a.getKey().equals("href") || a.getKey().equals("src")) {
          assertThat(a.getValue()).as("links stay in the page").startsWith("#");
        }
      }
    }
    assertThat(page.select("link")).as("no external style sheet").isEmpty();
    for (Element svg : page.select("svg")) {
      String id = svg.id();
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(svg.selectFirst("> title")).as("title of " + id).isNotNull();
      assertThat(svg.selectFirst("> title").text()).isNotBlank();
      assertThat(svg.selectFirst("> desc").text()).as("description of " + id).isNotBlank();
      assertThat(svg.attr("aria-labelledby")).isEqualTo(id + "-title");
      assertThat(svg.attr("aria-describedby")).isEqualTo(id + "-desc");
      assertThat(Double.parseDouble(svg.attr("width"))).isPositive();
      assertThat(Double.parseDouble(svg.attr("height"))).isPositive();
    }
    List<String> svgs = svgSources(html);
    assertThat(svgs).hasSameSizeAs(page.select("svg"));
    for (String svg : svgs) {
      parseXml(svg);
    }
    return page;
  }

  /** Each {@code <svg>...</svg>} of the page's source, as written. */
  static List<String> svgSources(String html) {
    List<String> list = new ArrayList<>();
    int from = 0;
    while (true) {
      int start = html.indexOf("<svg ", from);
      if (start < 0) {
        return list;
      }
      int end = html.indexOf("</svg>", start);
      assertThat(end).as("closing tag of the svg at " + start).isPositive();
      list.add(html.substring(start, end + "</svg>".length()));
      from = end;
    }
  }

  /** Parses text as XML, namespace-aware, failing the test if it is not well-formed. */
  static org.w3c.dom.Document parseXml(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(Charts.SVG_NAMESPACE);
    return doc;
  }
}
