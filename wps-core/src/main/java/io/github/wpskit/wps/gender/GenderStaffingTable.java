package io.github.wpskit.wps.gender;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.internal.Checks;
import io.github.wpskit.wps.mission.MissionAcronym;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A mission's gender and women's protection posts on a date: the unit a staffing system imports and
 * the validators check as a whole (is there a Senior Gender Adviser? Women Protection Advisers where
 * the mandate has CRSV tasks?).
 *
 * <p>Invariants: every post belongs to the table's mission; post ids are unique.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class GenderStaffingTable {
  GenderStaffingTable() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GenderStaffingTable} values; {@code mission} and {@code asOf} are required. */
  public static final class Builder extends ImmutableGenderStaffingTable.Builder {
    Builder() {}
  }

  /**
   * Returns the mission.
   *
   * @return the acronym
   */
  public abstract MissionAcronym mission();

  /**
   * Returns the date the table describes.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the posts, in the order given.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<GenderPost> posts();

  /**
   * Returns the identifier used in reports: the mission and the date, such as
   * {@code UNMISS 2025-01-01}.
   *
   * @return the identifier
   */
  public final String id() {
    return mission() + " " + asOf();
  }

  @Value.Check
  final void check() {
    for (int i = 0; i < posts().size(); i++) {
      MissionAcronym m = posts().get(i).mission();
      if (!m.equals(mission())) {
        throw new InvalidValueException(
            "GenderStaffingTable.posts[" + i + "].mission", m, "must be the table's mission "
                + mission());
      }
    }
    Checks.uniqueBy("GenderStaffingTable.posts.postId", posts(), GenderPost::postId);
  }
}
