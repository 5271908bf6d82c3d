package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.validation.Location;
import io.github.wpskit.wps.validation.Origin;
import io.github.wpskit.wps.validation.RuleId;
import io.github.wpskit.wps.validation.Severity;
import io.github.wpskit.wps.validation.ValidationIssue;
import java.io.IOException;

/**
 * {@link ValidationIssue}, nested in a validation report: {@code ruleId} ({@code "WPS-MND-003"}),
 * {@code severity} ({@code "error"}, {@code "warning"}, {@code "info"}), {@code location}
 * ({@code "$.tasks[2].category"}), {@code objectId}, {@code message}, {@code source}, all required;
 * then {@code origin} (optional, an {@link OriginCodec origin} object, written only when known).
 */
final class ValidationIssueCodec {
  static final String[] FIELDS = {
    "ruleId", "severity", "location", "objectId", "message", "source", "origin"
  };
  private static final SerializedString RULE_ID = new SerializedString(FIELDS[0]);
  private static final SerializedString SEVERITY = new SerializedString(FIELDS[1]);
  private static final SerializedString LOCATION = new SerializedString(FIELDS[2]);
  private static final SerializedString OBJECT_ID = new SerializedString(FIELDS[3]);
  private static final SerializedString MESSAGE = new SerializedString(FIELDS[4]);
  private static final SerializedString SOURCE = new SerializedString(FIELDS[5]);
  private static final SerializedString ORIGIN = new SerializedString(FIELDS[6]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private ValidationIssueCodec() {}

  /** The fields of one issue; ValidationIssue has a factory, not a builder. */
  static final class State {
    RuleId ruleId;
    Severity severity;
    Location location;
    String objectId;
    String message;
    String source;
    Origin origin;
  }

  /** Reads an issue through {@link ValidationIssue#of}. */
  public static final class Deserializer extends ObjectDeserializer<ValidationIssue, State> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(ValidationIssue.class, null, "a validation issue (an object)", FIELDS);
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
        case "severity":
          s.severity = Scalars.SEVERITY.read(p, ctxt);
          return 1;
        case "location":
          s.location = Scalars.LOCATION.read(p, ctxt);
          return 2;
        case "objectId":
          s.objectId = Read.text(p, ctxt);
          return 3;
        case "message":
          s.message = Read.text(p, ctxt);
          return 4;
        case "source":
          s.source = Read.text(p, ctxt);
          return 5;
        case "origin":
          if (!Read.isNull(p)) {
            s.origin = OriginCodec.DESERIALIZER.deserialize(p, ctxt);
          }
          return 6;
        default:
          return -1;
      }
    }

    @Override
    protected ValidationIssue build(State s) {
      requireFields(FIELDS, s.ruleId != null, s.severity != null, s.location != null,
          s.objectId != null, s.message != null, s.source != null);
      return s.origin == null
          ? ValidationIssue.of(s.ruleId, s.severity, s.location, s.objectId, s.message, s.source)
          : ValidationIssue.of(
              s.ruleId, s.severity, s.location, s.objectId, s.message, s.source, s.origin);
    }
  }

  /** Writes an issue. */
  public static final class Serializer extends ObjectSerializer<ValidationIssue> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(ValidationIssue.class, null);
    }

    @Override
    protected void writeFields(ValidationIssue i, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(RULE_ID);
      Scalars.RULE_ID.write(g, i.ruleId());
      g.writeFieldName(SEVERITY);
      Scalars.SEVERITY.write(g, i.severity());
      g.writeFieldName(LOCATION);
      Scalars.LOCATION.write(g, i.location());
      g.writeFieldName(OBJECT_ID);
      g.writeString(i.objectId());
      g.writeFieldName(MESSAGE);
      g.writeString(i.message());
      g.writeFieldName(SOURCE);
      g.writeString(i.source());
      if (i.origin().isPresent()) {
        g.writeFieldName(ORIGIN);
        OriginCodec.SERIALIZER.serialize(i.origin().get(), g, provider);
      }
    }
  }
}
