package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.wpskit.wps.json.DocumentKind;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Reads a document of any kind, choosing the codec by its {@code "kind"} field. When {@code "kind"}
 * comes first (as this library writes it) the object is read in one pass; otherwise its fields are
 * buffered until the kind is known, and line and column are then unknown.
 *
 * <p>The class itself is only a marker type under which the deserializer is registered.
 */
public final class AnyDocument {
  /** The deserializer, registered for {@link AnyDocument}; it returns the document's value. */
  public static final StdDeserializer<Object> DESERIALIZER = new Deserializer();

  // Writes the buffered copy; the reading parser has already applied the read constraints.
  private static final JsonFactory COPIER = new JsonFactory();

  private AnyDocument() {}

  private static final class Deserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(AnyDocument.class);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Fail.expected(p, "a wps document (an object)");
      }
      String name = p.nextFieldName();
      if (Envelope.KIND.equals(name)) {
        p.nextToken();
        DocumentKind kind = Envelope.readKind(p);
        return Codecs.document(kind).read(p, ctxt, p.nextFieldName(), true, true);
      }
      // Fields before "kind" are buffered as JSON text, numbers exactly as written (a TokenBuffer
      // would turn -0 into the int 0), and read back by a parser of the same factory, so that the
      // codec sees the very tokens of the document; paths in the copy start at $.
      StringWriter text = new StringWriter();
      DocumentKind kind = null;
      try (JsonGenerator g = COPIER.createGenerator(text)) {
        g.writeStartObject();
        for (; name != null; name = p.nextFieldName()) {
          p.nextToken();
          if (kind == null && Envelope.KIND.equals(name)) {
            kind = Envelope.readKind(p);
          } else {
            g.writeFieldName(name);
            UnknownFields.copy(p, g);
          }
        }
        g.writeEndObject();
      }
      if (kind == null) {
        throw Fail.object(p, null, Fail.missingMessage(java.util.List.of(Envelope.KIND)), null);
      }
      ObjectCodec codec = p.getCodec();
      JsonFactory factory = codec == null ? COPIER : codec.getFactory();
      JsonParser copy = factory.createParser(text.toString());
      copy.setCodec(codec);
      try (JsonParser b = new Unlocated(copy)) {
        b.nextToken();
        return Codecs.document(kind).read(b, ctxt, b.nextFieldName(), true, true);
      }
    }
  }

  /** A parser over the buffered copy, which knows no line or column of the document. */
  private static final class Unlocated extends JsonParserDelegate {
    Unlocated(JsonParser copy) {
      super(copy);
    }

    @Override
    public JsonLocation currentLocation() {
      return JsonLocation.NA;
    }

    @Override
    public JsonLocation currentTokenLocation() {
      return JsonLocation.NA;
    }

    @Override
    @Deprecated
    public JsonLocation getCurrentLocation() {
      return JsonLocation.NA;
    }

    @Override
    @Deprecated
    public JsonLocation getTokenLocation() {
      return JsonLocation.NA;
    }
  }
}
