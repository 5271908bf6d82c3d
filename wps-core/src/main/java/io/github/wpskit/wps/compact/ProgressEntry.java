package io.github.wpskit.wps.compact;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a Compact report: the progress a signatory rates on one of its commitments.
 *
 * <p>Invariants ({@link InvalidValueException} otherwise): the commitment id and the note are
 * non-blank text, the id at most {@value CompactCommitment#MAX_ID_LENGTH} characters. Whether the id
 * names a known commitment of the reporting signatory is a validation rule.
 *
 * <p>This class is immutable and thread-safe. Obtain one with {@link #of} or {@link #builder()}.
 */
@Value.Immutable
public abstract class ProgressEntry {
  ProgressEntry() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains an entry without a note.
   *
   * @param commitmentId the commitment's id, not null
   * @param rating the rating, not null
   * @return the entry
   * @throws InvalidValueException if the id is not valid text
   */
  public static ProgressEntry of(String commitmentId, ProgressRating rating) {
    return builder().commitmentId(commitmentId).rating(rating).build();
  }

  /** Builds {@link ProgressEntry} values; {@code commitmentId} and {@code rating} are required. */
  public static final class Builder extends ImmutableProgressEntry.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the commitment rated (see {@link CompactCommitment#id()}).
   *
   * @return the id
   */
  public abstract String commitmentId();

  /**
   * Returns the progress rating.
   *
   * @return the rating
   */
  public abstract ProgressRating rating();

  /**
   * Returns the signatory's explanation, if given.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  @Value.Check
  final void check() {
    Checks.text("ProgressEntry.commitmentId", commitmentId(), CompactCommitment.MAX_ID_LENGTH);
    note().ifPresent(n -> Checks.text("ProgressEntry.note", n));
  }
}
