package io.github.wpskit.wps.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.compact.CompactCommitment;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.parity.ParityTargets;
import io.github.wpskit.wps.resolution.Resolution;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every collection the public API returns refuses changes. Walks objects of every kind (generated,
 * the reference catalog, a rule set, a report, a context) through every public no-argument method and
 * tries to add to each collection or map it meets; a mutable one (an {@code ArrayList}, a
 * {@code HashMap}, an {@code EnumSet}) would accept or throw something else.
 */
class UnmodifiableCollectionsTest {
  private final Map<Object, Boolean> visited = new IdentityHashMap<>();
  private final Set<String> checked = new TreeSet<>();

  @Test
  void everyReturnedCollectionIsUnmodifiable() throws Exception {
    Generators g = new Generators(7);
    List<Object> batch = g.mixed(400);
    RuleSet ruleSet = RuleSet.builder().name("org").disable("WPS-RES-005")
        .severity("WPS-RES-001", Severity.WARNING).rule(new ValidatorTest.TitleRequired()).build();
    ValidationContext context = ValidationContext.of(ReferenceCatalog.standard()).withAll(batch);
    List<Object> roots = new ArrayList<>(batch);
    roots.add(ReferenceCatalog.standard());
    roots.add(ParityTargets.ugps());
    roots.add(ruleSet);
    roots.add(Validator.of(ruleSet, context).validateAll(batch));
    roots.add(context);
    for (Object root : roots) {
      walk(root);
    }
    // The context's and the catalogue's lookups take arguments or are static.
    for (Class<?> kind : List.of(Resolution.class, Mission.class, Mandate.class,
        CompactCommitment.class)) {
      assertUnmodifiable("ValidationContext.all(" + kind.getSimpleName() + ")", context.all(kind));
    }
    for (Mission m : context.all(Mission.class)) {
      assertUnmodifiable("ValidationContext.mandatesOf", context.mandatesOf(m.acronym()));
    }
    for (CompactCommitment c : context.all(CompactCommitment.class)) {
      assertUnmodifiable("ValidationContext.commitmentsOf", context.commitmentsOf(c.signatory()));
    }
    assertUnmodifiable("RuleCatalogue.rules", RuleCatalogue.rules());
    assertUnmodifiable("ReferenceCatalog.activeOn",
        ReferenceCatalog.standard().activeOn(java.time.LocalDate.of(2025, 1, 1)));

    // Proves the walk reached every type with collections, so that the test can fail.
    assertThat(checked).contains(
        "CompactCommitment.indicators", "CompactCommitment.policyReferences",
        "CompactReport.entries", "GenderPost.functions", "GenderStaffingTable.posts",
        "Mandate.authorisedStrength", "Mandate.tasks", "MandateTask.citedResolutions",
        "MandateTask.policyReferences", "Mission.establishedBy", "Mission.hostCountries",
        "ParityTargets.targets", "ReferenceCatalog.missions",
        "ReferenceCatalog.resolutions", "ReferenceCatalog.wpsResolutions", "Resolution.pillars",
        "Resolution.recalls", "RuleSet.customRules", "RuleSet.disabled",
        "RuleSet.severityOverrides", "ValidationReport.issues", "ValidationReport.skipped");
  }

  private void walk(Object o) throws Exception {
    if (o == null || visited.put(o, Boolean.TRUE) != null) {
      return;
    }
    if (o instanceof Optional) {
      walk(((Optional<?>) o).orElse(null));
      return;
    }
    if (!o.getClass().getName().startsWith("io.github.wpskit.wps.") || o.getClass().isEnum()) {
      return;
    }
    Class<?> api = o.getClass();
    while (!Modifier.isPublic(api.getModifiers())) {
      api = api.getSuperclass(); // the generated Immutable* class is package-private
    }
    for (Method m : api.getMethods()) {
      if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
          || m.getDeclaringClass() == Object.class || m.getName().startsWith("to")
          || m.getName().equals("hashCode")) {
        continue;
      }
      Object value;
      try {
        value = m.invoke(o);
      } catch (InvocationTargetException e) {
        continue; // e.g. Optional.get on an absent value is not this test's concern
      }
      String name = api.getSimpleName() + "." + m.getName();
      if (value instanceof Collection || value instanceof Map) {
        assertUnmodifiable(name, value);
        Collection<?> elements =
            value instanceof Map ? ((Map<?, ?>) value).values() : (Collection<?>) value;
        for (Object element : elements) {
          walk(element);
        }
      } else {
        walk(value);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void assertUnmodifiable(String name, Object value) {
    checked.add(name);
    if (value instanceof Map) {
      Map<Object, Object> map = (Map<Object, Object>) value;
      refused(name + ".put", () -> map.put(null, null));
      if (!map.isEmpty()) { // an empty Collections.emptyMap() accepts remove: nothing to remove
        Object key = map.keySet().iterator().next();
        refused(name + ".remove", () -> map.remove(key));
      }
    } else {
      Collection<Object> collection = (Collection<Object>) value;
      refused(name + ".add", () -> collection.add(null));
      if (!collection.isEmpty()) {
        Object element = collection.iterator().next();
        refused(name + ".remove", () -> collection.remove(element));
      }
    }
  }

  private static void refused(String what, ThrowingCallable change) {
    assertThat(catchThrowable(change)).as(what).isInstanceOf(UnsupportedOperationException.class);
  }
}
