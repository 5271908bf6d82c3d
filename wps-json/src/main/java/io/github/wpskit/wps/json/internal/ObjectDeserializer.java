package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.MissingAttributesException;
import io.github.wpskit.wps.json.DocumentKind;
import io.github.wpskit.wps.json.UnknownFieldException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Base of the deserializers of JSON objects. A subclass names its fields and reads each one into a
 * builder; this class walks the object token by token, enforces the envelope of top-level documents,
 * refuses duplicate and (strictly) unknown fields, keeps unknown fields in lenient reads, and maps the
 * builder's refusals to errors with the JSON path.
 *
 * <p>Stateless and thread-safe: the builder is created per object.
 *
 * @param <T> the value type
 * @param <B> the builder (or any mutable state) the fields are read into
 */
abstract class ObjectDeserializer<T, B> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final DocumentKind kind;
  private final String what;
  private final Set<String> fields;
  private final List<Object> knownNames;

  /**
   * Creates the deserializer.
   *
   * @param type the value type
   * @param kind the document kind when the type is one, else null
   * @param what the value in words, for "Expected ... but was" ("a vote (an object)")
   * @param fields the field names, in the order of the indexes {@link #readField} returns (at most 64)
   */
  protected ObjectDeserializer(Class<T> type, DocumentKind kind, String what, String... fields) {
    super(type);
    if (fields.length > 64) {
      throw new IllegalArgumentException("at most 64 fields: " + fields.length);
    }
    this.type = type;
    this.kind = kind;
    this.what = what;
    this.fields = Set.of(fields);
    this.knownNames = List.of((Object[]) fields);
  }

  /**
   * Refuses an object that lacks required fields, for types built through a factory rather than a
   * builder (a builder reports its own missing attributes).
   *
   * @param names the required fields' names
   * @param present for each name, whether the field was read
   * @throws MissingAttributesException naming every absent field, in order
   */
  protected static void requireFields(String[] names, boolean... present) {
    List<String> missing = null;
    for (int i = 0; i < present.length; i++) {
      if (!present[i]) {
        if (missing == null) {
          missing = new ArrayList<>(present.length);
        }
        missing.add(names[i]);
      }
    }
    if (missing != null) {
      throw new MissingAttributesException(missing.toArray(new String[0]));
    }
  }

  /**
   * Returns a fresh builder for one object.
   *
   * @return the builder
   */
  protected abstract B newBuilder();

  /**
   * Reads one field's value (the parser is at the value token) into the builder.
   *
   * @param name the field name
   * @param p the parser
   * @param ctxt the context, for nested codecs
   * @param builder the builder
   * @return the field's index in the constructor's list, or -1 if the name is not a field
   * @throws IOException if the value does not fit
   */
  protected abstract int readField(String name, JsonParser p, DeserializationContext ctxt, B builder)
      throws IOException;

  /**
   * Builds the value once every field is read.
   *
   * @param builder the builder
   * @return the value
   * @throws InvalidValueException if the value breaks an invariant or lacks a required field
   */
  protected abstract T build(B builder);

  /**
   * Returns the field names.
   *
   * @return an unmodifiable set
   */
  public final Set<String> fieldNames() {
    return fields;
  }

  /**
   * Returns the fields holding arrays, so that an invariant naming one without an index
   * ({@code posts.postId}) is reported at the field, not at a path that does not exist.
   *
   * @return the names; none by default
   */
  protected Set<String> arrayFields() {
    return Set.of();
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.POJO;
  }

  @Override
  public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.FIELD_NAME) {
      return Problems.unexpectedToken(p, ctxt, type, what);
    }
    // Asked while the parser is inside the object, whose context's parent is then the root for a
    // document. Asked after reading on, an empty object's END_OBJECT would already have left it.
    boolean document = kind != null && p.getParsingContext().getParent().inRoot();
    String first = t == JsonToken.START_OBJECT ? p.nextFieldName() : p.currentName();
    return read(p, ctxt, first, document, false);
  }

  /**
   * Reads the rest of an object whose first field name has been read.
   *
   * @param p the parser, just after the field name {@code first}
   * @param ctxt the context
   * @param first the first field name, or null if the object is empty
   * @param document whether the object is a top-level document (requires the envelope)
   * @param kindSeen whether the caller has already read and checked {@code "kind"}
   * @return the value
   * @throws IOException if the object does not fit
   */
  public final T read(
      JsonParser p, DeserializationContext ctxt, String first, boolean document, boolean kindSeen)
      throws IOException {
    B builder = newBuilder();
    long seen = 0;
    boolean versionSeen = false;
    for (String name = first; name != null; name = p.nextFieldName()) {
      p.nextToken();
      int index;
      try {
        index = readField(name, p, ctxt, builder);
      } catch (InvalidValueException e) {
        throw Fail.invalid(p, e);
      }
      if (index >= 0) {
        long bit = 1L << index;
        if ((seen & bit) != 0) {
          throw Fail.at(p, "Duplicate field '" + name + "'", null);
        }
        seen |= bit;
      } else if (document && name.equals(Envelope.KIND)) {
        if (kindSeen) {
          throw Fail.at(p, "Duplicate field '" + name + "'", null);
        }
        Envelope.expectKind(p, kind);
        kindSeen = true;
      } else if (document && name.equals(Envelope.FORMAT_VERSION)) {
        if (versionSeen) {
          throw Fail.at(p, "Duplicate field '" + name + "'", null);
        }
        Envelope.expectVersion(p);
        versionSeen = true;
      } else {
        unknown(p, ctxt, name);
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      // Only reachable through a caller that positioned the parser wrongly.
      throw Fail.expected(p, "a field name or the end of the object");
    }
    if (document && !(kindSeen && versionSeen)) {
      List<String> missing = new ArrayList<>(2);
      if (!kindSeen) {
        missing.add(Envelope.KIND);
      }
      if (!versionSeen) {
        missing.add(Envelope.FORMAT_VERSION);
      }
      throw Fail.object(p, null, Fail.missingMessage(missing), null);
    }
    try {
      return build(builder);
    } catch (MissingAttributesException e) {
      throw Fail.missing(p, e);
    } catch (InvalidValueException e) {
      throw Fail.invariant(p, e, fields, arrayFields());
    }
  }

  /**
   * Returns the format's field names of the type, in order: Jackson passes them to problem handlers
   * and names them in its unknown-property errors.
   *
   * @return the field names
   */
  @Override
  public Collection<Object> getKnownPropertyNames() {
    return knownNames;
  }

  private void unknown(JsonParser p, DeserializationContext ctxt, String name) throws IOException {
    Object collector = ctxt.getAttribute(UnknownFields.KEY);
    if (collector != null) {
      ((UnknownFields) collector).keep(p, name);
      return;
    }
    // Through the context, as Jackson's own deserializers do: a DeserializationProblemHandler of the
    // mapper may take the field (and skip its value); with FAIL_ON_UNKNOWN_PROPERTIES disabled
    // Jackson skips it; otherwise Jackson refuses it, and the refusal gets the format's wording and
    // the JSON path (for an object or array value the parser is already inside it).
    try {
      ctxt.handleUnknownProperty(p, this, handledType(), name);
    } catch (UnrecognizedPropertyException e) {
      if (e.getClass() != UnrecognizedPropertyException.class || !name.equals(e.getPropertyName())) {
        throw e; // a handler's own refusal, of a type or about a field of its choosing
      }
      throw new UnknownFieldException(p, Paths.of(fieldContext(p)), p.currentTokenLocation(),
          handledType(), name, knownNames);
    }
  }

  private static com.fasterxml.jackson.core.JsonStreamContext fieldContext(JsonParser p) {
    JsonToken t = p.currentToken();
    return t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
        ? p.getParsingContext().getParent()
        : p.getParsingContext();
  }
}
