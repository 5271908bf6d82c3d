package io.github.wpskit.wps.resolution;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.internal.Checks;
import org.immutables.value.Value;

/**
 * How the Security Council decided on a resolution: the counts in favour, against, abstaining and not
 * voting (not participating), or adoption without a vote.
 *
 * <p>A vote is counts, never a yes/no flag: resolution 2467 (2019) was adopted 13-0-2 and 1244 (1999)
 * 14-0-1. Invariants: every count is between 0 and 15 (the Council's largest size), the counts add up
 * to at most 15, and a decision without a vote carries no counts. Whether the counts fit the Council's
 * size on the adoption date (11 before 31 August 1965) is a validation rule, not an invariant.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Vote {
  /** The Council's size since the Charter amendment in force on 31 August 1965. */
  public static final int MAX_MEMBERS = 15;

  Vote() {}

  /**
   * Obtains a recorded vote.
   *
   * @param inFavour members voting in favour, 0 to 15
   * @param against members voting against, 0 to 15
   * @param abstentions members abstaining, 0 to 15
   * @param nonVoting members present but not participating in the vote, 0 to 15
   * @return the vote
   * @throws InvalidValueException if a count is out of range or the total exceeds 15
   */
  public static Vote recorded(int inFavour, int against, int abstentions, int nonVoting) {
    return of(inFavour, against, abstentions, nonVoting, false);
  }

  /**
   * Obtains a vote from all its attributes, as a reader of stored data has them.
   *
   * @param inFavour members voting in favour, 0 to 15
   * @param against members voting against, 0 to 15
   * @param abstentions members abstaining, 0 to 15
   * @param nonVoting members present but not participating in the vote, 0 to 15
   * @param adoptedWithoutVote whether the decision was adopted without a vote
   * @return the vote
   * @throws InvalidValueException if a count is out of range, the total exceeds 15, or a decision
   *     without a vote has counts
   */
  public static Vote of(
      int inFavour, int against, int abstentions, int nonVoting, boolean adoptedWithoutVote) {
    return ImmutableVote.builder()
        .inFavour(inFavour)
        .against(against)
        .abstentions(abstentions)
        .nonVoting(nonVoting)
        .adoptedWithoutVote(adoptedWithoutVote)
        .build();
  }

  /**
   * Obtains a unanimous recorded vote of the given number of members, such as 15-0-0.
   *
   * @param members the members voting in favour, 1 to 15
   * @return the vote
   */
  public static Vote unanimous(int members) {
    Checks.inRange("Vote.inFavour", members, 1, MAX_MEMBERS);
    return recorded(members, 0, 0, 0);
  }

  /**
   * Obtains a decision adopted without a vote, as resolution 1 (1946) was.
   *
   * @return the decision, with all counts zero
   */
  public static Vote withoutVote() {
    return of(0, 0, 0, 0, true);
  }

  /**
   * Returns the number of members voting in favour.
   *
   * @return 0 to 15
   */
  public abstract int inFavour();

  /**
   * Returns the number of members voting against. A permanent member's vote against is a veto.
   *
   * @return 0 to 15
   */
  public abstract int against();

  /**
   * Returns the number of members abstaining. An abstention is not a veto.
   *
   * @return 0 to 15
   */
  public abstract int abstentions();

  /**
   * Returns the number of members present but not participating in the vote.
   *
   * @return 0 to 15
   */
  public abstract int nonVoting();

  /**
   * Returns whether the decision was adopted without a vote (all counts are then zero).
   *
   * @return true for adoption without a vote
   */
  public abstract boolean adoptedWithoutVote();

  /**
   * Returns the number of members whose position is recorded.
   *
   * @return the sum of the four counts
   */
  public final int total() {
    return inFavour() + against() + abstentions() + nonVoting();
  }

  /**
   * Returns whether every recorded member voted in favour.
   *
   * @return true for a recorded vote with at least one vote in favour and no other position
   */
  public final boolean isUnanimous() {
    return !adoptedWithoutVote() && inFavour() > 0 && inFavour() == total();
  }

  @Value.Check
  final void check() {
    Checks.inRange("Vote.inFavour", inFavour(), 0, MAX_MEMBERS);
    Checks.inRange("Vote.against", against(), 0, MAX_MEMBERS);
    Checks.inRange("Vote.abstentions", abstentions(), 0, MAX_MEMBERS);
    Checks.inRange("Vote.nonVoting", nonVoting(), 0, MAX_MEMBERS);
    if (total() > MAX_MEMBERS) {
      throw new InvalidValueException(
          "Vote.total", total(), "the counts must add up to at most " + MAX_MEMBERS);
    }
    if (adoptedWithoutVote() && total() != 0) {
      throw new InvalidValueException(
          "Vote.adoptedWithoutVote", true, "a decision without a vote has no counts, total was "
              + total());
    }
  }

  /**
   * Returns the vote as {@code in favour-against-abstentions}, with the non-voting count when not
   * zero ({@code 13-0-0, 2 not voting}), or {@code adopted without a vote}.
   *
   * @return the vote for people
   */
  @Override
  public String toString() {
    if (adoptedWithoutVote()) {
      return "adopted without a vote";
    }
    String counts = inFavour() + "-" + against() + "-" + abstentions();
    return nonVoting() == 0 ? counts : counts + ", " + nonVoting() + " not voting";
  }
}
