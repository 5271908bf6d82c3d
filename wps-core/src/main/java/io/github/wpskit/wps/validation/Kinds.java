package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.compact.CompactCommitment;
import io.github.wpskit.wps.compact.CompactReport;
import io.github.wpskit.wps.compact.Signatory;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.resolution.Resolution;
import java.util.List;

/**
 * The top-level kinds of object the library validates and the validation context stores: how each is
 * named in issues (its object id) and under which key the context finds it.
 *
 * <p>Extension point: a new kind is one more {@link Kind} in {@link #ALL}, plus its rules in
 * {@link RuleCatalogue}. A kind is {@code validated} when built-in rules judge it (otherwise the
 * validator refuses it rather than return an empty report that would look like "checked and fine"),
 * and {@code stored} when contexts hold it for cross-references (then {@link Kind#keyOf} is its key).
 */
final class Kinds {
  /** One kind of top-level object. */
  abstract static class Kind<T> {
    final Class<T> type;
    final String name;
    /** Whether built-in rules judge this kind, so that the validator accepts it without custom rules. */
    final boolean validated;
    /** Whether contexts store this kind, under {@link #keyOf}. */
    final boolean stored;

    Kind(Class<T> type, String name, boolean validated, boolean stored) {
      this.type = type;
      this.name = name;
      this.validated = validated;
      this.stored = stored;
    }

    /** The id naming the object in issues, such as {@code S/RES/1325 (2000)}. */
    abstract String idOf(T value);

    /** The key under which the context stores the object, or null if the context does not store it. */
    Object keyOf(T value) {
      return null;
    }
  }

  static final Kind<Resolution> RESOLUTION =
      new Kind<>(Resolution.class, "Resolution", true, true) {
        @Override
        String idOf(Resolution value) {
          return value.symbol().toString();
        }

        @Override
        Object keyOf(Resolution value) {
          return value.symbol();
        }
      };

  static final Kind<Mission> MISSION =
      new Kind<>(Mission.class, "Mission", true, true) {
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
      new Kind<>(Mandate.class, "Mandate", true, true) {
        @Override
        String idOf(Mandate value) {
          return value.id();
        }

        @Override
        Object keyOf(Mandate value) {
          return value.id();
        }
      };

  /** Stored by mission: a context holds one table per mission, the one added last. */
  static final Kind<GenderStaffingTable> GENDER_STAFFING_TABLE =
      new Kind<>(GenderStaffingTable.class, "GenderStaffingTable", true, true) {
        @Override
        String idOf(GenderStaffingTable value) {
          return value.id();
        }

        @Override
        Object keyOf(GenderStaffingTable value) {
          return value.mission();
        }
      };

  /** Stored by name, the signatory's identity in commitments and reports; no rules judge it. */
  static final Kind<Signatory> SIGNATORY =
      new Kind<>(Signatory.class, "Signatory", false, true) {
        @Override
        String idOf(Signatory value) {
          return value.name();
        }

        @Override
        Object keyOf(Signatory value) {
          return value.name();
        }
      };

  static final Kind<CompactCommitment> COMPACT_COMMITMENT =
      new Kind<>(CompactCommitment.class, "CompactCommitment", true, true) {
        @Override
        String idOf(CompactCommitment value) {
          return value.id();
        }

        @Override
        Object keyOf(CompactCommitment value) {
          return value.id();
        }
      };

  /** Validated, not stored: nothing refers to a report. Named by signatory and year reported on. */
  static final Kind<CompactReport> COMPACT_REPORT =
      new Kind<>(CompactReport.class, "CompactReport", true, false) {
        @Override
        String idOf(CompactReport value) {
          return value.signatory() + " " + value.reportingYear();
        }
      };

  /** Validated, not stored: deployment records come in bulk and nothing refers to one. */
  static final Kind<Deployment> DEPLOYMENT =
      new Kind<>(Deployment.class, "Deployment", true, false) {
        @Override
        String idOf(Deployment value) {
          return value.id();
        }
      };

  /** Every kind, in the order they are tried; no kind is a subtype of another. */
  static final List<Kind<?>> ALL =
      List.of(
          RESOLUTION, MISSION, MANDATE, GENDER_STAFFING_TABLE, SIGNATORY, COMPACT_COMMITMENT,
          COMPACT_REPORT, DEPLOYMENT);

  /** The names of the kinds built-in rules judge, for messages: {@code "Resolution, Mission, ..."}. */
  static final String VALIDATED_NAMES = names(true);

  /** The names of the kinds contexts store, for messages. */
  static final String STORED_NAMES = names(false);

  private Kinds() {}

  /** The names of the validated kinds ({@code true}) or of the stored kinds ({@code false}). */
  private static String names(boolean validatedOnly) {
    StringBuilder sb = new StringBuilder();
    for (Kind<?> k : ALL) {
      if (validatedOnly ? k.validated : k.stored) {
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
    return kind.stored ? ((Kind<Object>) kind).keyOf(value) : null;
  }
}
