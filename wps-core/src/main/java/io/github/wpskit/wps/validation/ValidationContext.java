package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.compact.Compact;
import io.github.wpskit.wps.compact.CompactCommitment;
import io.github.wpskit.wps.compact.Signatory;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.mission.Closure;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.MissionTimeline;
import io.github.wpskit.wps.parity.ParityTargets;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What rules may look up while they judge an object: the reference data (resolutions, missions,
 * mandates, gender staffing tables, Compact signatories and commitments), the gender parity targets,
 * the Compact's target-year horizon, and the clock that says what "today" is.
 *
 * <p>Objects are stored by kind and key: a {@link Resolution} under its {@link ResolutionSymbol}, a
 * {@link Mission} under its {@link MissionAcronym}, a {@link Mandate} under its {@link Mandate#id()},
 * a {@link GenderStaffingTable} under its mission (one table per mission), a {@link Signatory} under
 * its name and a {@link CompactCommitment} under its id. Start from the reference catalog
 * ({@link #of(ReferenceCatalog)}) and add the caller's own objects; an object added later replaces an
 * earlier one with the same key, so a caller can correct a catalog entry. {@link #find(Class, Object)}
 * and {@link #all(Class)} work for every stored kind; typed shortcuts such as
 * {@link #resolution(ResolutionSymbol)}, {@link #mandatesOf(MissionAcronym)} or
 * {@link #commitmentsOf(String)} read better in rules.
 *
 * <p>Settings, each with a default: the {@link #parityTargets() parity targets} (the confirmed
 * targets of the Uniformed Gender Parity Strategy, {@link ParityTargets#ugps()}) and the
 * {@link #compactHorizonStart() Compact horizon} within which commitments' target years should fall
 * (2021, the year of the Compact's launch, to 2026: the launch called the Compact part of a
 * "five-year push").
 *
 * <p>The clock defaults to {@link Clock#systemUTC()}: UTC is ahead of New York, where the Council
 * meets, so a resolution adopted today is never dated in the future. Tests pass a fixed clock.
 *
 * <p>{@link #withAll} (what {@link Validator#validateAll} uses for a batch) lays the batch's objects
 * over this context instead of copying it: only the batch's own objects are indexed, and lookups
 * fall through to this context, which is neither copied nor changed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationContext {
  /** The first year of the default Compact horizon: the year of the launch, 2021. */
  public static final Year DEFAULT_COMPACT_HORIZON_START = Year.of(Compact.LAUNCH_DATE.getYear());
  /**
   * The last year of the default Compact horizon, 2026: the Compact was launched in 2021 as part of a
   * "five-year push" (UN Women press release of 2 July 2021).
   */
  public static final Year DEFAULT_COMPACT_HORIZON_END = Year.of(Compact.LAUNCH_DATE.getYear() + 5);

  private static final ValidationContext EMPTY =
      new ValidationContext(
          Clock.systemUTC(), Collections.emptyMap(), ParityTargets.ugps(),
          DEFAULT_COMPACT_HORIZON_START, DEFAULT_COMPACT_HORIZON_END, null, Set.of());

  private final Clock clock;
  /**
   * The context under this one's entries, already indexed, or null for a context built whole. A
   * layer ({@link #withAll}) has a whole context as its base, never another layer.
   */
  private final ValidationContext base;
  /**
   * Kind type to (key to value), each map unmodifiable and in insertion order: all the entries of a
   * whole context, the layer's own of a layer (which replace the base's with the same key).
   */
  private final Map<Class<?>, Map<Object, Object>> entries;
  /** A layer's {@link #all} per kind, base and own merged, computed when first asked; else null. */
  private final Map<Class<?>, Collection<Object>> merged;
  private final ParityTargets parityTargets;
  private final Year horizonStart;
  private final Year horizonEnd;
  /** The date to which the reference data's facts run, or null to take them as complete. */
  private final LocalDate knowledgeHorizon;
  /** The missions that came from a catalog (and were not replaced), to which the horizon applies. */
  private final Set<MissionAcronym> catalogMissions;

  // Indexes derived from the entries and settings once, so that rules on hot paths look up without
  // allocating (no Optional, no boxing, no copies).
  private final Map<MissionAcronym, List<Mandate>> mandatesByMission;
  private final Map<String, List<CompactCommitment>> commitmentsBySignatory;
  private final Map<MissionAcronym, MissionFacts> missionFacts;

  private ValidationContext(
      Clock clock, Map<Class<?>, Map<Object, Object>> entries, ParityTargets parityTargets,
      Year horizonStart, Year horizonEnd, LocalDate knowledgeHorizon,
      Set<MissionAcronym> catalogMissions) {
    this.clock = clock;
    this.base = null;
    this.merged = null;
    this.knowledgeHorizon = knowledgeHorizon;
    this.catalogMissions = catalogMissions;
    this.entries = entries;
    this.parityTargets = parityTargets;
    this.horizonStart = horizonStart;
    this.horizonEnd = horizonEnd;
    this.mandatesByMission = indexMandates(all(Mandate.class));
    this.commitmentsBySignatory = indexCommitments(all(CompactCommitment.class));
    Map<MissionAcronym, MissionFacts> facts = new HashMap<>();
    for (Mission m : all(Mission.class)) {
      facts.put(m.acronym(), new MissionFacts(
          m, catalogMissions.contains(m.acronym()) ? knowledgeHorizon : null));
    }
    this.missionFacts = facts;
  }

  /**
   * A layer of objects over a whole context: settings are the base's, and only the layer's own
   * objects are indexed. A mission of the layer is the caller's (the knowledge horizon does not
   * apply to it); a mission's mandates and a signatory's commitments are merged with the base's
   * where the layer has some.
   */
  private ValidationContext(ValidationContext base, Map<Class<?>, Map<Object, Object>> own) {
    this.base = base;
    this.clock = base.clock;
    this.parityTargets = base.parityTargets;
    this.horizonStart = base.horizonStart;
    this.horizonEnd = base.horizonEnd;
    this.knowledgeHorizon = base.knowledgeHorizon;
    this.catalogMissions = Set.of();
    this.merged = new ConcurrentHashMap<>();
    Map<Class<?>, Map<Object, Object>> copy = new LinkedHashMap<>();
    for (Map.Entry<Class<?>, Map<Object, Object>> e : own.entrySet()) {
      copy.put(e.getKey(), Collections.unmodifiableMap(e.getValue()));
    }
    this.entries = Collections.unmodifiableMap(copy);

    Map<Object, Object> ownMandates = entries.getOrDefault(Mandate.class, Map.of());
    Map<MissionAcronym, List<Mandate>> mandates = new HashMap<>();
    for (Object o : ownMandates.values()) {
      MissionAcronym mission = ((Mandate) o).mission();
      if (!mandates.containsKey(mission)) {
        List<Mandate> list = new ArrayList<>();
        for (Mandate m : base.mandatesOf(mission)) {
          if (!ownMandates.containsKey(m.id())) {
            list.add(m);
          }
        }
        for (Object other : ownMandates.values()) {
          if (((Mandate) other).mission().equals(mission)) {
            list.add((Mandate) other);
          }
        }
        mandates.put(mission, list);
      }
    }
    this.mandatesByMission = sortedMandates(mandates);

    Map<Object, Object> ownCommitments = entries.getOrDefault(CompactCommitment.class, Map.of());
    Set<String> signatories = new HashSet<>();
    for (Map.Entry<Object, Object> e : ownCommitments.entrySet()) {
      signatories.add(((CompactCommitment) e.getValue()).signatory());
      CompactCommitment replaced = base.get(CompactCommitment.class, e.getKey());
      if (replaced != null) {
        signatories.add(replaced.signatory());
      }
    }
    Map<String, List<CompactCommitment>> commitments = new HashMap<>();
    if (!signatories.isEmpty()) {
      for (CompactCommitment c : all(CompactCommitment.class)) {
        if (signatories.contains(c.signatory())) {
          commitments.computeIfAbsent(c.signatory(), k -> new ArrayList<>()).add(c);
        }
      }
      for (String signatory : signatories) {
        commitments.putIfAbsent(signatory, new ArrayList<>());
      }
      commitments.replaceAll((k, v) -> List.copyOf(v));
    }
    this.commitmentsBySignatory = commitments;

    Map<MissionAcronym, MissionFacts> facts = new HashMap<>();
    for (Object m : entries.getOrDefault(Mission.class, Map.of()).values()) {
      facts.put(((Mission) m).acronym(), new MissionFacts((Mission) m, null));
    }
    this.missionFacts = facts;
  }

  private static Map<MissionAcronym, List<Mandate>> indexMandates(Collection<Mandate> mandates) {
    Map<MissionAcronym, List<Mandate>> byMission = new HashMap<>();
    for (Mandate m : mandates) {
      byMission.computeIfAbsent(m.mission(), k -> new ArrayList<>()).add(m);
    }
    return sortedMandates(byMission);
  }

  private static Map<MissionAcronym, List<Mandate>> sortedMandates(
      Map<MissionAcronym, List<Mandate>> byMission) {
    Map<MissionAcronym, List<Mandate>> sorted = new HashMap<>();
    for (Map.Entry<MissionAcronym, List<Mandate>> e : byMission.entrySet()) {
      List<Mandate> list = e.getValue();
      list.sort(Comparator.comparing(Mandate::start).thenComparing(Mandate::end)
          .thenComparing(Mandate::id));
      sorted.put(e.getKey(), List.copyOf(list));
    }
    return sorted;
  }

  private static Map<String, List<CompactCommitment>> indexCommitments(
      Collection<CompactCommitment> commitments) {
    Map<String, List<CompactCommitment>> bySignatory = new HashMap<>();
    for (CompactCommitment c : commitments) {
      bySignatory.computeIfAbsent(c.signatory(), k -> new ArrayList<>()).add(c);
    }
    bySignatory.replaceAll((k, v) -> List.copyOf(v));
    return bySignatory;
  }

  /**
   * What rules on hot paths need of a mission, unwrapped from its Optionals once: the mission itself,
   * its {@link MissionTimeline}, the earliest date it can have been present, and the end of the
   * withdrawal of a closed mission.
   */
  static final class MissionFacts {
    final Mission mission;
    final MissionTimeline timeline;
    /** The day it started, else 1 January of the year established, else null. */
    final LocalDate earliest;
    /** Whether {@link #earliest} is the start date (rather than derived from the year). */
    final boolean earliestIsStart;
    /**
     * The withdrawal deadline, else the end of operations or of the mandate, or null while no
     * closure with a date is known: the day after which gender posts and mandates are not expected.
     */
    final LocalDate lastDayOfPresence;
    /** The closure, or null while none is known. */
    final Closure closure;
    /** The knowledge horizon for this mission's facts, or null to take them as complete. */
    final LocalDate horizon;

    MissionFacts(Mission m, LocalDate horizon) {
      this.mission = m;
      this.horizon = horizon;
      this.timeline = m.timeline();
      this.earliest = timeline.earliest();
      this.earliestIsStart = timeline.earliestIsStart();
      this.closure = m.closure().orElse(null);
      this.lastDayOfPresence = timeline.endOfWithdrawal();
    }
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
    return EMPTY.toBuilder();
  }

  /**
   * Returns a builder that starts from this context's clock and contents.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns whether objects of a type can be stored in a context, such as {@code Resolution.class}.
   *
   * @param kind the type, not null
   * @return true for a stored kind
   */
  public static boolean isStoredKind(Class<?> kind) {
    Objects.requireNonNull(kind, "kind");
    Kinds.Kind<?> k = Kinds.ofType(kind);
    return k != null && k.stored;
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
    Object value = byKey == null ? null : byKey.get(key);
    return value == null && base != null ? base.get(kind, key) : kind.cast(value);
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
    if (base == null || byKey == null) {
      return byKey != null ? (Collection<V>) byKey.values()
          : base != null ? base.all(kind) : Collections.emptyList();
    }
    return (Collection<V>) merged.computeIfAbsent(kind, k -> merge(k, byKey));
  }

  /**
   * A layer's objects of a kind in the order a builder would give: the base's, each replaced in
   * place by the layer's object with its key, then the layer's others in the order added.
   */
  private Collection<Object> merge(Class<?> kind, Map<Object, Object> own) {
    Map<Object, Object> all = new LinkedHashMap<>(base.entries.getOrDefault(kind, Map.of()));
    all.putAll(own);
    return Collections.unmodifiableCollection(new ArrayList<>(all.values()));
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
   * Returns the mandates of a mission, ordered by start, then end, then id.
   *
   * @param acronym the mission's acronym, not null
   * @return an unmodifiable list, possibly empty
   */
  public List<Mandate> mandatesOf(MissionAcronym acronym) {
    List<Mandate> list = mandatesByMission.get(Objects.requireNonNull(acronym, "acronym"));
    return list != null ? list : base != null ? base.mandatesOf(acronym) : Collections.emptyList();
  }

  /**
   * Finds the gender staffing table of a mission (a context holds one per mission).
   *
   * @param acronym the mission's acronym, not null
   * @return the table, or empty when the context does not know one
   */
  public Optional<GenderStaffingTable> staffingTable(MissionAcronym acronym) {
    return find(GenderStaffingTable.class, acronym);
  }

  /**
   * Finds a Compact signatory by its name.
   *
   * @param name the name, not null
   * @return the signatory, or empty when the context does not know it
   */
  public Optional<Signatory> signatory(String name) {
    return find(Signatory.class, name);
  }

  /**
   * Finds a Compact commitment by its id.
   *
   * @param id the commitment's id, not null
   * @return the commitment, or empty when the context does not know it
   */
  public Optional<CompactCommitment> commitment(String id) {
    return find(CompactCommitment.class, id);
  }

  /**
   * Returns the commitments of a signatory, in the order added.
   *
   * @param signatory the signatory's name, not null
   * @return an unmodifiable list, possibly empty
   */
  public List<CompactCommitment> commitmentsOf(String signatory) {
    List<CompactCommitment> list =
        commitmentsBySignatory.get(Objects.requireNonNull(signatory, "signatory"));
    return list != null ? list
        : base != null ? base.commitmentsOf(signatory) : Collections.emptyList();
  }

  /**
   * Returns the gender parity targets against which deployment figures are measured; by default
   * {@link ParityTargets#ugps()}.
   *
   * @return the targets
   */
  public ParityTargets parityTargets() {
    return parityTargets;
  }

  /**
   * Returns the first year of the horizon within which Compact commitments' target years should fall;
   * by default {@link #DEFAULT_COMPACT_HORIZON_START} (2021).
   *
   * @return the first year
   */
  public Year compactHorizonStart() {
    return horizonStart;
  }

  /**
   * Returns the last year of the horizon within which Compact commitments' target years should fall;
   * by default {@link #DEFAULT_COMPACT_HORIZON_END} (2026).
   *
   * @return the last year, not before {@link #compactHorizonStart()}
   */
  public Year compactHorizonEnd() {
    return horizonEnd;
  }

  /**
   * Returns the knowledge horizon: the date to which the reference data's facts run. A context made
   * from a catalog takes the catalog's {@link ReferenceCatalog#knowledgeHorizon()} (the earliest,
   * when several are added); {@link Builder#knowledgeHorizon} sets another. It applies to the
   * missions that came from a catalog: rules that need a fact about them beyond it skip, naming it.
   * A mission the caller adds (or a catalog mission the caller replaces) holds the caller's facts,
   * taken as complete. Empty for a context without a catalog.
   *
   * @return the horizon, or empty
   */
  public Optional<LocalDate> knowledgeHorizon() {
    return Optional.ofNullable(knowledgeHorizon);
  }

  /** What the hot-path rules need of a mission, or null when the context does not know it. */
  MissionFacts missionFacts(MissionAcronym acronym) {
    MissionFacts facts = missionFacts.get(acronym);
    return facts == null && base != null ? base.missionFacts(acronym) : facts;
  }

  /**
   * Returns whether there are no objects of any kind in the context.
   *
   * @return true for an empty context
   */
  public boolean isEmpty() {
    return entries.isEmpty() && (base == null || base.isEmpty());
  }

  /**
   * Returns a context that also holds those of the objects that are of a stored kind, each
   * replacing any entry with the same key as {@link Builder#add} does; others are ignored. Used by
   * {@link Validator#validateAll} so that objects of a batch can refer to each other.
   *
   * <p>The objects are laid over this context rather than copied into a new one: only they are
   * indexed, and every lookup they do not answer falls through to this context, unchanged. So a
   * batch of a few documents costs as much to add to the standard catalog as to an empty context.
   *
   * @param objects the objects, not null, without null elements
   * @return the extended context, or this one if no object is of a stored kind
   */
  public ValidationContext withAll(Collection<?> objects) {
    Objects.requireNonNull(objects, "objects");
    Map<Class<?>, Map<Object, Object>> own = null;
    for (Object o : objects) {
      Kinds.Kind<?> kind = Kinds.of(Objects.requireNonNull(o, "objects element"));
      Object key = kind == null ? null : Kinds.keyOf(kind, o);
      if (key != null) {
        if (own == null) {
          own = new LinkedHashMap<>();
          if (base != null) {
            // A layer over a layer would make lookups walk a chain: merge with this one's objects.
            for (Map.Entry<Class<?>, Map<Object, Object>> e : entries.entrySet()) {
              own.put(e.getKey(), new LinkedHashMap<>(e.getValue()));
            }
          }
        }
        own.computeIfAbsent(kind.type, k -> new LinkedHashMap<>()).put(key, o);
      }
    }
    return own == null ? this : new ValidationContext(base != null ? base : this, own);
  }

  /**
   * Builds {@link ValidationContext} values. Not thread-safe.
   */
  public static final class Builder {
    private Clock clock;
    private ParityTargets parityTargets;
    private Year horizonStart;
    private Year horizonEnd;
    private LocalDate knowledgeHorizon;
    private final Set<MissionAcronym> catalogMissions = new HashSet<>();
    private final Map<Class<?>, Map<Object, Object>> entries = new LinkedHashMap<>();

    private Builder(ValidationContext from) {
      ValidationContext whole = from.base != null ? from.base : from;
      this.clock = whole.clock;
      this.knowledgeHorizon = whole.knowledgeHorizon;
      this.catalogMissions.addAll(whole.catalogMissions);
      this.parityTargets = whole.parityTargets;
      this.horizonStart = whole.horizonStart;
      this.horizonEnd = whole.horizonEnd;
      for (Map.Entry<Class<?>, Map<Object, Object>> e : whole.entries.entrySet()) {
        entries.put(e.getKey(), new LinkedHashMap<>(e.getValue()));
      }
      if (from.base != null) {
        for (Map.Entry<Class<?>, Map<Object, Object>> e : from.entries.entrySet()) {
          for (Map.Entry<Object, Object> o : e.getValue().entrySet()) {
            putEntry(e.getKey(), o.getKey(), o.getValue());
          }
        }
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
     * Sets the gender parity targets against which deployment figures are measured, replacing the
     * default {@link ParityTargets#ugps()}: for instance {@code ParityTargets.ugps().withTarget(...)}
     * to supply a year's target that the library does not ship.
     *
     * @param targets the targets, not null
     * @return this builder
     */
    public Builder parityTargets(ParityTargets targets) {
      this.parityTargets = Objects.requireNonNull(targets, "targets");
      return this;
    }

    /**
     * Sets the horizon within which Compact commitments' target years should fall, both years
     * included; by default 2021 to 2026.
     *
     * @param start the first year, not null
     * @param end the last year, not before {@code start}, not null
     * @return this builder
     * @throws InvalidValueException if {@code end} is before {@code start}
     */
    public Builder compactHorizon(Year start, Year end) {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (end.isBefore(start)) {
        throw new InvalidValueException(
            "ValidationContext.compactHorizon", end, "must not end before it starts " + start);
      }
      this.horizonStart = start;
      this.horizonEnd = end;
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
      if (kind == null || !kind.stored) {
        throw new IllegalArgumentException(
            "A validation context cannot hold objects of type " + value.getClass().getName()
                + "; stored kinds: " + Kinds.STORED_NAMES);
      }
      return put(kind, value);
    }

    /**
     * Sets the knowledge horizon, the date to which the reference data's facts run, replacing the
     * one taken from a catalog.
     *
     * @param horizon the date, not null
     * @return this builder
     */
    public Builder knowledgeHorizon(LocalDate horizon) {
      this.knowledgeHorizon = Objects.requireNonNull(horizon, "horizon");
      return this;
    }

    /**
     * Adds a reference catalog's resolutions and missions, replacing earlier entries with the same
     * keys, and takes its {@link ReferenceCatalog#knowledgeHorizon()}, where it has one, as the
     * context's (or keeps the context's where that is earlier: facts run only as far as the least
     * of their sources).
     *
     * @param catalog the catalog, not null
     * @return this builder
     */
    public Builder addCatalog(ReferenceCatalog catalog) {
      Objects.requireNonNull(catalog, "catalog");
      LocalDate h = catalog.knowledgeHorizon().orElse(null);
      if (h != null && (knowledgeHorizon == null || h.isBefore(knowledgeHorizon))) {
        knowledgeHorizon = h;
      }
      addAll(catalog.resolutions());
      addAll(catalog.missions());
      for (Mission m : catalog.missions()) {
        catalogMissions.add(m.acronym());
      }
      return this;
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
      return putEntry(kind.type, Kinds.keyOf(kind, value), value);
    }

    private Builder putEntry(Class<?> type, Object key, Object value) {
      if (value instanceof Mission) {
        catalogMissions.remove(((Mission) value).acronym());
      }
      entries.computeIfAbsent(type, k -> new LinkedHashMap<>()).put(key, value);
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
      return new ValidationContext(
          clock, Collections.unmodifiableMap(copy), parityTargets, horizonStart, horizonEnd,
          knowledgeHorizon, Set.copyOf(catalogMissions));
    }
  }
}
