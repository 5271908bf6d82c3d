package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.validation.RuleId;
import io.github.wpskit.wps.validation.SkippedRule;
import java.io.IOException;

/**
 * {@link SkippedRule}, nested in a validation report: {@code ruleId}, {@code objectId},
 * {@code reason}, all required.
 */
final class SkippedRuleCodec {
  static final String[] FIELDS = {"ruleId", "objectId", "reason"};
  private static final SerializedString RULE_ID = new SerializedString(FIELDS[0]);
  private static final SerializedString OBJECT_ID = new SerializedString(FIELDS[1]);
  private static final SerializedString REASON = new SerializedString(FIELDS[2]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private SkippedRuleCodec() {}

  /** The fields of one skipped rule; SkippedRule has a factory, not a builder. */
  static final class State {
    RuleId ruleId;
    String objectId;
    String reason;
  }

  /** Reads a skipped rule through {@link SkippedRule#of}. */
  public static final class Deserializer extends ObjectDeserializer<SkippedRule, State> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(SkippedRule.class, null, "a skipped rule (an object)", FIELDS);
    }

    @Override
    protected State newBuilder() {
      return new State();
    }

    @Override
    protected int readField(String name, JsonParser p, DeserializationContext ctxt, State s)
        throws IOException {
      switch (name) {
        case "ruleId":
          s.ruleId = Scalars.RULE_ID.read(p, ctxt);
          return 0;
        case "objectId":
          s.objectId = Read.text(p, ctxt);
          return 1;
        case "reason":
          s.reason = Read.text(p, ctxt);
          return 2;
        default:
          return -1;
      }
    }

    @Override
    protected SkippedRule build(State s) {
      requireFields(FIELDS, s.ruleId != null, s.objectId != null, s.reason != null);
      return SkippedRule.of(s.ruleId, s.objectId, s.reason);
    }
  }

  /** Writes a skipped rule. */
  public static final class Serializer extends ObjectSerializer<SkippedRule> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(SkippedRule.class, null);
    }

    @Override
    protected void writeFields(SkippedRule s, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(RULE_ID);
      Scalars.RULE_ID.write(g, s.ruleId());
      g.writeFieldName(OBJECT_ID);
      g.writeString(s.objectId());
      g.writeFieldName(REASON);
      g.writeString(s.reason());
    }
  }
}
