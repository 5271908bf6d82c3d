package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.json.DocumentKind;
import java.io.IOException;
import java.util.Set;

/**
 * {@link GenderStaffingTable}, document kind {@code gender-staffing-table}: {@code mission},
 * {@code asOf} (required), {@code posts} (always written).
 */
final class GenderStaffingTableCodec {
  static final String[] FIELDS = {"mission", "asOf", "posts"};
  private static final SerializedString MISSION = new SerializedString(FIELDS[0]);
  private static final SerializedString AS_OF = new SerializedString(FIELDS[1]);
  private static final SerializedString POSTS = new SerializedString(FIELDS[2]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private GenderStaffingTableCodec() {}

  /** Reads a table through {@link GenderStaffingTable#builder()}. */
  public static final class Deserializer
      extends ObjectDeserializer<GenderStaffingTable, GenderStaffingTable.Builder> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(GenderStaffingTable.class, DocumentKind.GENDER_STAFFING_TABLE,
          "a gender staffing table (an object)", FIELDS);
    }

    @Override
    protected GenderStaffingTable.Builder newBuilder() {
      return GenderStaffingTable.builder();
    }

    @Override
    protected Set<String> arrayFields() {
      return Set.of(FIELDS[2]);
    }

    @Override
    protected int readField(
        String name, JsonParser p, DeserializationContext ctxt, GenderStaffingTable.Builder b)
        throws IOException {
      switch (name) {
        case "mission":
          b.mission(Scalars.MISSION.read(p, ctxt));
          return 0;
        case "asOf":
          b.asOf(Read.date(p, ctxt));
          return 1;
        case "posts":
          Read.list(p, ctxt, "an array of gender posts", GenderPostCodec.DESERIALIZER, b::addPosts);
          return 2;
        default:
          return -1;
      }
    }

    @Override
    protected GenderStaffingTable build(GenderStaffingTable.Builder b) {
      return b.build();
    }
  }

  /** Writes a table. */
  public static final class Serializer extends ObjectSerializer<GenderStaffingTable> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(GenderStaffingTable.class, DocumentKind.GENDER_STAFFING_TABLE);
    }

    @Override
    protected void writeFields(
        GenderStaffingTable t, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeFieldName(MISSION);
      Scalars.MISSION.write(g, t.mission());
      Write.dateField(g, AS_OF, t.asOf());
      Write.objects(g, POSTS, GenderPostCodec.SERIALIZER, t.posts(), provider);
    }
  }
}
