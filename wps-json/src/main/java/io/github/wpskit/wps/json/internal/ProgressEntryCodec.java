package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.compact.ProgressEntry;
import java.io.IOException;

/**
 * {@link ProgressEntry}, nested in a Compact report: {@code commitmentId}, {@code rating}
 * (required), {@code note} (optional).
 */
final class ProgressEntryCodec {
  static final String[] FIELDS = {"commitmentId", "rating", "note"};
  private static final SerializedString COMMITMENT_ID = new SerializedString(FIELDS[0]);
  private static final SerializedString RATING = new SerializedString(FIELDS[1]);
  private static final SerializedString NOTE = new SerializedString(FIELDS[2]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private ProgressEntryCodec() {}

  /** Reads an entry through {@link ProgressEntry#builder()}. */
  public static final class Deserializer
      extends ObjectDeserializer<ProgressEntry, ProgressEntry.Builder> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(ProgressEntry.class, null, "a progress entry (an object)", FIELDS);
    }

    @Override
    protected ProgressEntry.Builder newBuilder() {
      return ProgressEntry.builder();
    }

    @Override
    protected int readField(
        String name, JsonParser p, DeserializationContext ctxt, ProgressEntry.Builder b)
        throws IOException {
      switch (name) {
        case "commitmentId":
          b.commitmentId(Read.text(p, ctxt));
          return 0;
        case "rating":
          b.rating(Scalars.PROGRESS_RATING.read(p, ctxt));
          return 1;
        case "note":
          if (!Read.isNull(p)) {
            b.note(Read.text(p, ctxt));
          }
          return 2;
        default:
          return -1;
      }
    }

    @Override
    protected ProgressEntry build(ProgressEntry.Builder b) {
      return b.build();
    }
  }

  /** Writes an entry. */
  public static final class Serializer extends ObjectSerializer<ProgressEntry> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(ProgressEntry.class, null);
    }

    @Override
    protected void writeFields(ProgressEntry e, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(COMMITMENT_ID);
      g.writeString(e.commitmentId());
      g.writeFieldName(RATING);
      Scalars.PROGRESS_RATING.write(g, e.rating());
      Write.optionalText(g, NOTE, e.note());
    }
  }
}
