package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.wpskit.wps.json.DocumentKind;
import java.io.IOException;

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
      // A buffer of its own (not bufferForInputBuffering), so that paths read from it start at $.
      TokenBuffer buffer = new TokenBuffer(p.getCodec(), false);
      buffer.writeStartObject();
      DocumentKind kind = null;
      for (; name != null; name = p.nextFieldName()) {
        p.nextToken();
        if (kind == null && Envelope.KIND.equals(name)) {
          kind = Envelope.readKind(p);
        } else {
          buffer.writeFieldName(name);
          buffer.copyCurrentStructure(p);
        }
      }
      buffer.writeEndObject();
      if (kind == null) {
        throw Fail.object(p, null, Fail.missingMessage(java.util.List.of(Envelope.KIND)), null);
      }
      try (JsonParser b = buffer.asParserOnFirstToken()) {
        return Codecs.document(kind).read(b, ctxt, b.nextFieldName(), true, true);
      }
    }
  }
}
