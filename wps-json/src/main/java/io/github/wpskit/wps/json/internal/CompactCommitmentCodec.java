package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.compact.CompactCommitment;
import io.github.wpskit.wps.json.DocumentKind;
import java.io.IOException;
import java.util.Set;

/**
 * {@link CompactCommitment}, document kind {@code compact-commitment}: {@code id},
 * {@code signatory}, {@code thematicArea} ({@code "A"} to {@code "E"}), {@code action}
 * ({@code "A.1.1"}), {@code description} (all required), {@code targetYear} (a number; optional,
 * written only when present, absent or null read as none: format version 1 documents that carry one
 * read as before), {@code indicators}, {@code policyReferences} (always written).
 */
final class CompactCommitmentCodec {
  static final String[] FIELDS = {
    "id", "signatory", "thematicArea", "action", "description", "targetYear", "indicators",
    "policyReferences"
  };
  private static final SerializedString ID = new SerializedString(FIELDS[0]);
  private static final SerializedString SIGNATORY = new SerializedString(FIELDS[1]);
  private static final SerializedString THEMATIC_AREA = new SerializedString(FIELDS[2]);
  private static final SerializedString ACTION = new SerializedString(FIELDS[3]);
  private static final SerializedString DESCRIPTION = new SerializedString(FIELDS[4]);
  private static final SerializedString TARGET_YEAR = new SerializedString(FIELDS[5]);
  private static final SerializedString INDICATORS = new SerializedString(FIELDS[6]);
  private static final SerializedString POLICY = new SerializedString(FIELDS[7]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private CompactCommitmentCodec() {}

  /** Reads a commitment through {@link CompactCommitment#builder()}. */
  public static final class Deserializer
      extends ObjectDeserializer<CompactCommitment, CompactCommitment.Builder> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(CompactCommitment.class, DocumentKind.COMPACT_COMMITMENT,
          "a Compact commitment (an object)", FIELDS);
    }

    @Override
    protected CompactCommitment.Builder newBuilder() {
      return CompactCommitment.builder();
    }

    @Override
    protected Set<String> arrayFields() {
      return Set.of(FIELDS[6], FIELDS[7]);
    }

    @Override
    protected int readField(
        String name, JsonParser p, DeserializationContext ctxt, CompactCommitment.Builder b)
        throws IOException {
      switch (name) {
        case "id":
          b.id(Read.text(p, ctxt));
          return 0;
        case "signatory":
          b.signatory(Read.text(p, ctxt));
          return 1;
        case "thematicArea":
          b.thematicArea(Scalars.THEMATIC_AREA.read(p, ctxt));
          return 2;
        case "action":
          b.action(Scalars.FRAMEWORK_ACTION.read(p, ctxt));
          return 3;
        case "description":
          b.description(Read.text(p, ctxt));
          return 4;
        case "targetYear":
          if (!Read.isNull(p)) {
            b.targetYear(Read.year(p, ctxt));
          }
          return 5;
        case "indicators":
          Read.list(p, ctxt, "an array of indicators", IndicatorCodec.DESERIALIZER,
              b::addIndicators);
          return 6;
        case "policyReferences":
          Read.set(p, ctxt, "an array of policy codes", Scalars.POLICY, b::addPolicyReferences);
          return 7;
        default:
          return -1;
      }
    }

    @Override
    protected CompactCommitment build(CompactCommitment.Builder b) {
      return b.build();
    }
  }

  /** Writes a commitment. */
  public static final class Serializer extends ObjectSerializer<CompactCommitment> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(CompactCommitment.class, DocumentKind.COMPACT_COMMITMENT);
    }

    @Override
    protected void writeFields(CompactCommitment c, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(ID);
      g.writeString(c.id());
      g.writeFieldName(SIGNATORY);
      g.writeString(c.signatory());
      g.writeFieldName(THEMATIC_AREA);
      Scalars.THEMATIC_AREA.write(g, c.thematicArea());
      g.writeFieldName(ACTION);
      Scalars.FRAMEWORK_ACTION.write(g, c.action());
      g.writeFieldName(DESCRIPTION);
      g.writeString(c.description());
      if (c.targetYear().isPresent()) {
        g.writeFieldName(TARGET_YEAR);
        Write.year(g, c.targetYear().get());
      }
      Write.objects(g, INDICATORS, IndicatorCodec.SERIALIZER, c.indicators(), provider);
      Write.scalars(g, POLICY, Scalars.POLICY, c.policyReferences());
    }
  }
}
