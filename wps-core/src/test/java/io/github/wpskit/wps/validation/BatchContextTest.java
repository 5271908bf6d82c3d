package io.github.wpskit.wps.validation;

import static io.github.wpskit.wps.mission.PersonnelType.MILITARY_CONTINGENTS;
import static io.github.wpskit.wps.validation.Fixtures.CATALOG;
import static io.github.wpskit.wps.validation.Fixtures.catalogValidator;
import static io.github.wpskit.wps.validation.Fixtures.commitment;
import static io.github.wpskit.wps.validation.Fixtures.deployment;
import static io.github.wpskit.wps.validation.Fixtures.issue;
import static io.github.wpskit.wps.validation.Fixtures.mandate;
import static io.github.wpskit.wps.validation.Fixtures.signatory;
import static io.github.wpskit.wps.validation.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.compact.CompactCommitment;
import io.github.wpskit.wps.compact.Signatory;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.resolution.Resolution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch's context ({@link ValidationContext#withAll}, used by {@link Validator#validateAll}) is a
 * layer of the batch's own objects over the caller's context: it answers every lookup as a context
 * built whole with the same objects would, and leaves the caller's context as it was.
 */
class BatchContextTest {
  private static final MissionAcronym UNTESTX = MissionAcronym.parse("UNTESTX");
  private static final MissionAcronym UNMISS = MissionAcronym.parse("UNMISS");

  private static Mission untestx() {
    return Mission.builder().acronym(UNTESTX).started(LocalDate.of(2020, 1, 1)).build();
  }

  @Test
  void aBatchsOwnMissionIsSeenByItsDeployments() {
    ValidationReport report = catalogValidator().validateAll(List.of(
        deployment("UNTESTX", "RWA", MILITARY_CONTINGENTS, "2019-12-31", 1, 9), untestx(),
        deployment("UNTESTX", "RWA", MILITARY_CONTINGENTS, "2020-01-31", 1, 9)));
    assertThat(report.issues()).containsExactly(
        issue("WPS-PAR-004", Severity.ERROR, "$.reportingDate",
            "UNTESTX RWA military-contingents 2019-12-31",
            "Figures dated 2019-12-31, but UNTESTX started on 2020-01-01"));
    // The batch's mission is the caller's: its facts are complete, no horizon applies.
    assertThat(report.skipped()).extracting(s -> s.ruleId().toString())
        .doesNotContain("WPS-PAR-002", "WPS-PAR-003");
  }

  @Test
  void theCallersContextIsNotModified() {
    Validator validator = catalogValidator();
    int missions = CATALOG.all(Mission.class).size();
    Mission replacedUnmiss = Mission.builder().acronym(UNMISS).build();
    validator.validateAll(List.of(untestx(), replacedUnmiss,
        mandate("UNMISS", "S/RES/1325 (2000)", "2024-05-01", "2025-04-30").build()));
    assertThat(validator.context()).isSameAs(CATALOG);
    assertThat(CATALOG.mission(UNTESTX)).isEmpty();
    assertThat(CATALOG.mission(UNMISS).get().started()).contains(LocalDate.of(2011, 7, 9));
    assertThat(CATALOG.all(Mission.class)).hasSize(missions);
    assertThat(CATALOG.mandatesOf(UNMISS)).isEmpty();
    assertThat(CATALOG.missionFacts(UNMISS).horizon).isEqualTo(LocalDate.of(2026, 1, 27));
  }

  @Test
  void aBatchWithoutStoredKindsUsesTheContextItself() {
    assertThat(CATALOG.withAll(List.of(
        deployment("UNMISS", "RWA", MILITARY_CONTINGENTS, "2024-01-31", 1, 9), "not stored")))
        .isSameAs(CATALOG);
  }

  /** A context with mandates and commitments of its own, so that the batch merges with them. */
  private static ValidationContext base() {
    return CATALOG.toBuilder()
        .add(mandate("UNMISS", "S/RES/90001 (2020)", "2021-01-01", "2021-12-31").build())
        .add(mandate("UNMISS", "S/RES/90002 (2021)", "2022-01-01", "2022-12-31").build())
        .add(mandate("UNTM", "S/RES/90001 (2020)", "2021-01-01", "2021-12-31").build())
        .add(signatory("Finland")).add(signatory("Norway"))
        .add(commitment("FIN-1", "Finland", "A.1.1").build())
        .add(commitment("FIN-2", "Finland", "B.2.1").build())
        .add(commitment("NOR-1", "Norway", "A.1.1").build())
        .add(table("UNMISS", "2024-01-01"))
        .build();
  }

