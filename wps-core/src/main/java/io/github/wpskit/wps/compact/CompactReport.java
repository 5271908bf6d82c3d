package io.github.wpskit.wps.compact;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.internal.Checks;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A signatory's annual self-report under the WPS-HA Compact: a progress rating per commitment.
 *
 * <p>Compact reporting is annual and looks back: signatories report on the previous year ("In 2023,
 * Compact signatories will report on progress made in 2022"). {@link #reportingYear()} is the year
 * reported on (2022 in that example), not the year of submission; {@link #submitted()} holds the date
 * of submission where known.
 *
 * <p>Invariants ({@link InvalidValueException} otherwise): the signatory name is non-blank text; the
 * reporting year lies in 1946 to 9999 (a sanity bound only); no commitment is rated twice. Whether the
 * rated commitments belong to the signatory, or the year follows the Compact's launch, are validation
 * rules.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class CompactReport {
  CompactReport() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CompactReport} values; {@code signatory} and {@code reportingYear} are required. */
  public static final class Builder extends ImmutableCompactReport.Builder {
    Builder() {}
  }

  /**
   * Returns the name of the reporting signatory (see {@link Signatory#name()}).
   *
   * @return the signatory's name
   */
  public abstract String signatory();

  /**
   * Returns the year reported on, which is the year before the report is made: a report made in 2023
   * covers 2022.
   *
   * @return the year, 1946 to 9999
   */
  public abstract Year reportingYear();

  /**
   * Returns the date the report was submitted, if known.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> submitted();

  /**
   * Returns the ratings, one per commitment, in the order given.
   *
   * @return an unmodifiable list with unique commitment ids, possibly empty
   */
  public abstract List<ProgressEntry> entries();

  /**
   * Counts the entries per rating. Every rating is present, with 0 where no entry has it, so that
   * {@code get} never returns null; iteration follows {@link ProgressRating} order.
   *
   * @return an unmodifiable map from every rating to its count
   */
  public final Map<ProgressRating, Integer> countsByRating() {
    EnumMap<ProgressRating, Integer> counts = new EnumMap<>(ProgressRating.class);
    for (ProgressRating rating : ProgressRating.values()) {
      counts.put(rating, 0);
    }
    for (ProgressEntry entry : entries()) {
      counts.merge(entry.rating(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  @Value.Check
  final void check() {
    Checks.text("CompactReport.signatory", signatory(), Signatory.MAX_NAME_LENGTH);
    Checks.inRange(
        "CompactReport.reportingYear",
        reportingYear().getValue(),
        CompactCommitment.MIN_YEAR,
        CompactCommitment.MAX_YEAR);
    Checks.uniqueBy("CompactReport.entries", entries(), ProgressEntry::commitmentId);
  }
}
