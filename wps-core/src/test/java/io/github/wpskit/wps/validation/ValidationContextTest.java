package io.github.wpskit.wps.validation;

import static io.github.wpskit.wps.validation.Fixtures.res1325;
import static io.github.wpskit.wps.validation.Fixtures.resolution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.compact.CompactCommitment;
import io.github.wpskit.wps.compact.CompactReport;
import io.github.wpskit.wps.compact.Signatory;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.PersonnelType;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityTargets;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationContextTest {
  private static final ResolutionSymbol S1325 = ResolutionSymbol.of(1325, 2000);

  @Test
  void findsResolutionsBySymbol() {
    ValidationContext ctx = ValidationContext.builder().add(res1325()).build();
    assertThat(ctx.resolution(S1325)).contains(res1325());
    assertThat(ctx.find(Resolution.class, S1325)).contains(res1325());
    assertThat(ctx.resolution(ResolutionSymbol.of(1820, 2008))).isEmpty();
    assertThat(ctx.all(Resolution.class)).containsExactly(res1325());
    assertThat(ctx.isEmpty()).isFalse();
    assertThat(ValidationContext.empty().isEmpty()).isTrue();
    assertThat(ValidationContext.isStoredKind(Resolution.class)).isTrue();
    assertThat(ValidationContext.isStoredKind(String.class)).isFalse();
  }

  /** Facts run only as far as the least of their sources; a horizon set by hand replaces them. */
  @Test
  void theKnowledgeHorizonIsTheEarliestOfTheCatalogsUnlessSet() {
    ReferenceCatalog to2025 = ReferenceCatalog.of("2025", List.of(), List.of());
    ReferenceCatalog to2030 = ReferenceCatalog.of("2030", List.of(), List.of());
    ReferenceCatalog undated = ReferenceCatalog.of("late 2025", List.of(), List.of());
    LocalDate end2025 = LocalDate.of(2025, 12, 31);
    assertThat(ValidationContext.builder().build().knowledgeHorizon()).isEmpty();
    assertThat(ValidationContext.builder().addCatalog(undated).build().knowledgeHorizon()).isEmpty();
    assertThat(ValidationContext.builder().addCatalog(to2025).addCatalog(to2030).build()
        .knowledgeHorizon()).contains(end2025);
    assertThat(ValidationContext.builder().addCatalog(to2030).addCatalog(to2025).build()
        .knowledgeHorizon()).contains(end2025);
    assertThat(ValidationContext.builder().addCatalog(to2025).addCatalog(undated).build()
        .knowledgeHorizon()).contains(end2025);
    assertThat(ValidationContext.builder().addCatalog(to2025)
        .knowledgeHorizon(LocalDate.of(2030, 6, 30)).build().knowledgeHorizon())
        .contains(LocalDate.of(2030, 6, 30));
    assertThat(ValidationContext.builder().knowledgeHorizon(LocalDate.of(2024, 6, 30))
        .addCatalog(to2025).build().knowledgeHorizon()).contains(LocalDate.of(2024, 6, 30));
    assertThatThrownBy(() -> ValidationContext.builder().knowledgeHorizon(null))
        .isInstanceOf(NullPointerException.class).hasMessage("horizon");
  }

  @Test
  void laterObjectsReplaceEarlierOnesWithTheSameKey() {
    Resolution corrected = resolution("S/RES/1325 (2000)", "2000-10-31").summary("Founding").build();
    ValidationContext ctx = ValidationContext.builder().add(res1325()).build();
    ValidationContext fixed = ctx.toBuilder().add(corrected).build();
    assertThat(fixed.resolution(S1325)).contains(corrected);
    assertThat(ctx.resolution(S1325)).contains(res1325());
    assertThat(ctx.withAll(List.of(corrected, "ignored")).resolution(S1325)).contains(corrected);
    assertThat(ctx.withAll(List.of("ignored"))).isSameAs(ctx);
  }

  @Test
  void todayComesFromTheClock() {
    assertThat(Fixtures.CONTEXT.today()).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat(Fixtures.CONTEXT.toBuilder().build().clock()).isEqualTo(Fixtures.CLOCK);
  }

  @Test
  void refusesObjectsItCannotStore() {
    assertThatThrownBy(() -> ValidationContext.builder().add("S/RES/1325 (2000)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A validation context cannot hold objects of type java.lang.String; stored"
            + " kinds: Resolution, Mission, Mandate, GenderStaffingTable, Signatory,"
            + " CompactCommitment");
  }

  @Test
  void knowsTheReferenceCatalog() {
    ReferenceCatalog catalog = ReferenceCatalog.standard();
    ValidationContext ctx = ValidationContext.of(catalog);
    assertThat(ctx.all(Resolution.class)).containsExactlyElementsOf(catalog.resolutions());
    assertThat(ctx.all(Mission.class)).containsExactlyElementsOf(catalog.missions());
    assertThat(ctx.resolution(S1325)).isEqualTo(catalog.resolution(S1325));
    MissionAcronym unmiss = MissionAcronym.parse("UNMISS");
    assertThat(ctx.mission(unmiss)).isEqualTo(catalog.mission(unmiss)).isPresent();
    assertThat(ctx.mandate("UNMISS S/RES/2729 (2024)")).isEmpty();
  }

  @Test
  void everyCatalogResolutionPassesTheResolutionRules() {
    // Today is the adoption day of the catalog's latest resolution, S/RES/2815 (2026).
    java.time.Instant asOf = java.time.LocalDate.of(2026, 1, 30)
        .atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    ValidationContext ctx = ValidationContext.of(ReferenceCatalog.standard()).toBuilder()
        .clock(java.time.Clock.fixed(asOf, java.time.ZoneOffset.UTC)).build();
    Validator v = Validator.of(ctx);
    ValidationReport report = v.validateAll(List.copyOf(ctx.all(Resolution.class)));
    assertThat(report.issues()).isEmpty();
  }

  @Test
  void deploymentsAndReportsAreValidatedButNotStored() {
    assertThat(ValidationContext.isStoredKind(Deployment.class)).isFalse();
    assertThat(ValidationContext.isStoredKind(CompactReport.class)).isFalse();
    assertThat(ValidationContext.isStoredKind(Signatory.class)).isTrue();
    assertThat(Fixtures.validator().supports(Mission.class)).isTrue();
    assertThat(Fixtures.validator().supports(Deployment.class)).isTrue();
    assertThat(Fixtures.validator().supports(Signatory.class)).isFalse();
    assertThatThrownBy(() -> ValidationContext.builder().add(
            Fixtures.deployment("UNMISS", "RWA", PersonnelType.MILITARY_CONTINGENTS,
                "2025-01-31", 1, 9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("A validation context cannot hold objects of type "
            + "io.github.wpskit.wps.parity.ImmutableDeployment");
  }

  @Test
  void typedLookupsOfTheNewKinds() {
    Mandate m1 = Fixtures.mandate("UNTM", "S/RES/90002 (2021)", "2022-01-01", "2022-12-31").build();
    Mandate m0 = Fixtures.mandate("UNTM", "S/RES/90001 (2020)", "2021-01-01", "2021-12-31").build();
    GenderStaffingTable t = Fixtures.table("UNTM", "2021-06-01");
    CompactCommitment c = Fixtures.commitment("NOR-1", "Norway", "B.1.1").build();
    ValidationContext ctx = ValidationContext.builder()
        .add(m1).add(m0).add(t).add(Fixtures.signatory("Norway")).add(c).build();
    assertThat(ctx.mandatesOf(Fixtures.UNTM)).containsExactly(m0, m1);
    assertThat(ctx.mandatesOf(Fixtures.UNCM)).isEmpty();
    assertThat(ctx.staffingTable(Fixtures.UNTM)).contains(t);
    assertThat(ctx.signatory("Norway")).contains(Fixtures.signatory("Norway"));
    assertThat(ctx.commitment("NOR-1")).contains(c);
    assertThat(ctx.commitmentsOf("Norway")).containsExactly(c);
    assertThat(ctx.commitmentsOf("Sweden")).isEmpty();
    assertThat(ctx.parityTargets()).isSameAs(ParityTargets.ugps());
    assertThat(ctx.compactHorizonEnd()).isEqualTo(Year.of(2026));
    ValidationContext replaced = ctx.toBuilder()
        .add(Fixtures.table("UNTM", "2022-06-01")).build();
    assertThat(replaced.staffingTable(Fixtures.UNTM).map(GenderStaffingTable::asOf))
        .contains(LocalDate.of(2022, 6, 1));
    assertThat(replaced.mandatesOf(Fixtures.UNTM)).containsExactly(m0, m1);
  }
}
