package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one spelling of an enum constant in JSON: its name in lower kebab case
 * ({@code RELIEF_AND_RECOVERY} is {@code "relief-and-recovery"}), as a value and as a map key.
 * Immutable and thread-safe.
 *
 * @param <E> the enum
 */
final class EnumCodec<E extends Enum<E>> implements ScalarCodec<E> {
  private final Class<E> type;
  private final String what;
  private final SerializedString[] names;
  private final Map<String, E> byName;
  private final String expected;
  private final char[][] chars;
  private final E[][] lengths;

  private EnumCodec(Class<E> type, String what) {
    this.type = type;
    E[] constants = type.getEnumConstants();
    this.names = new SerializedString[constants.length];
    this.byName = new HashMap<>();
    StringBuilder list = new StringBuilder();
    for (E e : constants) {
      String name = spelling(e);
      names[e.ordinal()] = new SerializedString(name);
      byName.put(name, e);
      list.append(list.length() == 0 ? "" : ", ").append(name);
    }
    this.what = what;
    this.expected = what + " (one of " + list + ")";
    this.chars = new char[constants.length][];
    int max = 0;
    for (E e : constants) {
      chars[e.ordinal()] = names[e.ordinal()].getValue().toCharArray();
      max = Math.max(max, chars[e.ordinal()].length);
    }
    @SuppressWarnings("unchecked")
    E[][] byLen = (E[][]) java.lang.reflect.Array.newInstance(type, max + 1, 0);
    for (E e : constants) {
      int len = chars[e.ordinal()].length;
      E[] old = byLen[len];
      E[] grown = java.util.Arrays.copyOf(old, old.length + 1);
      grown[old.length] = e;
      byLen[len] = grown;
    }
    this.lengths = byLen;
  }

  /**
   * Creates the codec of an enum.
   *
   * @param type the enum
   * @param what its values in words, for messages ("a WPS pillar")
   * @param <E> the enum
   * @return the codec
   */
  public static <E extends Enum<E>> EnumCodec<E> of(Class<E> type, String what) {
    return new EnumCodec<>(type, what);
  }

  /**
   * Returns the JSON spelling of a constant name: lower case, hyphens for underscores.
   *
   * @param e the constant
   * @return the spelling
   */
  public static String spelling(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the enum type.
   *
   * @return the type
   */
  public Class<E> type() {
    return type;
  }

  /**
   * Returns the constant's spelling, pre-encoded for the generator.
   *
   * @param e the constant
   * @return the spelling
   */
  public SerializableString name(E e) {
    return names[e.ordinal()];
  }

  /**
   * Reads a constant at the current token.
   *
   * @param p the parser, at the value
   * @param ctxt the context, whose problem handlers are asked about a value that does not fit
   * @return the constant
   * @throws IOException if the value is not one of the spellings
   */
  @Override
  public E read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return Problems.unexpectedToken(p, ctxt, type, expected);
    }
    // Match the parser's characters against the spellings: no String, no hashing.
    char[] c = p.getTextCharacters();
    int o = p.getTextOffset();
    int n = p.getTextLength();
    E[] constants = byLength(n);
    if (constants != null) {
      for (E e : constants) {
        char[] name = chars[e.ordinal()];
        int i = 0;
        while (i < n && name[i] == c[o + i]) {
          i++;
        }
        if (i == n) {
          return e;
        }
      }
    }
    return Problems.weirdString(
        p, ctxt, type, "Expected " + expected + " but was " + Fail.describe(p), null);
  }

  private E[] byLength(int n) {
    return n < lengths.length ? lengths[n] : null;
  }

  @Override
  public void write(JsonGenerator g, E value) throws IOException {
    g.writeString(names[value.ordinal()]);
  }

  @Override
  public String print(E value) {
    return names[value.ordinal()].getValue();
  }

  /**
   * Looks a spelling up.
   *
   * @param name the spelling
   * @return the constant, or null
   */
  public E lookup(String name) {
    return byName.get(name);
  }

  /**
   * Returns the message phrase naming the valid spellings.
   *
   * @return "a WPS pillar (one of participation, ...)"
   */
  public String expected() {
    return expected;
  }

  /**
   * Returns a serializer writing the spelling.
   *
   * @return the serializer
   */
  public JsonSerializer<E> serializer() {
    return new StdSerializer<E>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(E value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        g.writeString(name(value));
      }
    };
  }

  /**
   * Returns a serializer writing the spelling as a field name, for map keys.
   *
   * @return the key serializer
   */
  public JsonSerializer<E> keySerializer() {
    return new StdSerializer<E>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(E value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        g.writeFieldName(name(value));
      }
    };
  }

  /**
   * Returns a deserializer reading the spelling.
   *
   * @return the deserializer
   */
  public JsonDeserializer<E> deserializer() {
    return new StdDeserializer<E>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    };
  }

  /**
   * Returns a key deserializer reading the spelling from a field name.
   *
   * @return the key deserializer
   */
  public KeyDeserializer keyDeserializer() {
    return new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
        E e = byName.get(key);
        if (e == null) {
          return Problems.weirdKey(ctxt, type,
              key, "Expected " + expected + " but was the field name " + Fail.quote(key), null);
        }
        return e;
      }
    };
  }

  @Override
  public String toString() {
    return "EnumCodec[" + what + "]";
  }
}
