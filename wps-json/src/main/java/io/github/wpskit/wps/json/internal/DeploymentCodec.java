package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.MissingAttributesException;
import io.github.wpskit.wps.json.DocumentKind;
import io.github.wpskit.wps.parity.Deployment;
import java.io.IOException;

/**
 * {@link Deployment}, document kind {@code deployment} (the typical NDJSON record):
 * {@code mission}, {@code contributingCountry}, {@code category} (the personnel type),
 * {@code reportingDate},
 * {@code women}, {@code men}, all required.
 */
final class DeploymentCodec {
  static final String[] FIELDS = {
    "mission", "contributingCountry", "category", "reportingDate", "women", "men"
  };
  private static final SerializedString MISSION = new SerializedString(FIELDS[0]);
  private static final SerializedString COUNTRY = new SerializedString(FIELDS[1]);
  private static final SerializedString CATEGORY = new SerializedString(FIELDS[2]);
  private static final SerializedString REPORTING_DATE = new SerializedString(FIELDS[3]);
  private static final SerializedString WOMEN = new SerializedString(FIELDS[4]);
  private static final SerializedString MEN = new SerializedString(FIELDS[5]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private DeploymentCodec() {}

  /** Reads a deployment through {@link Deployment#builder()}. */
  public static final class Deserializer
      extends ObjectDeserializer<Deployment, Deployment.Builder> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Deployment.class, DocumentKind.DEPLOYMENT, "a deployment (an object)", FIELDS);
    }

    @Override
    protected Deployment.Builder newBuilder() {
      return Deployment.builder();
    }

    @Override
    protected int readField(
        String name, JsonParser p, DeserializationContext ctxt, Deployment.Builder b)
        throws IOException {
      switch (name) {
        case "mission":
          b.mission(Scalars.MISSION.read(p, ctxt));
          return 0;
        case "contributingCountry":
          b.contributingCountry(Scalars.COUNTRY.read(p, ctxt));
          return 1;
        case "category":
          b.personnelType(Scalars.PERSONNEL_TYPE.read(p, ctxt));
          return 2;
        case "reportingDate":
          b.reportingDate(Read.date(p, ctxt));
          return 3;
        case "women":
          b.women(Read.integer(p, ctxt));
          return 4;
        case "men":
          b.men(Read.integer(p, ctxt));
          return 5;
        default:
          return -1;
      }
    }

    @Override
    protected Deployment build(Deployment.Builder b) {
      try {
        return b.build();
      } catch (MissingAttributesException e) {
        // The builder names the Java attribute; the document's field keeps its version-1 name.
        String[] names = e.missingAttributes().toArray(new String[0]);
        for (int i = 0; i < names.length; i++) {
          if (names[i].equals("personnelType")) {
            names[i] = FIELDS[2];
          }
        }
        throw new MissingAttributesException(names);
      }
    }
  }

  /** Writes a deployment. */
  public static final class Serializer extends ObjectSerializer<Deployment> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Deployment.class, DocumentKind.DEPLOYMENT);
    }

    @Override
    protected void writeFields(Deployment d, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(MISSION);
      Scalars.MISSION.write(g, d.mission());
      g.writeFieldName(COUNTRY);
      Scalars.COUNTRY.write(g, d.contributingCountry());
      g.writeFieldName(CATEGORY);
      Scalars.PERSONNEL_TYPE.write(g, d.personnelType());
      Write.dateField(g, REPORTING_DATE, d.reportingDate());
      g.writeFieldName(WOMEN);
      g.writeNumber(d.women());
      g.writeFieldName(MEN);
      g.writeNumber(d.men());
    }
  }
}
