package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.resolution.Vote;
import java.io.IOException;

/**
 * {@link Vote}: {@code {"inFavour": 13, "against": 0, "abstentions": 2, "nonVoting": 0,
 * "adoptedWithoutVote": false}}. The four counts are required; {@code adoptedWithoutVote} defaults to
 * false. Never a document on its own.
 */
final class VoteCodec {
  static final String[] FIELDS = {
    "inFavour", "against", "abstentions", "nonVoting", "adoptedWithoutVote"
  };
  private static final SerializedString IN_FAVOUR = new SerializedString(FIELDS[0]);
  private static final SerializedString AGAINST = new SerializedString(FIELDS[1]);
  private static final SerializedString ABSTENTIONS = new SerializedString(FIELDS[2]);
  private static final SerializedString NON_VOTING = new SerializedString(FIELDS[3]);
  private static final SerializedString WITHOUT_VOTE = new SerializedString(FIELDS[4]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private VoteCodec() {}

  /** Mutable counts of one vote object; Vote has factories, not a builder. */
  static final class State {
    int inFavour;
    int against;
    int abstentions;
    int nonVoting;
    boolean withoutVote;
    int present; // bit i set when count FIELDS[i] was read
  }

  /** Reads a vote. */
  public static final class Deserializer extends ObjectDeserializer<Vote, State> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Vote.class, null, "a vote (an object)", FIELDS);
    }

    @Override
    protected State newBuilder() {
      return new State();
    }

    @Override
    protected int readField(String name, JsonParser p, DeserializationContext ctxt, State s)
        throws IOException {
      switch (name) {
        case "inFavour":
          s.inFavour = Read.integer(p, ctxt);
          s.present |= 1 << 0;
          return 0;
        case "against":
          s.against = Read.integer(p, ctxt);
          s.present |= 1 << 1;
          return 1;
        case "abstentions":
          s.abstentions = Read.integer(p, ctxt);
          s.present |= 1 << 2;
          return 2;
        case "nonVoting":
          s.nonVoting = Read.integer(p, ctxt);
          s.present |= 1 << 3;
          return 3;
        case "adoptedWithoutVote":
          s.withoutVote = Read.bool(p, ctxt);
          return 4;
        default:
          return -1;
      }
    }

    @Override
    protected Vote build(State s) {
      requireFields(FIELDS, (s.present & 1) != 0, (s.present & 2) != 0, (s.present & 4) != 0,
          (s.present & 8) != 0);
      return Vote.of(s.inFavour, s.against, s.abstentions, s.nonVoting, s.withoutVote);
    }
  }

  /** Writes a vote: all five fields, always. */
  public static final class Serializer extends ObjectSerializer<Vote> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Vote.class, null);
    }

    @Override
    protected void writeFields(Vote v, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(IN_FAVOUR);
      g.writeNumber(v.inFavour());
      g.writeFieldName(AGAINST);
      g.writeNumber(v.against());
      g.writeFieldName(ABSTENTIONS);
      g.writeNumber(v.abstentions());
      g.writeFieldName(NON_VOTING);
      g.writeNumber(v.nonVoting());
      g.writeFieldName(WITHOUT_VOTE);
      g.writeBoolean(v.adoptedWithoutVote());
    }
  }
}
