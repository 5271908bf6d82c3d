package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import java.io.IOException;
import java.time.Year;

/**
 * {@link ParityTarget}, nested in parity targets: {@code category} (the target group; the field
 * keeps its format-version-1 name), {@code year} (a number),
 * {@code percentage} (a number from 0 to 100), all required.
 */
final class ParityTargetCodec {
  static final String[] FIELDS = {"category", "year", "percentage"};
  private static final SerializedString CATEGORY = new SerializedString(FIELDS[0]);
  private static final SerializedString YEAR = new SerializedString(FIELDS[1]);
  private static final SerializedString PERCENTAGE = new SerializedString(FIELDS[2]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private ParityTargetCodec() {}

  /** The fields of one target; ParityTarget has a factory, not a builder. */
  static final class State {
    ParityTargetGroup category;
    Year year;
    double percentage;
    boolean hasPercentage;
  }

  /** Reads a target through {@link ParityTarget#of}. */
  public static final class Deserializer extends ObjectDeserializer<ParityTarget, State> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(ParityTarget.class, null, "a parity target (an object)", FIELDS);
    }

    @Override
    protected State newBuilder() {
      return new State();
    }

    @Override
    protected int readField(String name, JsonParser p, DeserializationContext ctxt, State s)
        throws IOException {
      switch (name) {
        case "category":
          s.category = Scalars.PARITY_TARGET_GROUP.read(p, ctxt);
          return 0;
        case "year":
          s.year = Read.year(p, ctxt);
          return 1;
        case "percentage":
          s.percentage = Read.number(p, ctxt);
          s.hasPercentage = true;
          return 2;
        default:
          return -1;
      }
    }

    @Override
    protected ParityTarget build(State s) {
      requireFields(FIELDS, s.category != null, s.year != null, s.hasPercentage);
      return ParityTarget.of(s.category, s.year, s.percentage);
    }
  }

  /** Writes a target. */
  public static final class Serializer extends ObjectSerializer<ParityTarget> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(ParityTarget.class, null);
    }

    @Override
    protected void writeFields(ParityTarget t, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(CATEGORY);
      Scalars.PARITY_TARGET_GROUP.write(g, t.group());
      g.writeFieldName(YEAR);
      Write.year(g, t.year());
      g.writeFieldName(PERCENTAGE);
      g.writeNumber(t.percentage());
    }
  }
}
