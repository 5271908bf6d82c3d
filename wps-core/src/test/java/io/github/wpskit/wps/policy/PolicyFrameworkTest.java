package io.github.wpskit.wps.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each framework's name and code prefix, and that every entry's code is built from them. */
class PolicyFrameworkTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "A4P|Action for Peacekeeping|A4P",
      "A4P_PLUS|Action for Peacekeeping Plus|A4P+",
      "CALL_TO_ACTION_2020|Call to Action: Women transforming peace (2020)|CTA",
  })
  void namesAndPrefixes(PolicyFramework framework, String displayName, String codePrefix) {
    assertThat(framework.displayName()).isEqualTo(displayName);
    assertThat(framework.codePrefix()).isEqualTo(codePrefix);
  }

  @Test
  void everyEntryBelongsToTheFrameworkItsCodeNames() {
    Stream.of(A4pPriorityArea.values(), A4pPlusTheme.values(), A4pPlusPriority.values(),
            CallToActionCommitment.values())
        .flatMap(Arrays::stream)
        .forEach(ref -> assertThat(ref.code())
            .as(ref.toString())
            .startsWith(ref.framework().codePrefix() + "."));
    assertThat(A4pPriorityArea.WOMEN_PEACE_AND_SECURITY.framework()).isEqualTo(PolicyFramework.A4P);
    assertThat(A4pPlusTheme.values()[0].framework()).isEqualTo(PolicyFramework.A4P_PLUS);
    assertThat(A4pPlusPriority.CAPABILITIES_AND_MINDSETS.framework())
        .isEqualTo(PolicyFramework.A4P_PLUS);
    assertThat(CallToActionCommitment.values()[0].framework())
        .isEqualTo(PolicyFramework.CALL_TO_ACTION_2020);
  }

  @Test
  void numbersAreTheOnesInTheCodes() {
    assertThat(Arrays.stream(A4pPriorityArea.values()).map(a -> a.number())
            .collect(Collectors.toList()))
        .isEqualTo(List.of(1, 2, 3, 4, 5, 6, 7, 8));
    assertThat(A4pPriorityArea.WOMEN_PEACE_AND_SECURITY.number()).isEqualTo(2);
    assertThat(A4pPlusPriority.COLLECTIVE_COHERENCE.number()).isEqualTo(1);
    assertThat(A4pPlusPriority.CAPABILITIES_AND_MINDSETS.number()).isEqualTo(3);
  }
}
