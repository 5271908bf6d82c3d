package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;

/**
 * A value written as one JSON string: an identifier ({@link TextCodec}) or an enum constant
 * ({@link EnumCodec}).
 *
 * @param <T> the value type
 */
interface ScalarCodec<T> {
  /**
   * Reads the value at the current token; a token that does not fit is first offered to the
   * context's problem handlers.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the value
   * @throws IOException if the token is not a valid value
   */
  T read(JsonParser p, DeserializationContext ctxt) throws IOException;

  /**
   * Writes the value.
   *
   * @param g the generator
   * @param value the value
   * @throws IOException if writing fails
   */
  void write(JsonGenerator g, T value) throws IOException;

  /**
   * Returns the value's JSON string, for messages.
   *
   * @param value the value
   * @return the spelling
   */
  String print(T value);
}
