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
 * {@link Mission}, document kind {@code mission}: {@code acronym} (required), {@code missionKind}
 * (named apart from the envelope's {@code kind}),
 * {@code name}, {@code host}, {@code hostCountries}, {@code establishedBy} (sets, always written),
 * {@code established} (a year, as a number), {@code started}, {@code datasetStart},
 * {@code datasetEnd}, {@code mandateConfirmedUntil}, {@code mandateConfirmedBy}, {@code closure},
 * {@code multidimensional} (optional; absent when unknown), written in that order. Documents of
 * format version 1 written before {@code name} and {@code host} became optional read unchanged.
 */
final class MissionCodec {
  static final String[] FIELDS = {
    "acronym", "name", "host", "hostCountries", "establishedBy", "established", "started",
    "closure", "multidimensional", "missionKind", "datasetStart", "datasetEnd", "mandateConfirmedUntil",
    "mandateConfirmedBy"
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
  private static final SerializedString KIND = new SerializedString(FIELDS[9]);
  private static final SerializedString DATASET_START = new SerializedString(FIELDS[10]);
  private static final SerializedString DATASET_END = new SerializedString(FIELDS[11]);
  private static final SerializedString MANDATE_UNTIL = new SerializedString(FIELDS[12]);
  private static final SerializedString MANDATE_BY = new SerializedString(FIELDS[13]);

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
          b.acronym(Scalars.MISSION.read(p, ctxt));
          return 0;
        case "name":
          if (!Read.isNull(p)) {
            b.name(Read.text(p, ctxt));
          }
          return 1;
        case "host":
          if (!Read.isNull(p)) {
            b.host(Read.text(p, ctxt));
          }
          return 2;
        case "hostCountries":
          Read.set(p, ctxt, "an array of country codes", Scalars.COUNTRY, b::addHostCountries);
          return 3;
        case "establishedBy":
          Read.set(p, ctxt, "an array of resolution symbols", Scalars.SYMBOL, b::addEstablishedBy);
          return 4;
        case "established":
          if (!Read.isNull(p)) {
            b.established(Read.year(p, ctxt));
          }
          return 5;
        case "started":
          if (!Read.isNull(p)) {
            b.started(Read.date(p, ctxt));
          }
          return 6;
        case "closure":
          if (!Read.isNull(p)) {
            b.closure(ClosureCodec.DESERIALIZER.deserialize(p, ctxt));
          }
          return 7;
        case "multidimensional":
          if (!Read.isNull(p)) {
            b.multidimensional(Read.bool(p, ctxt));
          }
          return 8;
        case "missionKind":
          if (!Read.isNull(p)) {
            b.kind(Scalars.MISSION_KIND.read(p, ctxt));
          }
          return 9;
        case "datasetStart":
          if (!Read.isNull(p)) {
            b.datasetStart(Read.date(p, ctxt));
          }
          return 10;
        case "datasetEnd":
          if (!Read.isNull(p)) {
            b.datasetEnd(Read.date(p, ctxt));
          }
          return 11;
        case "mandateConfirmedUntil":
          if (!Read.isNull(p)) {
            b.mandateConfirmedUntil(Read.date(p, ctxt));
          }
          return 12;
        case "mandateConfirmedBy":
          if (!Read.isNull(p)) {
            b.mandateConfirmedBy(Scalars.symbol(p, ctxt));
          }
          return 13;
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
      if (m.kind().isPresent()) {
        g.writeFieldName(KIND);
        Scalars.MISSION_KIND.write(g, m.kind().get());
      }
      Write.optionalText(g, NAME, m.name());
      Write.optionalText(g, HOST, m.host());
      Write.scalars(g, HOST_COUNTRIES, Scalars.COUNTRY, m.hostCountries());
      Write.scalars(g, ESTABLISHED_BY, Scalars.SYMBOL, m.establishedBy());
      if (m.established().isPresent()) {
        g.writeFieldName(ESTABLISHED);
        Write.year(g, m.established().get());
      }
      if (m.started().isPresent()) {
        Write.dateField(g, STARTED, m.started().get());
      }
      if (m.datasetStart().isPresent()) {
        Write.dateField(g, DATASET_START, m.datasetStart().get());
      }
      if (m.datasetEnd().isPresent()) {
        Write.dateField(g, DATASET_END, m.datasetEnd().get());
      }
      if (m.mandateConfirmedUntil().isPresent()) {
        Write.dateField(g, MANDATE_UNTIL, m.mandateConfirmedUntil().get());
      }
      if (m.mandateConfirmedBy().isPresent()) {
        g.writeFieldName(MANDATE_BY);
        Scalars.SYMBOL.write(g, m.mandateConfirmedBy().get());
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
