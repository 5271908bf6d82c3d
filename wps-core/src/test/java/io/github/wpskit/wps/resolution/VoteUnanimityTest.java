package io.github.wpskit.wps.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unanimity for the smallest counts: one vote in favour is unanimous, a vote of nobody is not. */
class VoteUnanimityTest {

  @ParameterizedTest
  @CsvSource({"1,0,0,0,true", "0,0,0,0,false", "0,0,0,1,false", "1,0,0,1,false", "1,0,1,0,false",
      "1,1,0,0,false", "0,1,0,0,false", "15,0,0,0,true"})
  void unanimousOnlyWithVotesInFavourAndNoOtherPosition(
      int inFavour, int against, int abstentions, int nonVoting, boolean unanimous) {
    assertThat(Vote.recorded(inFavour, against, abstentions, nonVoting).isUnanimous())
        .isEqualTo(unanimous);
  }
}
