package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.MissingAttributesException;
import io.github.wpskit.wps.compact.Signatory;
import io.github.wpskit.wps.json.DocumentKind;
import java.io.IOException;

/**
 * {@link Signatory}, document kind {@code signatory}: {@code name}, {@code signatoryKind} (both
 * required; the signatory's category, such as {@code "member-state"}), {@code country} (optional).
 * The category is not called {@code kind}, which the document envelope uses for the document kind.
 */
final class SignatoryCodec {
  static final String[] FIELDS = {"name", "signatoryKind", "country"};
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
      super(Signatory.class, DocumentKind.SIGNATORY, "a signatory (an object)", FIELDS);
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
          b.name(Read.text(p, ctxt));
          return 0;
        case "signatoryKind":
          b.kind(Scalars.SIGNATORY_KIND.read(p, ctxt));
          return 1;
        case "country":
          if (!Read.isNull(p)) {
            b.country(Scalars.COUNTRY.read(p, ctxt));
          }
          return 2;
        default:
          return -1;
      }
    }

    @Override
    protected Signatory build(Signatory.Builder b) {
      try {
        return b.build();
      } catch (MissingAttributesException e) {
        // The builder names the attribute kind(); its field is signatoryKind (see the class comment).
        String[] names = e.missingAttributes().toArray(new String[0]);
        for (int i = 0; i < names.length; i++) {
          if (names[i].equals("kind")) {
            names[i] = FIELDS[1];
          }
        }
        throw new MissingAttributesException(names);
      }
    }
  }

  /** Writes a signatory. */
  public static final class Serializer extends ObjectSerializer<Signatory> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Signatory.class, DocumentKind.SIGNATORY);
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
