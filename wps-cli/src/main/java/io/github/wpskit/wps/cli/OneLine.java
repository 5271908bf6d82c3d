package io.github.wpskit.wps.cli;

/**
 * Makes any text safe to print on one line: a file name, a JSON path, a value or a message that
 * holds a raw line break or another control character would otherwise split a one-line error in two
 * (or move the cursor, or ring the terminal). Control characters become escapes as Java and JSON
 * write them: {@code \n}, {@code \r}, {@code \t}, and {@code \}{@code u001b} for the rest (C0, DEL,
 * C1, and the Unicode line and paragraph separators). A backslash is left as it is: Windows paths
 * keep their look.
 */
final class OneLine {
  private OneLine() {}

  /**
   * Returns the text with its control characters escaped.
   *
   * @param text any text, or null
   * @return the text on one line; {@code "null"} for null
   */
  static String of(Object text) {
    String s = String.valueOf(text);
    int i = 0;
    while (i < s.length() && !needsEscape(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!needsEscape(c)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb.toString();
  }

  private static boolean needsEscape(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
  }
}
