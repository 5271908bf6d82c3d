package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.compact.Signatory;
import java.io.IOException;

/**
 * {@link Signatory}: {@code name}, {@code kind} (required; the signatory's kind, such as
 * {@code "member-state"}), {@code country} (optional). Not a document kind: no document holds one
 * yet, so it only appears inside an application's own JSON.
 */
public final class SignatoryCodec {
  static final String[] FIELDS = {"name", "kind", "country"};
  private static final SerializedString NAME = new SerializedString(FIELDS[0]);
  private static final SerializedString KIND = new SerializedString(FIELDS[1]);
  private static final SerializedString COUNTRY = new SerializedString(FIELDS[2]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private SignatoryCodec() {}

  /** Reads a signatory through {@link Signatory#builder()}. */
  public static final class Deserializer extends ObjectDeserializer<Signatory, Signatory.Builder> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Signatory.class, null, "a signatory (an object)", FIELDS);
    }

    @Override
    protected Signatory.Builder newBuilder() {
      return Signatory.builder();
    }

    @Override
    protected int readField(
        String name, JsonParser p, DeserializationContext ctxt, Signatory.Builder b)
        throws IOException {
      switch (name) {
        case "name":
          b.name(Read.text(p));
          return 0;
        case "kind":
          b.kind(Scalars.SIGNATORY_KIND.read(p));
          return 1;
        case "country":
          if (!Read.isNull(p)) {
            b.country(Scalars.COUNTRY.read(p));
          }
          return 2;
        default:
          return -1;
      }
    }

    @Override
    protected Signatory build(Signatory.Builder b) {
      return b.build();
    }
  }

  /** Writes a signatory. */
  public static final class Serializer extends ObjectSerializer<Signatory> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Signatory.class, null);
    }

    @Override
    protected void writeFields(Signatory s, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(NAME);
      g.writeString(s.name());
      g.writeFieldName(KIND);
      Scalars.SIGNATORY_KIND.write(g, s.kind());
      if (s.country().isPresent()) {
        g.writeFieldName(COUNTRY);
        Scalars.COUNTRY.write(g, s.country().get());
      }
    }
  }
}
