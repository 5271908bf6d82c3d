package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.compact.Indicator;
import java.io.IOException;

/**
 * {@link Indicator}, nested in a Compact commitment: {@code name}, {@code baseline}, {@code target}
 * (required), {@code unit}, {@code latest} (optional). Numbers are written as Java writes doubles
 * ({@code 15.0}, {@code 1.0E-5}), which reads back to the same value.
 */
final class IndicatorCodec {
  static final String[] FIELDS = {"name", "unit", "baseline", "target", "latest"};
  private static final SerializedString NAME = new SerializedString(FIELDS[0]);
  private static final SerializedString UNIT = new SerializedString(FIELDS[1]);
  private static final SerializedString BASELINE = new SerializedString(FIELDS[2]);
  private static final SerializedString TARGET = new SerializedString(FIELDS[3]);
  private static final SerializedString LATEST = new SerializedString(FIELDS[4]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private IndicatorCodec() {}

  /** Reads an indicator through {@link Indicator#builder()}. */
  public static final class Deserializer extends ObjectDeserializer<Indicator, Indicator.Builder> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Indicator.class, null, "an indicator (an object)", FIELDS);
    }

    @Override
    protected Indicator.Builder newBuilder() {
      return Indicator.builder();
    }

    @Override
    protected int readField(
        String name, JsonParser p, DeserializationContext ctxt, Indicator.Builder b)
        throws IOException {
      switch (name) {
        case "name":
          b.name(Read.text(p, ctxt));
          return 0;
        case "unit":
          if (!Read.isNull(p)) {
            b.unit(Read.text(p, ctxt));
          }
          return 1;
        case "baseline":
          b.baseline(Read.number(p, ctxt));
          return 2;
        case "target":
          b.target(Read.number(p, ctxt));
          return 3;
        case "latest":
          if (!Read.isNull(p)) {
            b.latest(Read.number(p, ctxt));
          }
          return 4;
        default:
          return -1;
      }
    }

    @Override
    protected Indicator build(Indicator.Builder b) {
      return b.build();
    }
  }

  /** Writes an indicator. */
  public static final class Serializer extends ObjectSerializer<Indicator> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Indicator.class, null);
    }

    @Override
    protected void writeFields(Indicator i, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(NAME);
      g.writeString(i.name());
      Write.optionalText(g, UNIT, i.unit());
      g.writeFieldName(BASELINE);
      g.writeNumber(i.baseline());
      g.writeFieldName(TARGET);
      g.writeNumber(i.target());
      if (i.latest().isPresent()) {
        g.writeFieldName(LATEST);
        g.writeNumber(i.latest().get());
      }
    }
  }
}
