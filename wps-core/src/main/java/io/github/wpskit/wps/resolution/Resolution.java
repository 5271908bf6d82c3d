package io.github.wpskit.wps.resolution;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A Security Council resolution: its symbol, adoption date, meeting, vote, title, the WPS pillars it
 * serves and the resolutions it recalls.
 *
 * <p>Invariants (refused by the builder with {@link InvalidValueException}): texts are not blank; a
 * resolution does not recall itself. Judgements about plausible data (the symbol's year equals the
 * adoption year, enough votes in favour, recalled resolutions are older) are validation rules, so a
 * caller can load and then explain imperfect data.
 *
 * <p>Optional attributes are empty where the value is not known: the catalog leaves the official
 * title empty because it was not confirmed from Council text.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Resolution {
  Resolution() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Resolution} values; {@code symbol} and {@code adopted} are required. */
  public static final class Builder extends ImmutableResolution.Builder {
    Builder() {}
  }

  /**
   * Returns the document symbol, such as {@code S/RES/1325 (2000)}.
   *
   * @return the symbol
   */
  public abstract ResolutionSymbol symbol();

  /**
   * Returns the date of adoption.
   *
   * @return the date
   */
  public abstract LocalDate adopted();

  /**
   * Returns the record of the meeting at which it was adopted, if known.
   *
   * @return the meeting record, or empty
   */
  public abstract Optional<MeetingRecord> meeting();

  /**
   * Returns the vote, if known.
   *
   * @return the vote, or empty
   */
  public abstract Optional<Vote> vote();

  /**
   * Returns the official title, if known.
   *
   * @return the title, or empty
   */
  public abstract Optional<String> title();

  /**
   * Returns a one-line summary of what the resolution does, if given. Not an official text.
   *
   * @return the summary, or empty
   */
  public abstract Optional<String> summary();

  /**
   * Returns whether the resolution belongs to the Women, Peace and Security agenda (the ten
   * resolutions from 1325 (2000) to 2493 (2019) in the reference catalog).
   *
   * @return true for a WPS-agenda resolution; false by default
   */
  @Value.Default
  public boolean wpsAgenda() {
    return false;
  }

  /**
   * Returns the WPS pillars the resolution serves, in pillar order.
   *
   * @return an unmodifiable set, possibly empty
   */
  public abstract Set<WpsPillar> pillars();

  /**
   * Returns the resolutions this one recalls, in the order given.
   *
   * @return an unmodifiable set, possibly empty
   */
  public abstract Set<ResolutionSymbol> recalls();

  @Value.Check
  final void check() {
    title().ifPresent(t -> Checks.text("Resolution.title", t));
    summary().ifPresent(t -> Checks.text("Resolution.summary", t));
    if (recalls().contains(symbol())) {
      throw new InvalidValueException(
          "Resolution.recalls", symbol(), "a resolution cannot recall itself");
    }
  }
}
