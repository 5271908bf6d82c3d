package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.resolution.Resolution;
import java.util.List;

/**
 * The top-level kinds of object the library validates and the validation context stores: how each is
 * named in issues (its object id) and under which key the context finds it.
 *
 * <p>Extension point: a new kind (mission, mandate, gender staffing table, Compact commitment and
 * report, deployment figures) is one more {@link Kind} in {@link #ALL}, plus its rules in
 * {@link RuleCatalogue}.
 */
final class Kinds {
  /** One kind of top-level object. */
  abstract static class Kind<T> {
    final Class<T> type;
    final String name;

    Kind(Class<T> type, String name) {
      this.type = type;
      this.name = name;
    }

    /** The id naming the object in issues, such as {@code S/RES/1325 (2000)}. */
    abstract String idOf(T value);

    /** The key under which the context stores the object, or null if the context does not store it. */
    abstract Object keyOf(T value);
  }

  static final Kind<Resolution> RESOLUTION =
      new Kind<>(Resolution.class, "Resolution") {
        @Override
        String idOf(Resolution value) {
          return value.symbol().toString();
        }

        @Override
        Object keyOf(Resolution value) {
          return value.symbol();
        }
      };

  /** Every kind, in the order they are tried; no kind is a subtype of another. */
  static final List<Kind<?>> ALL = List.of(RESOLUTION);

  /** The names of the kinds, for messages: {@code "Resolution"}. */
  static final String NAMES = names();

  private Kinds() {}

  private static String names() {
    StringBuilder sb = new StringBuilder();
    for (Kind<?> k : ALL) {
      sb.append(sb.length() == 0 ? "" : ", ").append(k.name);
    }
    return sb.toString();
  }

  /** The kind of an object, or null if it is not of a built-in kind. */
  static Kind<?> of(Object value) {
    for (int i = 0; i < ALL.size(); i++) {
      Kind<?> k = ALL.get(i);
      if (k.type.isInstance(value)) {
        return k;
      }
    }
    return null;
  }

  /** The kind registered for exactly this type (such as {@code Resolution.class}), or null. */
  static Kind<?> ofType(Class<?> type) {
    for (int i = 0; i < ALL.size(); i++) {
      if (ALL.get(i).type == type) {
        return ALL.get(i);
      }
    }
    return null;
  }

  /** The object id of a value of a kind. */
  @SuppressWarnings("unchecked")
  static String idOf(Kind<?> kind, Object value) {
    return ((Kind<Object>) kind).idOf(value);
  }

  /** The context key of a value, or null if it is not stored in contexts. */
  @SuppressWarnings("unchecked")
  static Object keyOf(Kind<?> kind, Object value) {
    return ((Kind<Object>) kind).keyOf(value);
  }
}
