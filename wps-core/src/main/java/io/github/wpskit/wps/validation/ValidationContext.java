package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What rules may look up while they judge an object: the reference data (resolutions, missions and
 * mandates now; signatories, commitments and parity targets as rules need them) and the clock that
 * says what "today" is.
 *
 * <p>Objects are stored by kind and key: a {@link Resolution} under its {@link ResolutionSymbol}, a
 * {@link Mission} under its {@link MissionAcronym}, a {@link Mandate} under its {@link Mandate#id()}.
 * Start from the reference catalog ({@link #of(ReferenceCatalog)}) and add the caller's own objects; an object added later replaces an
 * earlier one with the same key, so a caller can correct a catalog entry. {@link #find(Class, Object)}
 * and {@link #all(Class)} work for every stored kind; typed shortcuts such as
 * {@link #resolution(ResolutionSymbol)} read better in rules.
 *
 * <p>The clock defaults to {@link Clock#systemUTC()}: UTC is ahead of New York, where the Council
 * meets, so a resolution adopted today is never dated in the future. Tests pass a fixed clock.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationContext {
  private static final ValidationContext EMPTY =
      new ValidationContext(Clock.systemUTC(), Collections.emptyMap());

  private final Clock clock;
  /** Kind type to (key to value), each map unmodifiable and in insertion order. */
  private final Map<Class<?>, Map<Object, Object>> entries;

  private ValidationContext(Clock clock, Map<Class<?>, Map<Object, Object>> entries) {
    this.clock = clock;
    this.entries = entries;
  }

  /**
   * Returns a context with nothing in it and the system UTC clock.
   *
   * @return the empty context
   */
  public static ValidationContext empty() {
    return EMPTY;
  }

  /**
   * Returns a context holding a reference catalog's resolutions and missions, with the system UTC
   * clock. For the catalog shipped with the library: {@code of(ReferenceCatalog.standard())}.
   *
   * @param catalog the catalog, not null
   * @return the context
   */
  public static ValidationContext of(ReferenceCatalog catalog) {
    return builder().addCatalog(catalog).build();
  }

  /**
   * Returns a builder for a new context, with the system UTC clock and nothing in it.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder(Clock.systemUTC(), Collections.emptyMap());
  }

  /**
   * Returns a builder that starts from this context's clock and contents.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(clock, entries);
  }

  /**
   * Returns whether objects of a type can be stored in a context, such as {@code Resolution.class}.
   *
   * @param kind the type, not null
   * @return true for a stored kind
   */
  public static boolean isStoredKind(Class<?> kind) {
    Objects.requireNonNull(kind, "kind");
    return Kinds.ofType(kind) != null;
  }

  /**
   * Returns the clock that says what today is.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns today's date according to the clock.
   *
   * @return today
   */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Finds an object by kind and key, such as {@code find(Resolution.class, symbol)}.
   *
   * @param kind the stored kind, not null
   * @param key the key, such as a {@link ResolutionSymbol}, not null
   * @param <V> the kind
   * @return the object, or empty when the context does not know it
   */
  public <V> Optional<V> find(Class<V> kind, Object key) {
    return Optional.ofNullable(get(kind, key));
  }

  /** Like {@link #find} without the Optional, for rules on the hot path: null when absent. */
  <V> V get(Class<V> kind, Object key) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Map<Object, Object> byKey = entries.get(kind);
    return byKey == null ? null : kind.cast(byKey.get(key));
  }

  /**
   * Returns every stored object of a kind, in the order added.
   *
   * @param kind the stored kind, not null
   * @param <V> the kind
   * @return an unmodifiable collection, possibly empty
   */
  @SuppressWarnings("unchecked")
  public <V> Collection<V> all(Class<V> kind) {
    Objects.requireNonNull(kind, "kind");
    Map<Object, Object> byKey = entries.get(kind);
    return byKey == null ? Collections.emptyList() : (Collection<V>) byKey.values();
  }

  /**
   * Finds a resolution by its symbol.
   *
   * @param symbol the symbol, not null
   * @return the resolution, or empty when the context does not know it
   */
  public Optional<Resolution> resolution(ResolutionSymbol symbol) {
    return find(Resolution.class, symbol);
  }

  /**
   * Finds a mission by its acronym.
   *
   * @param acronym the acronym, not null
   * @return the mission, or empty when the context does not know it
   */
  public Optional<Mission> mission(MissionAcronym acronym) {
    return find(Mission.class, acronym);
  }

  /**
   * Finds a mandate by its id, such as {@code UNMISS S/RES/2729 (2024)}.
   *
   * @param id the mandate id, as {@link Mandate#id()} writes it, not null
   * @return the mandate, or empty when the context does not know it
   */
  public Optional<Mandate> mandate(String id) {
    return find(Mandate.class, id);
  }

  /**
   * Returns whether there are no objects of any kind in the context.
   *
   * @return true for an empty context
   */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * Returns a context that also holds those of the objects that are of a stored kind; others are
   * ignored. Used by {@link Validator#validateAll} so that objects of a batch can refer to each other.
   *
   * @param objects the objects, not null, without null elements
   * @return the extended context, or this one if no object is of a stored kind
   */
  public ValidationContext withAll(Collection<?> objects) {
    Objects.requireNonNull(objects, "objects");
    Builder builder = null;
    for (Object o : objects) {
      Kinds.Kind<?> kind = Kinds.of(Objects.requireNonNull(o, "objects element"));
      if (kind != null && Kinds.keyOf(kind, o) != null) {
        if (builder == null) {
          builder = toBuilder();
        }
        builder.put(kind, o);
      }
    }
    return builder == null ? this : builder.build();
  }

  /**
   * Builds {@link ValidationContext} values. Not thread-safe.
   */
  public static final class Builder {
    private Clock clock;
    private final Map<Class<?>, Map<Object, Object>> entries = new LinkedHashMap<>();

    private Builder(Clock clock, Map<Class<?>, Map<Object, Object>> from) {
      this.clock = clock;
      for (Map.Entry<Class<?>, Map<Object, Object>> e : from.entrySet()) {
        entries.put(e.getKey(), new LinkedHashMap<>(e.getValue()));
      }
    }

    /**
     * Sets the clock that says what today is.
     *
     * @param clock the clock, not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Adds an object of a stored kind, replacing any earlier one with the same key.
     *
     * @param value the object, such as a {@link Resolution}, not null
     * @return this builder
     * @throws IllegalArgumentException if the object is not of a stored kind
     */
    public Builder add(Object value) {
      Objects.requireNonNull(value, "value");
      Kinds.Kind<?> kind = Kinds.of(value);
      if (kind == null || Kinds.keyOf(kind, value) == null) {
        throw new IllegalArgumentException(
            "A validation context cannot hold objects of type " + value.getClass().getName()
                + "; stored kinds: " + Kinds.STORED_NAMES);
      }
      return put(kind, value);
    }

    /**
     * Adds a reference catalog's resolutions and missions, replacing earlier entries with the same
     * keys.
     *
     * @param catalog the catalog, not null
     * @return this builder
     */
    public Builder addCatalog(ReferenceCatalog catalog) {
      Objects.requireNonNull(catalog, "catalog");
      addAll(catalog.resolutions());
      return addAll(catalog.missions());
    }

    /**
     * Adds objects of stored kinds, in order, each replacing any earlier one with the same key.
     *
     * @param values the objects, not null, without null elements
     * @return this builder
     * @throws IllegalArgumentException if an object is not of a stored kind
     */
    public Builder addAll(Iterable<?> values) {
      Objects.requireNonNull(values, "values");
      for (Object value : values) {
        add(value);
      }
      return this;
    }

    Builder put(Kinds.Kind<?> kind, Object value) {
      entries.computeIfAbsent(kind.type, k -> new LinkedHashMap<>()).put(Kinds.keyOf(kind, value), value);
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context
     */
    public ValidationContext build() {
      Map<Class<?>, Map<Object, Object>> copy = new LinkedHashMap<>();
      for (Map.Entry<Class<?>, Map<Object, Object>> e : entries.entrySet()) {
        copy.put(e.getKey(), Collections.unmodifiableMap(new LinkedHashMap<>(e.getValue())));
      }
      return new ValidationContext(clock, Collections.unmodifiableMap(copy));
    }
  }
}
