package io.github.wpskit.wps.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The knowledge horizon of a catalog made with {@code of} for each form of its date, and the
 * equality contract with itself and between catalogs that differ (mutation testing found the day
 * form and these contracts untested).
 */
class ReferenceCatalogContractTest {

  @ParameterizedTest
  @CsvSource({"2025-10-15,2025-10-15", "2026-01-27,2026-01-27", "2025-02,2025-02-28",
      "2024-02,2024-02-29", "2030,2030-12-31"})
  void theHorizonIsTheLastDayOfTheDateGiven(String dataAsOf, LocalDate horizon) {
    assertThat(ReferenceCatalog.of(dataAsOf, List.of(), List.of()).knowledgeHorizon())
        .contains(horizon);
  }

  @ParameterizedTest
  @CsvSource({"2025-10-32", "2025-13", "20301", "autumn 2025", "2025/10/15"})
  void otherTextLeavesTheCatalogWithoutAHorizon(String dataAsOf) {
    ReferenceCatalog c = ReferenceCatalog.of(dataAsOf, List.of(), List.of());
    assertThat(c.knowledgeHorizon()).isEmpty();
    assertThat(c.dataAsOf()).isEqualTo(dataAsOf);
  }

  @Test
  void aCatalogEqualsItselfAndDifferentCatalogsHashDifferently() {
    ReferenceCatalog standard = ReferenceCatalog.standard();
    assertThat(standard.equals(standard)).isTrue();
    ReferenceCatalog october = ReferenceCatalog.of("2025-10", List.of(), List.of());
    assertThat(october.equals(october)).isTrue();
    assertThat(october.hashCode())
        .isEqualTo(ReferenceCatalog.of("2025-10", List.of(), List.of()).hashCode())
        .isNotEqualTo(ReferenceCatalog.of("2025-11", List.of(), List.of()).hashCode())
        .isNotEqualTo(standard.hashCode());
  }
}
