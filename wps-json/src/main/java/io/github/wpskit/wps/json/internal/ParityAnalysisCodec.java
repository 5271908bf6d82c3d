package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.json.DocumentKind;
import io.github.wpskit.wps.parity.ParityAnalysis;
import java.io.IOException;
import java.util.Set;

/**
 * {@link ParityAnalysis}, document kind {@code parity-analysis}: {@code deployments} (the number of
 * records analysed, required), then {@code overall}, {@code byMission} and {@code byCountry}
 * (arrays of {@link ParityRowCodec rows}, always written, absent meaning empty).
 *
 * <p>Rows must come in the analysis's order (month, group, then mission or country) without
 * repeats, as wps-core requires; a row out of order is refused at its index rather than moved, so
 * the document's order is the value's. The lists are not checked against each other: a document
 * may hold a selection of an analysis's rows (one country's, say), whose sums then differ from the
 * overall rows.
 */
final class ParityAnalysisCodec {
  static final String[] FIELDS = {"deployments", "overall", "byMission", "byCountry"};
  private static final SerializedString DEPLOYMENTS = new SerializedString(FIELDS[0]);
  private static final SerializedString OVERALL = new SerializedString(FIELDS[1]);
  private static final SerializedString BY_MISSION = new SerializedString(FIELDS[2]);
  private static final SerializedString BY_COUNTRY = new SerializedString(FIELDS[3]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private ParityAnalysisCodec() {}

  /** Reads an analysis through {@link ParityAnalysis#builder()}. */
  public static final class Deserializer
      extends ObjectDeserializer<ParityAnalysis, ParityAnalysis.Builder> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(ParityAnalysis.class, DocumentKind.PARITY_ANALYSIS, "a parity analysis (an object)",
          FIELDS);
    }

    @Override
    protected ParityAnalysis.Builder newBuilder() {
      return ParityAnalysis.builder();
    }

    @Override
    protected Set<String> arrayFields() {
      return Set.of(FIELDS[1], FIELDS[2], FIELDS[3]);
    }

    @Override
    protected int readField(
        String name, JsonParser p, DeserializationContext ctxt, ParityAnalysis.Builder b)
        throws IOException {
      switch (name) {
        case "deployments":
          b.deployments(Read.count(p, ctxt));
          return 0;
        case "overall":
          Read.list(p, ctxt, "an array of overall parity rows", ParityRowCodec.OVERALL,
              b::addOverall);
          return 1;
        case "byMission":
          Read.list(p, ctxt, "an array of missions' parity rows", ParityRowCodec.MISSION,
              b::addByMission);
          return 2;
        case "byCountry":
          Read.list(p, ctxt, "an array of contributing countries' parity rows",
              ParityRowCodec.COUNTRY, b::addByCountry);
          return 3;
        default:
          return -1;
      }
    }

    @Override
    protected ParityAnalysis build(ParityAnalysis.Builder b) {
      return b.build();
    }
  }

  /** Writes an analysis. */
  public static final class Serializer extends ObjectSerializer<ParityAnalysis> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(ParityAnalysis.class, DocumentKind.PARITY_ANALYSIS);
    }

    @Override
    protected void writeFields(ParityAnalysis a, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(DEPLOYMENTS);
      g.writeNumber(a.deployments());
      Write.objects(g, OVERALL, ParityRowCodec.SERIALIZER, a.overall(), provider);
      Write.objects(g, BY_MISSION, ParityRowCodec.SERIALIZER, a.byMission(), provider);
      Write.objects(g, BY_COUNTRY, ParityRowCodec.SERIALIZER, a.byCountry(), provider);
    }
  }
}
