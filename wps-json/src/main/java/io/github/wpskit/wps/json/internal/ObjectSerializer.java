package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.wpskit.wps.json.DocumentKind;
import java.io.IOException;

/**
 * Base of the serializers of JSON objects: writes the envelope for a top-level document, then the
 * subclass's fields in their documented order, then any unknown fields kept by a lenient read.
 *
 * <p>Stateless and thread-safe.
 *
 * @param <T> the value type
 */
abstract class ObjectSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final DocumentKind kind;

  /**
   * Creates the serializer.
   *
   * @param type the value type
   * @param kind the document kind when the type is one, else null
   */
  protected ObjectSerializer(Class<T> type, DocumentKind kind) {
    super(type);
    this.kind = kind;
  }

  /**
   * Writes the value's fields (not the braces).
   *
   * @param value the value
   * @param g the generator
   * @param provider the provider, for nested codecs
   * @throws IOException if writing fails
   */
  protected abstract void writeFields(T value, JsonGenerator g, SerializerProvider provider)
      throws IOException;

  @Override
  public final void serialize(T value, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    boolean document = kind != null && g.getOutputContext().inRoot();
    g.writeStartObject(value);
    if (document) {
      g.writeFieldName(Envelope.KIND_NAME);
      g.writeString(kind.id());
      g.writeFieldName(Envelope.FORMAT_VERSION_NAME);
      g.writeNumber(Envelope.VERSION);
    }
    writeFields(value, g, provider);
    Object extras = provider.getAttribute(Extras.KEY);
    if (extras != null) {
      ((Extras) extras).write(g);
    }
    g.writeEndObject();
  }
}
