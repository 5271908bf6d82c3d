package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.ParseException;
import java.util.Objects;

/**
 * A path into an object, in the one syntax the library uses for validation issues and codec errors:
 * {@code $} is the object itself, {@code .name} a field, {@code [i]} an element of a list or set (in
 * iteration order, from 0). For example {@code $.tasks[2].citedResolutions[0]}.
 *
 * <p>Field names are Java identifiers made of ASCII letters, digits and underscores, not starting with
 * a digit: the attribute names of the model types, which are also their JSON property names.
 *
 * <p>Each step returns a new location that shares its parent, so building one costs one small object
 * per step; rules build locations only when they report an issue. {@link #parse} reads back what
 * {@link #toString()} writes. Ordered segment by segment from the root: a prefix comes first, fields
 * by name, indexes by number, a field before an index.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Location implements Comparable<Location> {
  private static final Location ROOT = new Location(null, null, -1);
  private static final String FORMAT = "$ followed by .field or [index] steps";

  private final Location parent;
  private final String field;
  private final int index;
  private final int depth;

  private Location(Location parent, String field, int index) {
    this.parent = parent;
    this.field = field;
    this.index = index;
    this.depth = parent == null ? 0 : parent.depth + 1;
  }

  /**
   * Returns the root, {@code $}: the object itself.
   *
   * @return the root location
   */
  public static Location root() {
    return ROOT;
  }

  /**
   * Returns the location of a field of this location, such as {@code $.tasks}.
   *
   * @param name the field name, an identifier of ASCII letters, digits and underscores, not null
   * @return the new location
   * @throws InvalidValueException if the name is not an identifier
   */
  public Location field(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty() || identifierEnd(name, 0) != name.length()) {
      throw new InvalidValueException(
          "Location.field", "\"" + name + "\"", "an identifier of ASCII letters, digits and _");
    }
    return new Location(this, name, -1);
  }

  /**
   * Returns the location of an element of this location, such as {@code $.tasks[2]}.
   *
   * @param i the index, from 0
   * @return the new location
   * @throws InvalidValueException if the index is negative
   */
  public Location index(int i) {
    if (i < 0) {
      throw new InvalidValueException("Location.index", i, "must not be negative");
    }
    return new Location(this, null, i);
  }

  /**
   * Parses a location written by {@link #toString()}, such as {@code $.tasks[2].citedResolutions[0]}.
   *
   * @param text the text, not null
   * @return the location
   * @throws ParseException if the text is not a location, naming the input and the index
   */
  public static Location parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (s.isEmpty() || s.charAt(0) != '$') {
      throw new ParseException("Location", s, 0, FORMAT);
    }
    Location location = ROOT;
    int i = 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '.') {
        int end = identifierEnd(s, i + 1);
        if (end == i + 1) {
          throw new ParseException("Location", s, i + 1, "a field name after '.'");
        }
        location = new Location(location, s.substring(i + 1, end), -1);
        i = end;
      } else if (c == '[') {
        int start = i + 1;
        int end = start;
        while (end < s.length() && end - start < 10 && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
          end++;
        }
        if (end == start || (s.charAt(start) == '0' && end - start > 1)) {
          throw new ParseException("Location", s, start, "an index from 0 without leading zeros");
        }
        if (end >= s.length() || s.charAt(end) != ']') {
          throw new ParseException("Location", s, end, "']' after the index");
        }
        long value = Long.parseLong(s, start, end, 10);
        if (value > Integer.MAX_VALUE) {
          throw new ParseException("Location", s, start, "an index up to " + Integer.MAX_VALUE);
        }
        location = new Location(location, null, (int) value);
        i = end + 1;
      } else {
        throw new ParseException("Location", s, i, FORMAT);
      }
    }
    return location;
  }

  /** Returns the index after the identifier starting at {@code from}, or {@code from} if none. */
  private static int identifierEnd(String s, int from) {
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      boolean digit = c >= '0' && c <= '9';
      if (letter || (digit && i > from)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * Returns whether this is the root, {@code $}.
   *
   * @return true for the root
   */
  public boolean isRoot() {
    return parent == null;
  }

  /**
   * Returns the number of steps from the root.
   *
   * @return 0 for the root
   */
  public int depth() {
    return depth;
  }

  @Override
  public int compareTo(Location other) {
    if (this == other) {
      return 0;
    }
    Location[] a = path(this);
    Location[] b = path(other);
    int n = Math.min(a.length, b.length);
    for (int k = 0; k < n; k++) {
      int c = compareStep(a[k], b[k]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  private static int compareStep(Location x, Location y) {
    if (x.field != null && y.field != null) {
      return x.field.compareTo(y.field);
    }
    if (x.field == null && y.field == null) {
      return Integer.compare(x.index, y.index);
    }
    return x.field != null ? -1 : 1;
  }

  /** The steps from the first below the root down to {@code l}. */
  private static Location[] path(Location l) {
    Location[] steps = new Location[l.depth];
    for (Location p = l; p.parent != null; p = p.parent) {
      steps[p.depth - 1] = p;
    }
    return steps;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Location)) {
      return false;
    }
    Location a = this;
    Location b = (Location) o;
    if (a.depth != b.depth) {
      return false;
    }
    while (a.parent != null) {
      if (a.index != b.index || !Objects.equals(a.field, b.field)) {
        return false;
      }
      a = a.parent;
      b = b.parent;
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (Location p = this; p.parent != null; p = p.parent) {
      h = 31 * h + (p.field != null ? p.field.hashCode() : p.index);
    }
    return h;
  }

  /**
   * Returns the path, such as {@code $.tasks[2].citedResolutions[0]}, which {@link #parse} reads back.
   *
   * @return the path text
   */
  @Override
  public String toString() {
    if (parent == null) {
      return "$";
    }
    StringBuilder sb = new StringBuilder(16 + depth * 12).append('$');
    for (Location step : path(this)) {
      if (step.field != null) {
        sb.append('.').append(step.field);
      } else {
        sb.append('[').append(step.index).append(']');
      }
    }
    return sb.toString();
  }
}
