package io.github.wpskit.wps.json;

import io.github.wpskit.wps.json.internal.UnknownFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a lenient read: the value, and the unknown fields the input carried, kept so that
 * {@link WpsJson#encode(Decoded)} writes them back where they were. Nothing is lost.
 *
 * <p>Each unknown field is reported by its JSON path ({@code $.vote.note}) with its value as compact
 * JSON text, numbers exactly as written. To change the value and keep the fields, use
 * {@link #withValue(Object)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the value type
 */
public final class Decoded<T> {
  private final T value;
  private final List<UnknownFields.Field> fields;
  private final Map<String, String> unknownFields;

  Decoded(T value, List<UnknownFields.Field> fields) {
    this.value = Objects.requireNonNull(value, "value");
    this.fields = List.copyOf(fields);
    Map<String, String> map = new LinkedHashMap<>();
    for (UnknownFields.Field f : fields) {
      map.put(f.path(), f.rawJson());
    }
    this.unknownFields = Collections.unmodifiableMap(map);
  }

  /**
   * Returns the value read.
   *
   * @return the value, not null
   */
  public T value() {
    return value;
  }

  /**
   * Returns the unknown fields, from JSON path to the value's raw JSON text (compact, numbers exactly
   * as written), in document order.
   *
   * @return an unmodifiable map, empty when the input had no unknown field
   */
  public Map<String, String> unknownFields() {
    return unknownFields;
  }

  /**
   * Returns one warning per unknown field, such as
   * {@code Unknown field 'note' at $.vote was kept}.
   *
   * @return an unmodifiable list, empty when the input had no unknown field
   */
  public List<String> warnings() {
    List<String> warnings = new ArrayList<>(fields.size());
    for (UnknownFields.Field f : fields) {
      warnings.add("Unknown field '" + f.name() + "' at " + f.objectPath() + " was kept");
    }
    return Collections.unmodifiableList(warnings);
  }

  /**
   * Returns a result with another value and the same unknown fields. Fields whose object no longer
   * exists in the new value make {@link WpsJson#encode(Decoded)} fail rather than drop them.
   *
   * @param newValue the value, not null
   * @param <U> the value type
   * @return the new result
   */
  public <U> Decoded<U> withValue(U newValue) {
    return new Decoded<>(newValue, fields);
  }

  List<UnknownFields.Field> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    // Map equality: the same fields with the same values, in any order.
    return o instanceof Decoded
        && ((Decoded<?>) o).value.equals(value)
        && ((Decoded<?>) o).unknownFields.equals(unknownFields);
  }

  @Override
  public int hashCode() {
    return value.hashCode() * 31 + unknownFields.hashCode();
  }

  @Override
  public String toString() {
    return "Decoded[" + value + ", unknownFields=" + unknownFields + "]";
  }
}
