package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.mission.MandateTask;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.io.IOException;
import java.util.Set;

/**
 * {@link MandateTask}, nested in a mandate: {@code category}, {@code description} (required),
 * {@code citedResolutions} (a list without repeats, in order), {@code policyReferences} (a set of
 * policy codes); both always written.
 */
final class MandateTaskCodec {
  static final String[] FIELDS = {"category", "description", "citedResolutions", "policyReferences"};
  private static final SerializedString CATEGORY = new SerializedString(FIELDS[0]);
  private static final SerializedString DESCRIPTION = new SerializedString(FIELDS[1]);
  private static final SerializedString CITED = new SerializedString(FIELDS[2]);
  private static final SerializedString POLICY = new SerializedString(FIELDS[3]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private MandateTaskCodec() {}

  /** Reads a task through {@link MandateTask#builder()}. */
  public static final class Deserializer
      extends ObjectDeserializer<MandateTask, MandateTask.Builder> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(MandateTask.class, null, "a mandate task (an object)", FIELDS);
    }

    @Override
    protected MandateTask.Builder newBuilder() {
      return MandateTask.builder();
    }

    @Override
    protected Set<String> arrayFields() {
      return Set.of(FIELDS[2], FIELDS[3]);
    }

    @Override
    protected int readField(
        String name, JsonParser p, DeserializationContext ctxt, MandateTask.Builder b)
        throws IOException {
      switch (name) {
        case "category":
          b.category(Scalars.TASK_CATEGORY.read(p, ctxt));
          return 0;
        case "description":
          b.description(Read.text(p, ctxt));
          return 1;
        case "citedResolutions":
          // A list whose order matters and whose elements must not repeat.
          Read.startArray(p, "an array of resolution symbols");
          Read.Repeats<ResolutionSymbol> seen = new Read.Repeats<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            ResolutionSymbol s = Scalars.symbol(p, ctxt);
            if (!seen.add(s)) {
              throw Read.duplicate(p, s);
            }
            b.addCitedResolutions(s);
          }
          return 2;
        case "policyReferences":
          Read.set(p, ctxt, "an array of policy codes", Scalars.POLICY, b::addPolicyReferences);
          return 3;
        default:
          return -1;
      }
    }

    @Override
    protected MandateTask build(MandateTask.Builder b) {
      return b.build();
    }
  }

  /** Writes a task. */
  public static final class Serializer extends ObjectSerializer<MandateTask> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(MandateTask.class, null);
    }

    @Override
    protected void writeFields(MandateTask t, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(CATEGORY);
      Scalars.TASK_CATEGORY.write(g, t.category());
      g.writeFieldName(DESCRIPTION);
      g.writeString(t.description());
      Write.scalars(g, CITED, Scalars.SYMBOL, t.citedResolutions());
      Write.scalars(g, POLICY, Scalars.POLICY, t.policyReferences());
    }
  }
}
