package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.json.DocumentKind;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.resolution.WpsPillar;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * {@link Resolution}, document kind {@code resolution}. Fields in this order: {@code symbol},
 * {@code adopted} (required), {@code meeting}, {@code vote}, {@code title}, {@code summary} (optional:
 * absent when empty), {@code wpsAgenda} (default false, always written), {@code pillars},
 * {@code recalls} (sets, always written, absent means empty).
 */
final class ResolutionCodec {
  static final String[] FIELDS = {
    "symbol", "adopted", "meeting", "vote", "title", "summary", "wpsAgenda", "pillars", "recalls"
  };
  private static final SerializedString SYMBOL = new SerializedString(FIELDS[0]);
  private static final SerializedString ADOPTED = new SerializedString(FIELDS[1]);
  private static final SerializedString MEETING = new SerializedString(FIELDS[2]);
  private static final SerializedString VOTE = new SerializedString(FIELDS[3]);
  private static final SerializedString TITLE = new SerializedString(FIELDS[4]);
  private static final SerializedString SUMMARY = new SerializedString(FIELDS[5]);
  private static final SerializedString WPS_AGENDA = new SerializedString(FIELDS[6]);
  private static final SerializedString PILLARS = new SerializedString(FIELDS[7]);
  private static final SerializedString RECALLS = new SerializedString(FIELDS[8]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private ResolutionCodec() {}

  /** Reads a resolution through {@link Resolution#builder()}. */
  public static final class Deserializer
      extends ObjectDeserializer<Resolution, Resolution.Builder> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Resolution.class, DocumentKind.RESOLUTION, "a resolution (an object)", FIELDS);
    }

    @Override
    protected Resolution.Builder newBuilder() {
      return Resolution.builder();
    }

    @Override
    protected int readField(
        String name, JsonParser p, DeserializationContext ctxt, Resolution.Builder b)
        throws IOException {
      switch (name) {
        case "symbol":
          b.symbol(Scalars.symbol(p, ctxt));
          return 0;
        case "adopted":
          b.adopted(Read.date(p, ctxt));
          return 1;
        case "meeting":
          if (!Read.isNull(p)) {
            b.meeting(Scalars.MEETING.read(p, ctxt));
          }
          return 2;
        case "vote":
          if (!Read.isNull(p)) {
            b.vote(VoteCodec.DESERIALIZER.deserialize(p, ctxt));
          }
          return 3;
        case "title":
          if (!Read.isNull(p)) {
            b.title(Read.text(p, ctxt));
          }
          return 4;
        case "summary":
          if (!Read.isNull(p)) {
            b.summary(Read.text(p, ctxt));
          }
          return 5;
        case "wpsAgenda":
          b.wpsAgenda(Read.bool(p, ctxt));
          return 6;
        case "pillars":
          Read.startArray(p, "an array of WPS pillars");
          int seen = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            WpsPillar pillar = Scalars.PILLAR.read(p, ctxt);
            int bit = 1 << pillar.ordinal();
            if ((seen & bit) != 0) {
              throw Read.duplicate(p, Scalars.PILLAR.name(pillar).getValue());
            }
            seen |= bit;
            b.addPillars(pillar);
          }
          return 7;
        case "recalls":
          Read.startArray(p, "an array of resolution symbols");
          Set<ResolutionSymbol> recalled = null;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            ResolutionSymbol symbol = Scalars.symbol(p, ctxt);
            if (recalled == null) {
              recalled = new HashSet<>();
            }
            if (!recalled.add(symbol)) {
              throw Read.duplicate(p, symbol);
            }
            b.addRecalls(symbol);
          }
          return 8;
        default:
          return -1;
      }
    }

    @Override
    protected Resolution build(Resolution.Builder b) {
      return b.build();
    }
  }

  /** Writes a resolution. */
  public static final class Serializer extends ObjectSerializer<Resolution> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Resolution.class, DocumentKind.RESOLUTION);
    }

    @Override
    protected void writeFields(Resolution r, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(SYMBOL);
      Write.symbol(g, r.symbol());
      Write.dateField(g, ADOPTED, r.adopted());
      if (r.meeting().isPresent()) {
        g.writeFieldName(MEETING);
        g.writeString(r.meeting().get().toString());
      }
      if (r.vote().isPresent()) {
        g.writeFieldName(VOTE);
        VoteCodec.SERIALIZER.serialize(r.vote().get(), g, provider);
      }
      if (r.title().isPresent()) {
        g.writeFieldName(TITLE);
        g.writeString(r.title().get());
      }
      if (r.summary().isPresent()) {
        g.writeFieldName(SUMMARY);
        g.writeString(r.summary().get());
      }
      g.writeFieldName(WPS_AGENDA);
      g.writeBoolean(r.wpsAgenda());
      g.writeFieldName(PILLARS);
      g.writeStartArray();
      for (WpsPillar pillar : r.pillars()) {
        g.writeString(Scalars.PILLAR.name(pillar));
      }
      g.writeEndArray();
      g.writeFieldName(RECALLS);
      g.writeStartArray();
      for (ResolutionSymbol symbol : r.recalls()) {
        Write.symbol(g, symbol);
      }
      g.writeEndArray();
    }
  }
}
