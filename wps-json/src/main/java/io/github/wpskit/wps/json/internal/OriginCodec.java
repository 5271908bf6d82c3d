package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.validation.Origin;
import java.io.IOException;

/**
 * {@link Origin}, nested in a validation issue: {@code file} (text, required), {@code line} and
 * {@code column} (integers from 1, optional; absent or {@code null} when not known, and only
 * written when known).
 */
final class OriginCodec {
  static final String[] FIELDS = {"file", "line", "column"};
  private static final String LINE_NUMBER = "a line number, an integer";
  private static final SerializedString FILE = new SerializedString(FIELDS[0]);
  private static final SerializedString LINE = new SerializedString(FIELDS[1]);
  private static final SerializedString COLUMN = new SerializedString(FIELDS[2]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private OriginCodec() {}

  /** The fields of one origin; Origin has a factory, not a builder. */
  static final class State {
    String file;
    long line;
    int column;
  }

  /** Reads an origin through {@link Origin#of(String, long, int)}. */
  public static final class Deserializer extends ObjectDeserializer<Origin, State> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Origin.class, null, "the origin of an object (an object)", FIELDS);
    }

    @Override
    protected State newBuilder() {
      return new State();
    }

    @Override
    protected int readField(String name, JsonParser p, DeserializationContext ctxt, State s)
        throws IOException {
      switch (name) {
        case "file":
          s.file = Read.text(p, ctxt);
          return 0;
        case "line":
          if (!Read.isNull(p)) {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
              s.line = Problems.unexpectedToken(p, ctxt, long.class, LINE_NUMBER);
            } else if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
              s.line = Problems.weirdNumber(p, ctxt, long.class, LINE_NUMBER);
            } else {
              s.line = p.getLongValue();
            }
          }
          return 1;
        case "column":
          if (!Read.isNull(p)) {
            s.column = Read.integer(p, ctxt);
          }
          return 2;
        default:
          return -1;
      }
    }

    @Override
    protected Origin build(State s) {
      requireFields(FIELDS, s.file != null);
      return Origin.of(s.file, s.line, s.column);
    }
  }

  /** Writes an origin, leaving out the line and column where not known. */
  public static final class Serializer extends ObjectSerializer<Origin> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Origin.class, null);
    }

    @Override
    protected void writeFields(Origin o, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(FILE);
      g.writeString(o.file());
      if (o.line().isPresent()) {
        g.writeFieldName(LINE);
        g.writeNumber(o.line().getAsLong());
      }
      if (o.column().isPresent()) {
        g.writeFieldName(COLUMN);
        g.writeNumber(o.column().getAsInt());
      }
    }
  }
}