  /** Objects of every stored kind: new ones, and ones that replace the base's. */
  private static List<Object> batch() {
    List<Object> batch = new ArrayList<>();
    batch.add(untestx());
    batch.add(Mission.builder().acronym(UNMISS).started(LocalDate.of(2011, 7, 10)).build());
    batch.add(Fixtures.resolution("S/RES/1325 (2000)", "2000-10-30").build());
    batch.add(Fixtures.resolution("S/RES/90020 (2022)", "2022-06-01").build());
    // Replaces the 2022 mandate of UNMISS (same id), and adds one.
    batch.add(mandate("UNMISS", "S/RES/90002 (2021)", "2022-01-01", "2022-06-30").build());
    batch.add(mandate("UNMISS", "S/RES/90020 (2022)", "2022-07-01", "2023-06-30").build());
    batch.add(mandate("UNTESTX", "S/RES/90020 (2022)", "2022-07-01", "2023-06-30").build());
    // FIN-2 moves to Norway: Finland keeps FIN-1 only.
    batch.add(commitment("FIN-2", "Norway", "B.2.1").build());
    batch.add(commitment("SWE-1", "Sweden", "A.1.1").build());
    batch.add(signatory("Sweden"));
    batch.add(table("UNMISS", "2025-01-01"));
    batch.add(deployment("UNMISS", "RWA", MILITARY_CONTINGENTS, "2024-01-31", 1, 9));
    return batch;
  }

  /** The same objects added to a copy of the context, as before batches were layered. */
  private static ValidationContext builtWhole(ValidationContext base, List<Object> batch) {
    ValidationContext.Builder b = base.toBuilder();
    for (Object o : batch) {
      if (!(o instanceof io.github.wpskit.wps.parity.Deployment)) {
        b.add(o);
      }
    }
    return b.build();
  }

  private static void assertSameLookups(ValidationContext layered, ValidationContext whole) {
    for (Class<?> kind : List.of(Resolution.class, Mission.class, Mandate.class,
        GenderStaffingTable.class, Signatory.class, CompactCommitment.class)) {
      List<Object> expected = List.copyOf(whole.all(kind));
      assertThat(List.<Object>copyOf(layered.all(kind))).as(kind.getSimpleName())
          .containsExactlyElementsOf(expected);
    }
    for (Mission m : whole.all(Mission.class)) {
      assertThat(layered.mission(m.acronym())).contains(m);
      assertThat(layered.mandatesOf(m.acronym())).as("mandates of %s", m.acronym())
          .containsExactlyElementsOf(whole.mandatesOf(m.acronym()));
      assertThat(layered.staffingTable(m.acronym())).isEqualTo(whole.staffingTable(m.acronym()));
      ValidationContext.MissionFacts a = layered.missionFacts(m.acronym());
      ValidationContext.MissionFacts b = whole.missionFacts(m.acronym());
      assertThat(a.mission).isEqualTo(b.mission);
      assertThat(a.horizon).as("horizon of %s", m.acronym()).isEqualTo(b.horizon);
    }
    for (String s : List.of("Finland", "Norway", "Sweden", "Nobody")) {
      assertThat(layered.commitmentsOf(s)).as(s).containsExactlyElementsOf(whole.commitmentsOf(s));
    }
    assertThat(layered.knowledgeHorizon()).isEqualTo(whole.knowledgeHorizon());
    assertThat(layered.parityTargets()).isEqualTo(whole.parityTargets());
    assertThat(layered.clock()).isEqualTo(whole.clock());
    assertThat(layered.isEmpty()).isEqualTo(whole.isEmpty());
  }

  @Test
  void theLayerAnswersAsAContextBuiltWholeWould() {
    ValidationContext base = base();
    List<Object> batch = batch();
    ValidationContext layered = base.withAll(batch);
    ValidationContext whole = builtWhole(base, batch);
    assertSameLookups(layered, whole);
    assertThat(layered.commitmentsOf("Finland")).extracting(CompactCommitment::id)
        .containsExactly("FIN-1");
    assertThat(layered.mandatesOf(UNMISS)).extracting(Mandate::end).containsExactly(
        LocalDate.of(2021, 12, 31), LocalDate.of(2022, 6, 30), LocalDate.of(2023, 6, 30));
    // A caller's mission replacing a catalog one: its facts are complete.
    assertThat(layered.missionFacts(UNMISS).horizon).isNull();
    // A builder from the layer holds the same, and so does a layer over the layer.
    assertSameLookups(layered.toBuilder().build(), whole);
    List<Object> more = List.of(signatory("Denmark"), commitment("DEN-1", "Denmark", "A.1.1").build());
    List<Object> both = new ArrayList<>(batch);
    both.addAll(more);
    assertSameLookups(layered.withAll(more), builtWhole(base, both));
    // Validating the batch either way gives the same report.
    assertThat(Validator.of(base).validateAll(batch))
        .isEqualTo(Validator.of(whole).validateAll(batch));
  }
}
