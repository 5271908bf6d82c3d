package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unknown fields of a lenient read, handed back to one encode call (a per-call attribute under
 * {@link #KEY}) so each object serializer writes its kept fields after its own. Records which fields
 * found their object, so the caller can refuse to lose the others.
 */
public final class Extras {
  /** The attribute key under which the extras are set on the writer. */
  public static final Object KEY = Extras.class;

  private static final JsonFactory PARSER = new JsonFactory();

  private final Map<String, List<UnknownFields.Field>> byObject = new HashMap<>();
  private final Set<String> unwritten = new LinkedHashSet<>();

  /**
   * Creates the extras for one encode call.
   *
   * @param fields the kept fields
   */
  public Extras(List<UnknownFields.Field> fields) {
    for (UnknownFields.Field f : fields) {
      byObject.computeIfAbsent(f.objectPath(), k -> new ArrayList<>()).add(f);
      unwritten.add(f.path());
    }
  }

  /**
   * Writes the kept fields of the object being written (called just before its end).
   *
   * @param g the generator, inside the object
   * @throws IOException if writing fails
   */
  void write(JsonGenerator g) throws IOException {
    List<UnknownFields.Field> mine = byObject.get(Paths.of(g.getOutputContext().getParent()));
    if (mine == null) {
      return;
    }
    for (UnknownFields.Field f : mine) {
      g.writeFieldName(f.name());
      try (JsonParser p = PARSER.createParser(f.rawJson())) {
        p.nextToken();
        UnknownFields.copy(p, g);
      }
      unwritten.remove(f.path());
    }
  }

  /**
   * Returns the paths of kept fields whose object was not written.
   *
   * @return the paths, in document order
   */
  public List<String> unwritten() {
    return new ArrayList<>(unwritten);
  }
}
