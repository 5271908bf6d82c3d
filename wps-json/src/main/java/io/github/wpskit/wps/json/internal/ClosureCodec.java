package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.mission.Closure;
import java.io.IOException;

/**
 * {@link Closure}, nested in a mission: {@code mandateEnded}, {@code operationsEnd},
 * {@code withdrawalDeadline}, {@code liquidation} (an object, {@link LiquidationCodec}),
 * {@code decidedBy}; all optional, absent when unknown. Format version 1 documents written before
 * the phases existed always have {@code mandateEnded} and read unchanged.
 */
final class ClosureCodec {
  static final String[] FIELDS = {
    "mandateEnded", "operationsEnd", "withdrawalDeadline", "liquidation", "decidedBy"
  };
  private static final SerializedString MANDATE_ENDED = new SerializedString(FIELDS[0]);
  private static final SerializedString OPERATIONS_END = new SerializedString(FIELDS[1]);
  private static final SerializedString WITHDRAWAL_DEADLINE = new SerializedString(FIELDS[2]);
  private static final SerializedString LIQUIDATION = new SerializedString(FIELDS[3]);
  private static final SerializedString DECIDED_BY = new SerializedString(FIELDS[4]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private ClosureCodec() {}

  /** Reads a closure through {@link Closure#builder()}. */
  public static final class Deserializer extends ObjectDeserializer<Closure, Closure.Builder> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Closure.class, null, "a closure (an object)", FIELDS);
    }

    @Override
    protected Closure.Builder newBuilder() {
      return Closure.builder();
    }

    @Override
    protected int readField(
        String name, JsonParser p, DeserializationContext ctxt, Closure.Builder b)
        throws IOException {
      switch (name) {
        case "mandateEnded":
          if (!Read.isNull(p)) {
            b.mandateEnded(Read.date(p, ctxt));
          }
          return 0;
        case "operationsEnd":
          if (!Read.isNull(p)) {
            b.operationsEnd(Read.date(p, ctxt));
          }
          return 1;
        case "withdrawalDeadline":
          if (!Read.isNull(p)) {
            b.withdrawalDeadline(Read.date(p, ctxt));
          }
          return 2;
        case "liquidation":
          if (!Read.isNull(p)) {
            b.liquidation(LiquidationCodec.DESERIALIZER.deserialize(p, ctxt));
          }
          return 3;
        case "decidedBy":
          if (!Read.isNull(p)) {
            b.decidedBy(Scalars.symbol(p, ctxt));
          }
          return 4;
        default:
          return -1;
      }
    }

    @Override
    protected Closure build(Closure.Builder b) {
      return b.build();
    }
  }

  /** Writes a closure. */
  public static final class Serializer extends ObjectSerializer<Closure> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Closure.class, null);
    }

    @Override
    protected void writeFields(Closure c, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      if (c.mandateEnded().isPresent()) {
        Write.dateField(g, MANDATE_ENDED, c.mandateEnded().get());
      }
      if (c.operationsEnd().isPresent()) {
        Write.dateField(g, OPERATIONS_END, c.operationsEnd().get());
      }
      if (c.withdrawalDeadline().isPresent()) {
        Write.dateField(g, WITHDRAWAL_DEADLINE, c.withdrawalDeadline().get());
      }
      if (c.liquidation().isPresent()) {
        g.writeFieldName(LIQUIDATION);
        LiquidationCodec.SERIALIZER.serialize(c.liquidation().get(), g, provider);
      }
      if (c.decidedBy().isPresent()) {
        g.writeFieldName(DECIDED_BY);
        Scalars.SYMBOL.write(g, c.decidedBy().get());
      }
    }
  }
}
