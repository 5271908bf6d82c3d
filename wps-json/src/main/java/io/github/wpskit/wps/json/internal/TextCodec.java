package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.wpskit.wps.InvalidValueException;
import java.io.IOException;
import java.util.function.Function;

/**
 * The JSON form of an identifier: its canonical text ({@code "S/RES/1325 (2000)"}, {@code "UNMISS"},
 * {@code "A4P.2"}), written with a to-text function and read with wps-core's parser, as a value and as
 * a map key. Immutable and thread-safe.
 *
 * @param <T> the identifier type
 */
final class TextCodec<T> implements ScalarCodec<T> {
  private final Class<T> type;
  private final String what;
  private final Function<String, T> parser;
  private final Function<? super T, String> printer;
  private final ValueWriter<? super T> writer;

  /**
   * Writes a value's canonical text straight to the generator, for identifiers encoded so often
   * that building a {@code String} per value shows in profiles.
   *
   * @param <T> the type
   */
  @FunctionalInterface
  public interface ValueWriter<T> {
    /**
     * Writes the value as a JSON string.
     *
     * @param g the generator
     * @param value the value
     * @throws IOException if writing fails
     */
    void write(JsonGenerator g, T value) throws IOException;
  }

  private TextCodec(
      Class<T> type, String what, Function<String, T> parser, Function<? super T, String> printer,
      ValueWriter<? super T> writer) {
    this.type = type;
    this.what = what;
    this.parser = parser;
    this.printer = printer;
    this.writer = writer;
  }

  /**
   * Creates the codec of an identifier type.
   *
   * @param type the type
   * @param what its values in words ("a resolution symbol")
   * @param parser reads the text, throwing {@link InvalidValueException} for bad text
   * @param printer writes the canonical text that {@code parser} reads back
   * @param <T> the type
   * @return the codec
   */
  public static <T> TextCodec<T> of(
      Class<T> type, String what, Function<String, T> parser, Function<? super T, String> printer) {
    return new TextCodec<>(type, what, parser, printer, null);
  }

  /**
   * Creates the codec of an identifier type that writes its text without building a {@code String}.
   *
   * @param type the type
   * @param what its values in words ("a resolution symbol")
   * @param parser reads the text, throwing {@link InvalidValueException} for bad text
   * @param printer the canonical text that {@code parser} reads back (for messages and map keys)
   * @param writer writes exactly what {@code printer} returns, as a JSON string
   * @param <T> the type
   * @return the codec
   */
  public static <T> TextCodec<T> of(
      Class<T> type, String what, Function<String, T> parser, Function<? super T, String> printer,
      ValueWriter<? super T> writer) {
    return new TextCodec<>(type, what, parser, printer, writer);
  }

  /**
   * Returns the type.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Reads an identifier at the current token.
   *
   * @param p the parser, at the value
   * @param ctxt the context, whose problem handlers are asked about a value that does not fit
   * @return the identifier
   * @throws IOException if the value is not a string or is refused by the parser
   */
  @Override
  public T read(JsonParser p, DeserializationContext ctxt) throws IOException {
    return Read.parsed(p, ctxt, type, what, parser);
  }

  /**
   * Writes an identifier.
   *
   * @param g the generator
   * @param value the identifier
   * @throws IOException if writing fails
   */
  @Override
  public void write(JsonGenerator g, T value) throws IOException {
    if (writer != null) {
      writer.write(g, value);
      return;
    }
    g.writeString(printer.apply(value));
  }

  /**
   * Returns the canonical text.
   *
   * @param value the identifier
   * @return the text
   */
  @Override
  public String print(T value) {
    return printer.apply(value);
  }

  /**
   * Returns a serializer writing the canonical text.
   *
   * @return the serializer
   */
  public JsonSerializer<T> serializer() {
    return new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, value);
      }
    };
  }

  /**
   * Returns a serializer writing the canonical text as a field name, for map keys.
   *
   * @return the key serializer
   */
  public JsonSerializer<T> keySerializer() {
    return new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        g.writeFieldName(printer.apply(value));
      }
    };
  }

  /**
   * Returns a deserializer reading the text.
   *
   * @return the deserializer
   */
  public JsonDeserializer<T> deserializer() {
    return new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    };
  }

  /**
   * Returns a key deserializer reading the text from a field name.
   *
   * @return the key deserializer
   */
  public KeyDeserializer keyDeserializer() {
    return new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
        try {
          return parser.apply(key);
        } catch (InvalidValueException e) {
          return Problems.weirdKey(ctxt, type, key, e.getMessage(), e);
        }
      }
    };
  }

  @Override
  public String toString() {
    return "TextCodec[" + what + "]";
  }
}
