package io.github.wpskit.wps.compact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Codes serve as keys of hash maps and sets: every distinct code has its own hash code. */
class FrameworkActionCodeHashTest {

  @Test
  void everyCodeHasItsOwnHashCode() {
    Set<Integer> hashes = new HashSet<>();
    int codes = 0;
    for (char letter = 'A'; letter <= 'E'; letter++) {
      for (int group = 1; group <= FrameworkActionCode.MAX_NUMBER; group++) {
        for (int number = 1; number <= FrameworkActionCode.MAX_NUMBER; number++) {
          FrameworkActionCode code = FrameworkActionCode.of(letter, group, number);
          assertThat(FrameworkActionCode.parse(code.toString())).hasSameHashCodeAs(code);
          hashes.add(code.hashCode());
          codes++;
        }
      }
    }
    assertThat(hashes).hasSize(codes);
  }
}
