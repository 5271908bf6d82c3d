package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.mission.Closure;
import java.io.IOException;

/**
 * {@link Closure}, nested in a mission: {@code mandateEnded} (required), {@code withdrawalDeadline},
 * {@code decidedBy} (optional).
 */
public final class ClosureCodec {
  static final String[] FIELDS = {"mandateEnded", "withdrawalDeadline", "decidedBy"};
  private static final SerializedString MANDATE_ENDED = new SerializedString(FIELDS[0]);
  private static final SerializedString WITHDRAWAL_DEADLINE = new SerializedString(FIELDS[1]);
  private static final SerializedString DECIDED_BY = new SerializedString(FIELDS[2]);

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
          b.mandateEnded(Read.date(p));
          return 0;
        case "withdrawalDeadline":
          if (!Read.isNull(p)) {
            b.withdrawalDeadline(Read.date(p));
          }
          return 1;
        case "decidedBy":
          if (!Read.isNull(p)) {
            b.decidedBy(Scalars.symbol(p));
          }
          return 2;
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
      Write.dateField(g, MANDATE_ENDED, c.mandateEnded());
      if (c.withdrawalDeadline().isPresent()) {
        Write.dateField(g, WITHDRAWAL_DEADLINE, c.withdrawalDeadline().get());
      }
      if (c.decidedBy().isPresent()) {
        g.writeFieldName(DECIDED_BY);
        Scalars.SYMBOL.write(g, c.decidedBy().get());
      }
    }
  }
}
