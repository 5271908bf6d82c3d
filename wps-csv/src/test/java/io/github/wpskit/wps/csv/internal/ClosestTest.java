package io.github.wpskit.wps.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestTest {
  @Test
  void theFewestEditsWinIgnoringCaseAndTheFirstWinsATie() {
    List<String> types = List.of("Troops", "Staff Officer", "Experts on Mission");
    assertThat(Closest.among("troop", types)).isEqualTo("Troops");
    assertThat(Closest.among("STAFF OFFICERS", types)).isEqualTo("Staff Officer");
    assertThat(Closest.among("Expert on mission", types)).isEqualTo("Experts on Mission");
    assertThat(Closest.among("", List.of("ab", "cd"))).isEqualTo("ab");
  }

  @Test
  void theDistanceIsLevenshteins() {
    assertThat(Closest.distance("kitten", "sitting", Integer.MAX_VALUE)).isEqualTo(3);
    assertThat(Closest.distance("", "abc", Integer.MAX_VALUE)).isEqualTo(3);
    assertThat(Closest.distance("abc", "abc", Integer.MAX_VALUE)).isZero();
  }
}
