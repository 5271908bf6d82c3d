package io.github.wpskit.wps.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoteTest {

  @Test
  void recordsCountsNotAFlag() {
    Vote vote = Vote.recorded(13, 0, 2, 0);
    assertThat(vote.inFavour()).isEqualTo(13);
    assertThat(vote.abstentions()).isEqualTo(2);
    assertThat(vote.total()).isEqualTo(15);
    assertThat(vote.isUnanimous()).isFalse();
    assertThat(vote).hasToString("13-0-2");
  }

  @Test
  void unanimousVote() {
    assertThat(Vote.unanimous(15)).isEqualTo(Vote.recorded(15, 0, 0, 0));
    assertThat(Vote.unanimous(15).isUnanimous()).isTrue();
    assertThat(Vote.unanimous(15)).hasToString("15-0-0");
  }

  @Test
  void nonVotingMembersAreShown() {
    assertThat(Vote.recorded(13, 0, 0, 2)).hasToString("13-0-0, 2 not voting");
  }

  @Test
  void adoptionWithoutAVoteHasNoCounts() {
    Vote vote = Vote.withoutVote();
    assertThat(vote.adoptedWithoutVote()).isTrue();
    assertThat(vote.total()).isZero();
    assertThat(vote.isUnanimous()).isFalse();
    assertThat(vote).hasToString("adopted without a vote");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "-1|0|0|0|Invalid value for Vote.inFavour (valid values 0 - 15): -1",
      "0|16|0|0|Invalid value for Vote.against (valid values 0 - 15): 16",
      "0|0|-3|0|Invalid value for Vote.abstentions (valid values 0 - 15): -3",
      "0|0|0|20|Invalid value for Vote.nonVoting (valid values 0 - 15): 20",
      "10|5|1|0|Invalid value for Vote.total (the counts must add up to at most 15): 16",
  })
  void refusesImpossibleCounts(int y, int n, int a, int x, String message) {
    assertThatThrownBy(() -> Vote.recorded(y, n, a, x))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void refusesAUnanimousVoteOfNobody() {
    assertThatThrownBy(() -> Vote.unanimous(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Vote.inFavour (valid values 1 - 15): 0");
  }

  @Test
  void refusesCountsOnADecisionAdoptedWithoutAVote() {
    // Only reachable through the generated builder (a codec in this package could use it); the
    // public factories cannot build it, but the invariant must hold for every instance.
    assertThatThrownBy(() -> ImmutableVote.builder().inFavour(1).against(0).abstentions(0)
            .nonVoting(0).adoptedWithoutVote(true).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Vote.adoptedWithoutVote (a decision without a vote has no"
            + " counts, total was 1): true");
  }

  @ParameterizedTest
  @CsvSource({"15,0,0,0", "0,15,0,0", "0,0,15,0", "0,0,0,15", "9,3,2,1", "0,0,0,0", "7,0,0,4"})
  void acceptsCountsUpToTheCouncilsSize(int y, int n, int a, int x) {
    Vote vote = Vote.recorded(y, n, a, x);
    assertThat(vote.total()).isEqualTo(y + n + a + x);
    assertThat(vote.adoptedWithoutVote()).isFalse();
  }

  @Test
  void ofTakesEveryAttributeAndKeepsTheInvariants() {
    assertThat(Vote.of(13, 0, 2, 0, false)).isEqualTo(Vote.recorded(13, 0, 2, 0));
    assertThat(Vote.of(0, 0, 0, 0, true)).isEqualTo(Vote.withoutVote());
    assertThatThrownBy(() -> Vote.of(15, 0, 0, 0, true))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Vote.adoptedWithoutVote (a decision without a vote has no"
            + " counts, total was 15): true");
    assertThatThrownBy(() -> Vote.of(16, 0, 0, 0, true))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Vote.inFavour (valid values 0 - 15): 16");
  }
}
