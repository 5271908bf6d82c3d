package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.json.DocumentKind;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.PersonnelType;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * {@link Mandate}, document kind {@code mandate}: {@code mission}, {@code authorisedBy},
 * {@code start}, {@code end} (required), {@code authorisedStrength} (an object from personnel
 * category to number, categories in their fixed order, always written), {@code tasks} (always
 * written).
 */
final class MandateCodec {
  static final String[] FIELDS = {
    "mission", "authorisedBy", "start", "end", "authorisedStrength", "tasks"
  };
  private static final SerializedString MISSION = new SerializedString(FIELDS[0]);
  private static final SerializedString AUTHORISED_BY = new SerializedString(FIELDS[1]);
  private static final SerializedString START = new SerializedString(FIELDS[2]);
  private static final SerializedString END = new SerializedString(FIELDS[3]);
  private static final SerializedString STRENGTH = new SerializedString(FIELDS[4]);
  private static final SerializedString TASKS = new SerializedString(FIELDS[5]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private MandateCodec() {}

  /** Reads a mandate through {@link Mandate#builder()}. */
  public static final class Deserializer extends ObjectDeserializer<Mandate, Mandate.Builder> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Mandate.class, DocumentKind.MANDATE, "a mandate (an object)", FIELDS);
    }

    @Override
    protected Mandate.Builder newBuilder() {
      return Mandate.builder();
    }

    @Override
    protected Set<String> arrayFields() {
      return Set.of(FIELDS[5]);
    }

    @Override
    protected int readField(
        String name, JsonParser p, DeserializationContext ctxt, Mandate.Builder b)
        throws IOException {
      switch (name) {
        case "mission":
          b.mission(Scalars.MISSION.read(p, ctxt));
          return 0;
        case "authorisedBy":
          b.authorisedBy(Scalars.symbol(p, ctxt));
          return 1;
        case "start":
          b.start(Read.date(p, ctxt));
          return 2;
        case "end":
          b.end(Read.date(p, ctxt));
          return 3;
        case "authorisedStrength":
          if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Fail.expected(p, "an object from personnel type to number");
          }
          int seen = 0;
          for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            PersonnelType type = Scalars.PERSONNEL_TYPE.lookup(key);
            p.nextToken();
            if (type == null) {
              throw Fail.at(p, "Expected " + Scalars.PERSONNEL_TYPE.expected()
                  + " but was the field name " + Fail.quote(key), null);
            }
            if ((seen & (1 << type.ordinal())) != 0) {
              throw Fail.at(p, "Duplicate field '" + key + "'", null);
            }
            seen |= 1 << type.ordinal();
            b.putAuthorisedStrength(type, Read.integer(p, ctxt));
          }
          return 4;
        case "tasks":
          Read.list(p, ctxt, "an array of mandate tasks", MandateTaskCodec.DESERIALIZER,
              b::addTasks);
          return 5;
        default:
          return -1;
      }
    }

    @Override
    protected Mandate build(Mandate.Builder b) {
      return b.build();
    }
  }

  /** Writes a mandate. */
  public static final class Serializer extends ObjectSerializer<Mandate> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Mandate.class, DocumentKind.MANDATE);
    }

    @Override
    protected void writeFields(Mandate m, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(MISSION);
      Scalars.MISSION.write(g, m.mission());
      g.writeFieldName(AUTHORISED_BY);
      Scalars.SYMBOL.write(g, m.authorisedBy());
      Write.dateField(g, START, m.start());
      Write.dateField(g, END, m.end());
      g.writeFieldName(STRENGTH);
      g.writeStartObject();
      Map<PersonnelType, Integer> strength = m.authorisedStrength();
      for (PersonnelType type : PersonnelType.values()) {
        Integer n = strength.get(type);
        if (n != null) {
          g.writeFieldName(Scalars.PERSONNEL_TYPE.name(type));
          g.writeNumber(n);
        }
      }
      g.writeEndObject();
      Write.objects(g, TASKS, MandateTaskCodec.SERIALIZER, m.tasks(), provider);
    }
  }
}
