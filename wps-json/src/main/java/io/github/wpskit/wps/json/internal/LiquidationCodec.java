package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.mission.Liquidation;
import java.io.IOException;

/**
 * {@link Liquidation}, nested in a closure: {@code start}, {@code end}, {@code guardUnit} (all
 * optional; absent when unknown). An empty object says that a liquidation follows, nothing more.
 */
final class LiquidationCodec {
  static final String[] FIELDS = {"start", "end", "guardUnit"};
  private static final SerializedString START = new SerializedString(FIELDS[0]);
  private static final SerializedString END = new SerializedString(FIELDS[1]);
  private static final SerializedString GUARD_UNIT = new SerializedString(FIELDS[2]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private LiquidationCodec() {}

  /** Reads a liquidation through {@link Liquidation#builder()}. */
  public static final class Deserializer
      extends ObjectDeserializer<Liquidation, Liquidation.Builder> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Liquidation.class, null, "a liquidation (an object)", FIELDS);
    }

    @Override
    protected Liquidation.Builder newBuilder() {
      return Liquidation.builder();
    }

    @Override
    protected int readField(
        String name, JsonParser p, DeserializationContext ctxt, Liquidation.Builder b)
        throws IOException {
      switch (name) {
        case "start":
          if (!Read.isNull(p)) {
            b.start(Read.date(p, ctxt));
          }
          return 0;
        case "end":
          if (!Read.isNull(p)) {
            b.end(Read.date(p, ctxt));
          }
          return 1;
        case "guardUnit":
          if (!Read.isNull(p)) {
            b.guardUnit(Read.bool(p, ctxt));
          }
          return 2;
        default:
          return -1;
      }
    }

    @Override
    protected Liquidation build(Liquidation.Builder b) {
      return b.build();
    }
  }

  /** Writes a liquidation. */
  public static final class Serializer extends ObjectSerializer<Liquidation> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Liquidation.class, null);
    }

    @Override
    protected void writeFields(Liquidation l, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      if (l.start().isPresent()) {
        Write.dateField(g, START, l.start().get());
      }
      if (l.end().isPresent()) {
        Write.dateField(g, END, l.end().get());
      }
      if (l.guardUnit().isPresent()) {
        g.writeFieldName(GUARD_UNIT);
        g.writeBoolean(l.guardUnit().get());
      }
    }
  }
}
