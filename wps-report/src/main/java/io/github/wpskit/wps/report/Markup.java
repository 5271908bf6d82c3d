package io.github.wpskit.wps.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Set;
import org.owasp.encoder.Encode;

/**
 * Writes HTML and inline SVG in which every piece of text and every attribute value is escaped by
 * construction: there is no method that writes data unescaped, so a mission name or a message that
 * contains {@code <script>} can only ever come out as text.
 *
 * <p>Escaping is the OWASP Java Encoder's XML encoding, which suits both the HTML around the charts
 * and the SVG inside them (each SVG must also parse as XML on its own): {@code & < >} in text,
 * {@code & < " '} in quoted attribute values, and characters that XML forbids (controls, lone
 * surrogates, U+FFFE) replaced by a space. Element and attribute names are constants of this
 * module, checked against a strict pattern all the same.
 *
 * <p>Elements are closed in order ({@link #close()} closes the innermost); a void HTML element or
 * an SVG shape without content is written as {@code <name .../>}, which both HTML and XML read. Not thread-safe: one instance writes one page.
 */
final class Markup {
  /** HTML's void elements and the SVG shapes the charts draw. */
  private static final Set<String> SELF_CLOSING =
      Set.of("meta", "br", "hr", "img", "line", "rect", "path", "circle", "polyline", "polygon");

  private final Appendable out;
  private final Deque<String> open = new ArrayDeque<>();

  Markup(Appendable out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Opens an element.
   *
   * @param name the element name
   * @param attributes name and value pairs; a null value leaves the attribute out
   * @return this
   */
  Markup open(String name, Object... attributes) {
    startTag(name, attributes);
    write(">");
    open.push(name);
    return this;
  }

  /** Closes the innermost open element. */
  Markup close() {
    if (open.isEmpty()) {
      throw new IllegalStateException("no open element to close");
    }
    write("</").write(open.pop()).write(">");
    return this;
  }

  /**
   * Writes an element with nothing inside, as {@code <name .../>}: only HTML's void elements and
   * SVG's shapes, since an HTML parser reads {@code <span/>} as an opening tag.
   */
  Markup empty(String name, Object... attributes) {
    if (!SELF_CLOSING.contains(name)) {
      throw new IllegalArgumentException(name + " cannot be self-closing in HTML: open and close it");
    }
    startTag(name, attributes);
    write("/>");
    return this;
  }

  /** Writes an element whose only content is text. */
  Markup element(String name, Object text, Object... attributes) {
    return open(name, attributes).text(text).close();
  }

  /** Writes text, escaped. */
  Markup text(Object text) {
    return write(Encode.forXmlContent(String.valueOf(text)));
  }

  /** Writes a line break between elements, so that the page source reads line by line. */
  Markup newline() {
    return write("\n");
  }

  /**
   * Writes markup that this module owns, such as the doctype and the style sheet; never data.
   *
   * @param constant text written as it is
   */
  Markup constant(String constant) {
    return write(constant);
  }

  /** Returns how many elements are open. */
  int depth() {
    return open.size();
  }

  private void startTag(String name, Object[] attributes) {
    checkName(name);
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name and value pairs: " + name);
    }
    write("<").write(name);
    for (int i = 0; i < attributes.length; i += 2) {
      Object value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      String attribute = String.valueOf(attributes[i]);
      checkName(attribute);
      write(" ").write(attribute).write("=\"")
          .write(Encode.forXmlAttribute(String.valueOf(value))).write("\"");
    }
  }

  /** Names are lower-case letters, digits, {@code -} and {@code :}, starting with a letter. */
  private static void checkName(String name) {
    boolean ok = !name.isEmpty() && name.charAt(0) >= 'a' && name.charAt(0) <= 'z';
    for (int i = 0; ok && i < name.length(); i++) {
      char c = name.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == ':'
          || (c >= 'A' && c <= 'Z' && i > 0);
    }
    if (!ok) {
      throw new IllegalArgumentException("not an element or attribute name: " + name);
    }
  }

  private Markup write(String s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
