package io.github.wpskit.wps.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.ParseException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyReferenceTest {

  @Test
  void everyCodeParsesBackToItsEntry() {
    Stream.of(A4pPriorityArea.values(), A4pPlusTheme.values(), A4pPlusPriority.values(),
            CallToActionCommitment.values())
        .flatMap(Arrays::stream)
        .forEach(ref -> assertThat(PolicyReference.parse(ref.code())).isSameAs(ref));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "A4P.2|Implementing the women, peace and security agenda",
      "A4P.8|Strengthening the conduct of peacekeeping operations and personnel",
      "A4P+.T1|Women, peace and security",
      "A4P+.T2|Innovative, data-driven and technology-enabled peacekeeping",
      "A4P+.P1|Collective coherence behind a political strategy",
      "A4P+.P3|Capabilities and mindsets",
      "CTA.3|Embrace evidence-based decision-making through a gender data revolution",
  })
  void codesCarryTheConfirmedWording(String code, String title) {
    assertThat(PolicyReference.parse(code).title()).isEqualTo(title);
  }

  @Test
  void a4pHasEightAreasAndTheCallToActionFourCommitments() {
    assertThat(A4pPriorityArea.values()).hasSize(8);
    assertThat(CallToActionCommitment.values()).hasSize(4);
    assertThat(A4pPriorityArea.WOMEN_PEACE_AND_SECURITY.shortName())
        .isEqualTo("Women, Peace and Security");
  }

  @Test
  void unknownCodesAreRefusedWithTheListOfCodes() {
    assertThatThrownBy(() -> PolicyReference.parse("A4P.9"))
        .isInstanceOf(ParseException.class)
        .hasMessageStartingWith("Text 'A4P.9' could not be parsed as PolicyReference at index 0"
            + " (expected one of A4P.1, A4P.2,")
        .hasMessageContaining("A4P+.P3, CTA.1");
  }
}
