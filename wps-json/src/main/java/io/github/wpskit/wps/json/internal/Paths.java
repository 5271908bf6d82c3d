package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * Builds JSON paths such as {@code $.tasks[2].category} from Jackson's read and write contexts: the
 * one path syntax of codec errors, lenient-mode reports and validation reports.
 *
 * <p>Names that are not plain identifiers are written in brackets: {@code $['a b']}.
 */
public final class Paths {
  /** The path of the document itself. */
  public static final String ROOT = "$";

  private Paths() {}

  /**
   * Returns the path of the value the context currently points at: the field last named in an object,
   * the element last started in an array, the document at the root. A context of an object or array
   * that has no entry yet points at that object or array itself.
   *
   * @param context a parser's or generator's context, may be null (treated as the root)
   * @return the path
   */
  public static String of(JsonStreamContext context) {
    StringBuilder sb = new StringBuilder(32);
    append(sb, context);
    return sb.toString();
  }

  /**
   * Returns the path of a field of the object at {@code objectPath}.
   *
   * @param objectPath the path of the object
   * @param name the field name
   * @return the field's path
   */
  public static String field(String objectPath, String name) {
    StringBuilder sb = new StringBuilder(objectPath.length() + name.length() + 4).append(objectPath);
    appendName(sb, name);
    return sb.toString();
  }

  private static void append(StringBuilder sb, JsonStreamContext ctx) {
    if (ctx == null || ctx.inRoot()) {
      sb.append('$');
      return;
    }
    // Recursion is bounded by the nesting limit of the stream read constraints.
    append(sb, ctx.getParent());
    if (ctx.inObject()) {
      String name = ctx.getCurrentName();
      if (name != null) {
        appendName(sb, name);
      }
    } else if (ctx.inArray() && ctx.hasCurrentIndex()) {
      sb.append('[').append(ctx.getCurrentIndex()).append(']');
    }
  }

  private static void appendName(StringBuilder sb, String name) {
    if (isIdentifier(name)) {
      sb.append('.').append(name);
      return;
    }
    sb.append("['");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    sb.append("']");
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
      if (!(letter || (i > 0 && c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }
}
