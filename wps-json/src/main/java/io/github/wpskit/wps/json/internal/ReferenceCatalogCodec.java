package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.MissingAttributesException;
import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.json.DocumentKind;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.resolution.Resolution;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@link ReferenceCatalog}, document kind {@code catalog}: {@code dataAsOf} (required),
 * {@code resolutions} and {@code missions} (arrays of resolution and mission objects without the
 * envelope, always written, ordered by symbol and by acronym; read in any order).
 */
final class ReferenceCatalogCodec {
  static final String[] FIELDS = {"dataAsOf", "resolutions", "missions"};
  private static final SerializedString DATA_AS_OF = new SerializedString(FIELDS[0]);
  private static final SerializedString RESOLUTIONS = new SerializedString(FIELDS[1]);
  private static final SerializedString MISSIONS = new SerializedString(FIELDS[2]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private ReferenceCatalogCodec() {}

  /** The fields of one catalog; ReferenceCatalog has a factory, not a builder. */
  static final class State {
    final List<Resolution> resolutions = new ArrayList<>();
    final List<Mission> missions = new ArrayList<>();
    String dataAsOf;
  }

  /** Reads a catalog through {@link ReferenceCatalog#of}. */
  public static final class Deserializer extends ObjectDeserializer<ReferenceCatalog, State> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(ReferenceCatalog.class, DocumentKind.CATALOG, "a catalog (an object)", FIELDS);
    }

    @Override
    protected State newBuilder() {
      return new State();
    }

    @Override
    protected Set<String> arrayFields() {
      return Set.of(FIELDS[1], FIELDS[2]);
    }

    @Override
    protected int readField(String name, JsonParser p, DeserializationContext ctxt, State s)
        throws IOException {
      switch (name) {
        case "dataAsOf":
          s.dataAsOf = Read.text(p, ctxt);
          return 0;
        case "resolutions":
          Read.sortedList(p, ctxt, "an array of resolutions", ResolutionCodec.DESERIALIZER,
              Comparator.comparing(Resolution::symbol), s.resolutions::add);
          return 1;
        case "missions":
          Read.sortedList(p, ctxt, "an array of missions", MissionCodec.DESERIALIZER,
              Comparator.comparing(Mission::acronym), s.missions::add);
          return 2;
        default:
          return -1;
      }
    }

    @Override
    protected ReferenceCatalog build(State s) {
      if (s.dataAsOf == null) {
        throw new MissingAttributesException(FIELDS[0]);
      }
      return ReferenceCatalog.of(s.dataAsOf, s.resolutions, s.missions);
    }
  }

  /** Writes a catalog. */
  public static final class Serializer extends ObjectSerializer<ReferenceCatalog> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(ReferenceCatalog.class, DocumentKind.CATALOG);
    }

    @Override
    protected void writeFields(ReferenceCatalog c, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(DATA_AS_OF);
      g.writeString(c.dataAsOf());
      Write.objects(g, RESOLUTIONS, ResolutionCodec.SERIALIZER, c.resolutions(), provider);
      Write.objects(g, MISSIONS, MissionCodec.SERIALIZER, c.missions(), provider);
    }
  }
}
