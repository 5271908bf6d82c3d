package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.MissingAttributesException;
import io.github.wpskit.wps.json.DoesNotFitException;
import java.util.List;
import java.util.Set;

/**
 * Creates the codecs' {@link DoesNotFitException}s, computing the path from the parser's position at the
 * moment of failure, so every message ends with where the problem is.
 */
public final class Fail {
  private static final int QUOTE_LIMIT = 40;

  private Fail() {}

  /**
   * The value at the current token is not what the field needs.
   *
   * @param p the parser, at the offending token
   * @param what what was expected, in words ("a date (yyyy-mm-dd)")
   * @return the exception to throw
   * @throws java.io.IOException if the offending value itself cannot be read (a string over the
   *     length limit, invalid UTF-8): that is the real problem, and it is malformed input
   */
  public static DoesNotFitException expected(JsonParser p, String what) throws java.io.IOException {
    return at(p, "Expected " + what + " but was " + describe(p), null);
  }

  /**
   * A problem with the value at the current token.
   *
   * @param p the parser, at the offending token
   * @param detail the message
   * @param cause the cause, may be null
   * @return the exception to throw
   */
  public static DoesNotFitException at(JsonParser p, String detail, Throwable cause) {
    return new DoesNotFitException(
        p, detail, Paths.of(p.getParsingContext()), p.currentTokenLocation(), cause);
  }

  /**
   * A value refused by a factory or parser of wps-core while reading the current token.
   *
   * @param p the parser, at the offending token
   * @param e the refusal
   * @return the exception to throw
   */
  public static DoesNotFitException invalid(JsonParser p, InvalidValueException e) {
    return at(p, e.getMessage(), e);
  }

  /**
   * A problem with the whole object just closed (the parser is at its {@code END_OBJECT}), or with
   * one of its fields.
   *
   * @param p the parser, at the object's {@code END_OBJECT}
   * @param field the field concerned (or a path below the object such as {@code posts[2].mission}),
   *     or null for the object itself
   * @param detail the message
   * @param cause the cause, may be null
   * @return the exception to throw
   */
  public static DoesNotFitException object(JsonParser p, String field, String detail, Throwable cause) {
    // After END_OBJECT the parser's context is the parent, which points at the closed object.
    String path = Paths.of(p.getParsingContext());
    if (field != null) {
      // A field, or a path below one already in path syntax (closure.mandateEnded, posts[2].x).
      path = field.indexOf('.') < 0 && field.indexOf('[') < 0
          ? Paths.field(path, field)
          : path + "." + field;
    }
    return new DoesNotFitException(p, detail, path, p.currentTokenLocation(), cause);
  }

  /**
   * Required fields were missing from the object just closed.
   *
   * @param p the parser, at the object's {@code END_OBJECT}
   * @param e the builder's exception, naming the attributes (which are the JSON field names)
   * @return the exception to throw
   */
  public static DoesNotFitException missing(JsonParser p, MissingAttributesException e) {
    return object(p, null, missingMessage(e.missingAttributes()), e);
  }

  /**
   * Returns "Missing required field 'a'" or "Missing required fields 'a', 'b'".
   *
   * @param names the field names
   * @return the message
   */
  public static String missingMessage(List<String> names) {
    StringBuilder sb = new StringBuilder("Missing required field");
    if (names.size() > 1) {
      sb.append('s');
    }
    for (int i = 0; i < names.size(); i++) {
      sb.append(i == 0 ? " '" : ", '").append(names.get(i)).append('\'');
    }
    return sb.toString();
  }

  /**
   * An invariant of the object just closed was broken. The refused attribute, {@code Type.rest},
   * names the path below the object when {@code rest} starts with one of its fields:
   * {@code Mission.closure.mandateEnded} is {@code $.closure.mandateEnded},
   * {@code GenderStaffingTable.posts[2].mission} is {@code $.posts[2].mission}; an array field named
   * without an index ({@code posts.postId}) or a map entry ({@code authorisedStrength[...]}) stops at
   * the field; an attribute that is no field ({@code Vote.total}) names the object.
   *
   * @param p the parser, at the object's {@code END_OBJECT}
   * @param e the builder's exception
   * @param fields the object's field names
   * @param arrayFields the fields holding arrays
   * @return the exception to throw
   */
  public static DoesNotFitException invariant(
      JsonParser p, InvalidValueException e, Set<String> fields, Set<String> arrayFields) {
    String attribute = e.attribute();
    String rest = attribute.substring(attribute.indexOf('.') + 1);
    int end = 0;
    while (end < rest.length() && Character.isJavaIdentifierPart(rest.charAt(end))) {
      end++;
    }
    String field = rest.substring(0, end);
    if (!fields.contains(field)) {
      return object(p, null, e.getMessage(), e);
    }
    String below = rest.substring(end);
    boolean indexed = below.matches("\\[\\d+](\\.\\w+)*");
    boolean dotted = below.matches("(\\.\\w+)+") && !arrayFields.contains(field);
    return object(p, indexed || dotted ? rest : field, e.getMessage(), e);
  }

  /**
   * Describes the current token for "but was ..." messages: {@code "2000/10/31"}, the number 16, null,
   * an object.
   *
   * @param p the parser
   * @return the description
   */
  static String describe(JsonParser p) throws java.io.IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of input";
    }
    // Reading the text can fail (a string over the limit, invalid UTF-8): the exception then
    // propagates as the malformed input it is, rather than hiding behind "an unreadable value".
    switch (t) {
      case VALUE_STRING:
        return quote(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + p.getText();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case FIELD_NAME:
        return "the field " + quote(p.currentName());
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }

  /**
   * Quotes text for a message, shortened to 40 characters.
   *
   * @param s the text
   * @return the quoted text
   */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    int n = Math.min(s.length(), QUOTE_LIMIT);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (s.length() > QUOTE_LIMIT) {
      sb.append("...\" (").append(s.length()).append(" characters)");
      return sb.toString();
    }
    return sb.append('"').toString();
  }
}
