package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.json.DocumentKind;
import io.github.wpskit.wps.parity.ParityTargets;
import java.io.IOException;
import java.util.Set;

/** {@link ParityTargets}, document kind {@code parity-targets}: {@code targets}, always written. */
final class ParityTargetsCodec {
  static final String[] FIELDS = {"targets"};
  private static final SerializedString TARGETS = new SerializedString(FIELDS[0]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private ParityTargetsCodec() {}

  /** Reads targets through {@link ParityTargets#builder()}. */
  public static final class Deserializer
      extends ObjectDeserializer<ParityTargets, ParityTargets.Builder> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(ParityTargets.class, DocumentKind.PARITY_TARGETS, "parity targets (an object)",
          FIELDS);
    }

    @Override
    protected ParityTargets.Builder newBuilder() {
      return ParityTargets.builder();
    }

    @Override
    protected Set<String> arrayFields() {
      return Set.of(FIELDS[0]);
    }

    @Override
    protected int readField(
        String name, JsonParser p, DeserializationContext ctxt, ParityTargets.Builder b)
        throws IOException {
      if (name.equals("targets")) {
        Read.list(p, ctxt, "an array of parity targets", ParityTargetCodec.DESERIALIZER,
            b::addTargets);
        return 0;
      }
      return -1;
    }

    @Override
    protected ParityTargets build(ParityTargets.Builder b) {
      return b.build();
    }
  }

  /** Writes targets. */
  public static final class Serializer extends ObjectSerializer<ParityTargets> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(ParityTargets.class, DocumentKind.PARITY_TARGETS);
    }

    @Override
    protected void writeFields(ParityTargets t, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      Write.objects(g, TARGETS, ParityTargetCodec.SERIALIZER, t.targets(), provider);
    }
  }
}
