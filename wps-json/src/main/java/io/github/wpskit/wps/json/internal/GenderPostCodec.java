package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.gender.GenderPost;
import java.io.IOException;
import java.util.Set;

/**
 * {@link GenderPost}, nested in a gender staffing table: {@code postId}, {@code mission},
 * {@code role}, {@code component} (required), {@code level} (optional), {@code reportingLine},
 * {@code functions} (a set, always written), {@code status} (required).
 */
final class GenderPostCodec {
  static final String[] FIELDS = {
    "postId", "mission", "role", "component", "level", "reportingLine", "functions", "status"
  };
  private static final SerializedString POST_ID = new SerializedString(FIELDS[0]);
  private static final SerializedString MISSION = new SerializedString(FIELDS[1]);
  private static final SerializedString ROLE = new SerializedString(FIELDS[2]);
  private static final SerializedString COMPONENT = new SerializedString(FIELDS[3]);
  private static final SerializedString LEVEL = new SerializedString(FIELDS[4]);
  private static final SerializedString REPORTING_LINE = new SerializedString(FIELDS[5]);
  private static final SerializedString FUNCTIONS = new SerializedString(FIELDS[6]);
  private static final SerializedString STATUS = new SerializedString(FIELDS[7]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private GenderPostCodec() {}

  /** Reads a post through {@link GenderPost#builder()}. */
  public static final class Deserializer
      extends ObjectDeserializer<GenderPost, GenderPost.Builder> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(GenderPost.class, null, "a gender post (an object)", FIELDS);
    }

    @Override
    protected GenderPost.Builder newBuilder() {
      return GenderPost.builder();
    }

    @Override
    protected Set<String> arrayFields() {
      return Set.of(FIELDS[6]);
    }

    @Override
    protected int readField(
        String name, JsonParser p, DeserializationContext ctxt, GenderPost.Builder b)
        throws IOException {
      switch (name) {
        case "postId":
          b.postId(Read.text(p, ctxt));
          return 0;
        case "mission":
          b.mission(Scalars.MISSION.read(p, ctxt));
          return 1;
        case "role":
          b.role(Scalars.GENDER_ROLE.read(p, ctxt));
          return 2;
        case "component":
          b.component(Scalars.MISSION_COMPONENT.read(p, ctxt));
          return 3;
        case "level":
          if (!Read.isNull(p)) {
            b.level(Read.text(p, ctxt));
          }
          return 4;
        case "reportingLine":
          b.reportingLine(Scalars.REPORTING_LINE.read(p, ctxt));
          return 5;
        case "functions":
          Read.set(p, ctxt, "an array of gender functions", Scalars.GENDER_FUNCTION, b::addFunctions);
          return 6;
        case "status":
          b.status(Scalars.POST_STATUS.read(p, ctxt));
          return 7;
        default:
          return -1;
      }
    }

    @Override
    protected GenderPost build(GenderPost.Builder b) {
      return b.build();
    }
  }

  /** Writes a post. */
  public static final class Serializer extends ObjectSerializer<GenderPost> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(GenderPost.class, null);
    }

    @Override
    protected void writeFields(GenderPost post, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(POST_ID);
      g.writeString(post.postId());
      g.writeFieldName(MISSION);
      Scalars.MISSION.write(g, post.mission());
      g.writeFieldName(ROLE);
      Scalars.GENDER_ROLE.write(g, post.role());
      g.writeFieldName(COMPONENT);
      Scalars.MISSION_COMPONENT.write(g, post.component());
      Write.optionalText(g, LEVEL, post.level());
      g.writeFieldName(REPORTING_LINE);
      Scalars.REPORTING_LINE.write(g, post.reportingLine());
      Write.scalars(g, FUNCTIONS, Scalars.GENDER_FUNCTION, post.functions());
      g.writeFieldName(STATUS);
      Scalars.POST_STATUS.write(g, post.status());
    }
  }
}
