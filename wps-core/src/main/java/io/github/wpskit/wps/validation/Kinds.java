package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.resolution.Resolution;
import java.util.List;

/**
 * The top-level kinds of object the library validates and the validation context stores: how each is
 * named in issues (its object id) and under which key the context finds it.
 *
 * <p>Extension point: a new kind (gender staffing table, Compact commitment and report, deployment
 * figures) is one more {@link Kind} in {@link #ALL}, plus its rules in {@link RuleCatalogue}. A kind
 * is {@code validated} once built-in rules judge it: until then the validator refuses it rather than
 * return an empty report that would look like "checked and fine". Missions and mandates are stored
 * in contexts (for cross-references) but not validated yet.
 */
final class Kinds {
  /** One kind of top-level object. */
  abstract static class Kind<T> {
    final Class<T> type;
    final String name;
    /** Whether built-in rules judge this kind, so that the validator accepts it without custom rules. */
    final boolean validated;

    Kind(Class<T> type, String name, boolean validated) {
      this.type = type;
      this.name = name;
      this.validated = validated;
    }

    /** The id naming the object in issues, such as {@code S/RES/1325 (2000)}. */
    abstract String idOf(T value);

    /** The key under which the context stores the object, or null if the context does not store it. */
    abstract Object keyOf(T value);
  }

  static final Kind<Resolution> RESOLUTION =
      new Kind<>(Resolution.class, "Resolution", true) {
        @Override
        String idOf(Resolution value) {
          return value.symbol().toString();
        }

        @Override
        Object keyOf(Resolution value) {
          return value.symbol();
        }
      };

  // Phase 2: set validated to true when MissionRules / MandateRules land.
  static final Kind<Mission> MISSION =
      new Kind<>(Mission.class, "Mission", false) {
        @Override
        String idOf(Mission value) {
          return value.acronym().toString();
        }

        @Override
        Object keyOf(Mission value) {
          return value.acronym();
        }
      };

  static final Kind<Mandate> MANDATE =
      new Kind<>(Mandate.class, "Mandate", false) {
        @Override
        String idOf(Mandate value) {
          return value.id();
        }

        @Override
        Object keyOf(Mandate value) {
          return value.id();
        }
      };

  /** Every kind, in the order they are tried; no kind is a subtype of another. */
  static final List<Kind<?>> ALL = List.of(RESOLUTION, MISSION, MANDATE);

  /** The names of the kinds built-in rules judge, for messages: {@code "Resolution"}. */
  static final String VALIDATED_NAMES = names(true);

  /** The names of the kinds contexts store, for messages. */
  static final String STORED_NAMES = names(false);

  private Kinds() {}

  private static String names(boolean validatedOnly) {
    StringBuilder sb = new StringBuilder();
    for (Kind<?> k : ALL) {
      if (k.validated || !validatedOnly) {
        sb.append(sb.length() == 0 ? "" : ", ").append(k.name);
      }
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
