package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.MissionPhase;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Documents written by the library before missions had kinds, dataset dates and closure phases
 * (format version 1, catalog of October 2025; copies under {@code compat/}) still decode, and mean
 * what they meant.
 */
class FormatVersion1CompatibilityTest extends JsonTestSupport {

  @Test
  void theOctober2025MissionDocumentDecodes() {
    Mission m = STRICT.decode(resource("/compat/mission-2025-10.json"), Mission.class);
    assertThat(m.acronym()).isEqualTo(MissionAcronym.parse("MINUSMA"));
    assertThat(m.name()).contains(
        "United Nations Multidimensional Integrated Stabilization Mission in Mali");
    assertThat(m.kind()).isEmpty();
    assertThat(m.closure().get().mandateEnded()).contains(LocalDate.of(2023, 6, 30));
    assertThat(m.closure().get().liquidation()).isEmpty();
    // Without a liquidation, the withdrawal deadline is the last day of presence, as it was.
    assertThat(m.statusOn(LocalDate.of(2024, 1, 1)).phase()).isEqualTo(MissionPhase.CLOSED);
    assertThat(m.statusOn(LocalDate.of(2023, 12, 31)).phase()).isEqualTo(MissionPhase.WITHDRAWAL);
  }

  @Test
  void theOctober2025CatalogDocumentDecodesWithItsHorizon() {
    ReferenceCatalog c = STRICT.decode(resource("/compat/catalog-2025-10.json"),
        ReferenceCatalog.class);
    assertThat(c.dataAsOf()).isEqualTo("2025-10");
    assertThat(c.knowledgeHorizon()).contains(LocalDate.of(2025, 10, 31));
    assertThat(c.missions()).hasSize(13);
    assertThat(c.resolutions()).hasSize(27);
    assertThat(STRICT.readDocument(resource("/compat/catalog-2025-10.json"))).isEqualTo(c);
  }
}
