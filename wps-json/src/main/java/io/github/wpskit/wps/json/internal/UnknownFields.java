package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the unknown fields of one lenient read, each as its path and its value's raw JSON text, so
 * that encoding can write them back where they were. One instance per read call, set as a per-call
 * attribute under {@link #KEY}; not thread-safe (it does not need to be).
 */
public final class UnknownFields {
  /** The attribute key under which the collector is set on the reader. */
  public static final Object KEY = UnknownFields.class;

  // Copies values verbatim; the reading parser has already applied the read constraints.
  private static final JsonFactory COPIER = new JsonFactory();

  /**
   * One kept field.
   *
   * @param objectPath the path of the object holding it, such as {@code $.vote}
   * @param name the field name
   * @param path the field's own path, such as {@code $.vote.note}
   * @param rawJson its value as compact JSON text, numbers exactly as written
   */
  public record Field(String objectPath, String name, String path, String rawJson) {}

  private final List<Field> fields = new ArrayList<>();
  private final Set<String> paths = new HashSet<>();

  /**
   * Keeps the field whose value the parser is at, consuming the value.
   *
   * @param p the parser, at the unknown field's value
   * @param name the field name
   * @throws IOException if the value cannot be read or repeats a kept field
   */
  void keep(JsonParser p, String name) throws IOException {
    JsonStreamContext ctx = p.getParsingContext();
    JsonToken t = p.currentToken();
    JsonStreamContext objectContext =
        t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY ? ctx.getParent() : ctx;
    String objectPath = Paths.of(objectContext.getParent());
    String path = Paths.field(objectPath, name);
    if (!paths.add(path)) {
      throw Fail.at(p, "Duplicate field '" + name + "'", null);
    }
    StringWriter raw = new StringWriter();
    try (JsonGenerator g = COPIER.createGenerator(raw)) {
      copy(p, g);
    }
    fields.add(new Field(objectPath, name, path, raw.toString()));
  }

  /**
   * Copies the value at the parser's current token, writing numbers with their text exactly as read
   * (Jackson's own copy would normalise {@code 1e400} to {@code 1E+400}).
   *
   * @param p the parser, at the value's first token; left at its last token
   * @param g the generator
   * @throws IOException if reading or writing fails
   */
  static void copy(JsonParser p, JsonGenerator g) throws IOException {
    int depth = 0;
    do {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        g.writeNumber(p.getText());
      } else {
        g.copyCurrentEvent(p);
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        }
      }
    } while (depth > 0 && p.nextToken() != null);
  }

  /**
   * Moves the kept fields inside the elements of an array to the positions those elements take in the
   * value, for arrays that the model sorts (a report's issues, a catalog's resolutions): the fields
   * are written back into the element they came from, not into whichever element ends up at its old
   * index.
   *
   * @param arrayPath the path of the array, such as {@code $.issues}
   * @param newIndex for each element in document order, its index in the value
   */
  void renumber(String arrayPath, int[] newIndex) {
    String prefix = arrayPath + "[";
    paths.clear();
    for (int k = 0; k < fields.size(); k++) {
      Field f = fields.get(k);
      if (f.objectPath().startsWith(prefix)) {
        int close = f.objectPath().indexOf(']', prefix.length());
        int old = Integer.parseInt(f.objectPath().substring(prefix.length(), close));
        String moved = prefix + newIndex[old];
        f = new Field(moved + f.objectPath().substring(close), f.name(),
            moved + f.path().substring(close), f.rawJson());
        fields.set(k, f);
      }
      paths.add(f.path());
    }
  }

  /**
   * Returns the kept fields in document order.
   *
   * @return an unmodifiable list
   */
  public List<Field> fields() {
    return Collections.unmodifiableList(fields);
  }
}
