package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.json.DocumentKind;
import io.github.wpskit.wps.mission.Mission;
import java.io.IOException;
import java.util.Set;

/**
 * {@link Mission}, document kind {@code mission}: {@code acronym}, {@code name}, {@code host}
 * (required), {@code hostCountries}, {@code establishedBy} (sets, always written),
 * {@code established} (a year, as a number), {@code started}, {@code closure},
 * {@code multidimensional} (optional; absent when unknown).
 */
public final class MissionCodec {
  static final String[] FIELDS = {
    "acronym", "name", "host", "hostCountries", "establishedBy", "established", "started",
    "closure", "multidimensional"
  };
  private static final SerializedString ACRONYM = new SerializedString(FIELDS[0]);
  private static final SerializedString NAME = new SerializedString(FIELDS[1]);
  private static final SerializedString HOST = new SerializedString(FIELDS[2]);
  private static final SerializedString HOST_COUNTRIES = new SerializedString(FIELDS[3]);
  private static final SerializedString ESTABLISHED_BY = new SerializedString(FIELDS[4]);
  private static final SerializedString ESTABLISHED = new SerializedString(FIELDS[5]);
  private static final SerializedString STARTED = new SerializedString(FIELDS[6]);
  private static final SerializedString CLOSURE = new SerializedString(FIELDS[7]);
  private static final SerializedString MULTIDIMENSIONAL = new SerializedString(FIELDS[8]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private MissionCodec() {}

  /** Reads a mission through {@link Mission#builder()}. */
  public static final class Deserializer extends ObjectDeserializer<Mission, Mission.Builder> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Mission.class, DocumentKind.MISSION, "a mission (an object)", FIELDS);
    }

    @Override
    protected Mission.Builder newBuilder() {
      return Mission.builder();
    }

    @Override
    protected Set<String> arrayFields() {
      return Set.of(FIELDS[3], FIELDS[4]);
    }

    @Override
    protected int readField(
        String name, JsonParser p, DeserializationContext ctxt, Mission.Builder b)
        throws IOException {
      switch (name) {
        case "acronym":
          b.acronym(Scalars.MISSION.read(p));
          return 0;
        case "name":
          b.name(Read.text(p));
          return 1;
        case "host":
          b.host(Read.text(p));
          return 2;
        case "hostCountries":
          Read.set(p, "an array of country codes", Scalars.COUNTRY, b::addHostCountries);
          return 3;
        case "establishedBy":
          Read.set(p, "an array of resolution symbols", Scalars.SYMBOL, b::addEstablishedBy);
          return 4;
        case "established":
          if (!Read.isNull(p)) {
            b.established(Read.year(p));
          }
          return 5;
        case "started":
          if (!Read.isNull(p)) {
            b.started(Read.date(p));
          }
          return 6;
        case "closure":
          if (!Read.isNull(p)) {
            b.closure(ClosureCodec.DESERIALIZER.deserialize(p, ctxt));
          }
          return 7;
        case "multidimensional":
          if (!Read.isNull(p)) {
            b.multidimensional(Read.bool(p));
          }
          return 8;
        default:
          return -1;
      }
    }

    @Override
    protected Mission build(Mission.Builder b) {
      return b.build();
    }
  }

  /** Writes a mission. */
  public static final class Serializer extends ObjectSerializer<Mission> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Mission.class, DocumentKind.MISSION);
    }

    @Override
    protected void writeFields(Mission m, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(ACRONYM);
      Scalars.MISSION.write(g, m.acronym());
      g.writeFieldName(NAME);
      g.writeString(m.name());
      g.writeFieldName(HOST);
      g.writeString(m.host());
      Write.scalars(g, HOST_COUNTRIES, Scalars.COUNTRY, m.hostCountries());
      Write.scalars(g, ESTABLISHED_BY, Scalars.SYMBOL, m.establishedBy());
      if (m.established().isPresent()) {
        g.writeFieldName(ESTABLISHED);
        Write.year(g, m.established().get());
      }
      if (m.started().isPresent()) {
        Write.dateField(g, STARTED, m.started().get());
      }
      if (m.closure().isPresent()) {
        g.writeFieldName(CLOSURE);
        ClosureCodec.SERIALIZER.serialize(m.closure().get(), g, provider);
      }
      if (m.multidimensional().isPresent()) {
        g.writeFieldName(MULTIDIMENSIONAL);
        g.writeBoolean(m.multidimensional().get());
      }
    }
  }
}
