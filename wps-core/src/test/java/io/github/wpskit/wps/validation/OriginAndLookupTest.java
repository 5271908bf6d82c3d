package io.github.wpskit.wps.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.mission.Mandate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code Origin.withLine} keeps or replaces the origin as documented, different origins hash
 * differently, and a context finds a mandate by its id (mutation testing found these untested).
 */
class OriginAndLookupTest {

  @Test
  void withTheSameLineAndNoColumnTheOriginItselfIsReturned() {
    Origin o = Origin.of("mandates.json", 10);
    assertThat(o.withLine(10)).isSameAs(o);
  }

  @Test
  void withAnotherLineOrAColumnANewOriginWithoutColumn() {
    assertThat(Origin.of("mandates.json", 9).withLine(10)).isEqualTo(Origin.of("mandates.json", 10));
    assertThat(Origin.of("mandates.json", 10, 3).withLine(10))
        .isEqualTo(Origin.of("mandates.json", 10));
    assertThat(Origin.of("mandates.json").withLine(4)).hasToString("mandates.json:4");
  }

  @Test
  void differentOriginsHaveDifferentHashCodes() {
    List<Origin> origins = List.of(Origin.of("a.json"), Origin.of("b.json"), Origin.of("a.json", 1),
        Origin.of("a.json", 2), Origin.of("a.json", 1, 1), Origin.of("a.json", 1, 2));
    Set<Integer> hashes = new HashSet<>();
    for (Origin o : origins) {
      hashes.add(o.hashCode());
    }
    assertThat(hashes).hasSize(origins.size());
    assertThat(Origin.of("a.json", 1, 2)).hasSameHashCodeAs(Origin.of("a.json", 1, 2));
  }

  @Test
  void aContextFindsAMandateByItsId() {
    Mandate m = Fixtures.mandate("UNTM", "S/RES/90002 (2021)", "2022-01-01", "2022-12-31").build();
    ValidationContext ctx = ValidationContext.builder().add(m).build();
    assertThat(ctx.mandate("UNTM S/RES/90002 (2021)")).containsSame(m);
    assertThat(ctx.mandate(m.id())).containsSame(m);
    assertThat(ctx.mandate("UNTM S/RES/90001 (2020)")).isEmpty();
  }
}
