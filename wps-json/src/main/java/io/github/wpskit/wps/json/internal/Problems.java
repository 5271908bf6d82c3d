package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.util.ClassUtil;
import com.fasterxml.jackson.databind.util.LinkedNode;
import io.github.wpskit.wps.json.DoesNotFitException;
import java.io.IOException;

/**
 * Offers a value that does not fit to the mapper's {@link DeserializationProblemHandler}s before
 * refusing it, as Jackson's own deserializers do through {@code DeserializationContext}'s
 * {@code handleUnexpectedToken}, {@code handleWeirdStringValue}, {@code handleWeirdNumberValue}
 * and {@code handleWeirdKey}: the first handler that returns a value supplies the replacement.
 *
 * <p>The loop is the context's own, written out here because the context's refusal, when no
 * handler answers, would carry Jackson's wording and no JSON path; this one throws the
 * {@link DoesNotFitException} the format has always thrown, message, path and location unchanged.
 * The refusal is made before the handlers run, so a handler that moves the parser and then declines
 * does not move the path. A replacement must be a value of the type: the wps model holds no nulls,
 * so a null is refused like a value of the wrong type, as the broken handler it shows
 * ({@code InvalidDefinitionException}, as Jackson reports one).
 *
 * <p>Every method runs only on the failure path: a mapper without handlers pays one field read.
 */
final class Problems {
  private Problems() {}

  /**
   * The current token is of a type the value cannot be read from (a number for a date, a string
   * for a boolean, an array for an object).
   *
   * @param p the parser, at the offending token
   * @param ctxt the context
   * @param type the value type (a primitive type for an {@code int}, {@code boolean} or
   *     {@code double} value; the replacement is then its wrapper)
   * @param what what was expected, in words ("a date (yyyy-mm-dd)")
   * @param <T> the value type, boxed
   * @return a handler's replacement
   * @throws IOException the {@link DoesNotFitException} when no handler supplies one
   */
  static <T> T unexpectedToken(JsonParser p, DeserializationContext ctxt, Class<T> type,
      String what) throws IOException {
    DoesNotFitException refusal = Fail.expected(p, what);
    refusal.setTargetType(ctxt.constructType(type));
    LinkedNode<DeserializationProblemHandler> h = handlers(ctxt);
    if (h == null) {
      throw refusal;
    }
    JavaType javaType = ctxt.constructType(type);
    for (; h != null; h = h.next()) {
      Object value = h.value().handleUnexpectedToken(
          ctxt, javaType, p.currentToken(), p, refusal.detail());
      if (value != DeserializationProblemHandler.NOT_HANDLED) {
        return replacement(ctxt, type, value, "handleUnexpectedToken");
      }
    }
    throw refusal;
  }

  /**
   * A string of the right token type that is not a value of the type (a date that does not exist,
   * an unknown enum spelling, a symbol wps-core refuses).
   *
   * @param p the parser, at the string
   * @param ctxt the context
   * @param type the value type
   * @param detail the format's message, naming the value
   * @param cause the wps-core exception that refused the text, or null
   * @param <T> the value type
   * @return a handler's replacement
   * @throws IOException the {@link DoesNotFitException} when no handler supplies one
   */
  static <T> T weirdString(JsonParser p, DeserializationContext ctxt, Class<T> type, String detail,
      Throwable cause) throws IOException {
    DoesNotFitException refusal = Fail.at(p, detail, cause);
    refusal.setTargetType(ctxt.constructType(type));
    LinkedNode<DeserializationProblemHandler> h = handlers(ctxt);
    if (h == null) {
      throw refusal;
    }
    String text = p.getText();
    for (; h != null; h = h.next()) {
      Object value = h.value().handleWeirdStringValue(ctxt, type, text, detail);
      if (value != DeserializationProblemHandler.NOT_HANDLED) {
        return replacement(ctxt, type, value, "handleWeirdStringValue");
      }
    }
    throw refusal;
  }

  /**
   * An integer of the right token type that the value cannot hold (too large for an {@code int}, a
   * year past 9999).
   *
   * @param p the parser, at the number
   * @param ctxt the context
   * @param type the value type
   * @param what what was expected, in words ("a year (a number from 0 to 9999)")
   * @param <T> the value type, boxed
   * @return a handler's replacement
   * @throws IOException the {@link DoesNotFitException} when no handler supplies one
   */
  static <T> T weirdNumber(JsonParser p, DeserializationContext ctxt, Class<T> type, String what)
      throws IOException {
    DoesNotFitException refusal = Fail.expected(p, what);
    refusal.setTargetType(ctxt.constructType(type));
    LinkedNode<DeserializationProblemHandler> h = handlers(ctxt);
    if (h == null) {
      throw refusal;
    }
    Number number = p.getNumberValue();
    for (; h != null; h = h.next()) {
      Object value = h.value().handleWeirdNumberValue(
          ctxt, type, number, refusal.detail());
      if (value != DeserializationProblemHandler.NOT_HANDLED) {
        return replacement(ctxt, type, value, "handleWeirdNumberValue");
      }
    }
    throw refusal;
  }

  /**
   * A field name that is not a key of the map's key type.
   *
   * @param ctxt the context, whose parser is at the field's value
   * @param type the key type
   * @param key the field name
   * @param detail the format's message, naming the key
   * @param cause the wps-core exception that refused the key, or null
   * @param <T> the key type
   * @return a handler's replacement
   * @throws IOException the {@link DoesNotFitException} when no handler supplies one
   */
  static <T> T weirdKey(DeserializationContext ctxt, Class<T> type, String key, String detail,
      Throwable cause) throws IOException {
    DoesNotFitException refusal = Fail.at(ctxt.getParser(), detail, cause);
    refusal.setTargetType(ctxt.constructType(type));
    for (LinkedNode<DeserializationProblemHandler> h = handlers(ctxt); h != null; h = h.next()) {
      Object value = h.value().handleWeirdKey(ctxt, type, key, detail);
      if (value != DeserializationProblemHandler.NOT_HANDLED) {
        return replacement(ctxt, type, value, "handleWeirdKey");
      }
    }
    throw refusal;
  }

  private static LinkedNode<DeserializationProblemHandler> handlers(DeserializationContext ctxt) {
    return ctxt.getConfig().getProblemHandlers();
  }

  @SuppressWarnings("unchecked")
  private static <T> T replacement(DeserializationContext ctxt, Class<T> type, Object value,
      String method) throws IOException {
    Class<?> boxed = type.isPrimitive() ? ClassUtil.wrapperType(type) : type;
    if (!boxed.isInstance(value)) {
      // The same report as DeserializationContext's for a handler's value of the wrong type.
      return ctxt.reportBadDefinition(ctxt.constructType(type), String.format(
          "DeserializationProblemHandler.%s() for type %s returned %s", method,
          ClassUtil.nameOf(type),
          value == null ? "null, and wps values are never null" : "value of type "
              + ClassUtil.classNameOf(value)));
    }
    return (T) value;
  }
}
