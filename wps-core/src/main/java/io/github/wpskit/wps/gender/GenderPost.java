package io.github.wpskit.wps.gender;

import io.github.wpskit.wps.internal.Checks;
import io.github.wpskit.wps.mission.MissionAcronym;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A post in a mission's gender architecture: a position, never a person. It carries no name or other
 * personal data.
 *
 * <p>Invariants: the post id and level are non-blank text. Whether the role fits the component, or a
 * senior post stands vacant, are validation rules.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class GenderPost {
  GenderPost() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link GenderPost} values; {@code postId}, {@code mission}, {@code role},
   * {@code component}, {@code reportingLine} and {@code status} are required.
   */
  public static final class Builder extends ImmutableGenderPost.Builder {
    Builder() {}
  }

  /**
   * Returns the post's identifier in the staffing table, such as a post number.
   *
   * @return the identifier, at most 100 characters
   */
  public abstract String postId();

  /**
   * Returns the mission the post belongs to.
   *
   * @return the acronym
   */
  public abstract MissionAcronym mission();

  /**
   * Returns the role.
   *
   * @return the role
   */
  public abstract GenderRole role();

  /**
   * Returns the component in which the post sits.
   *
   * @return the component
   */
  public abstract MissionComponent component();

  /**
   * Returns the post's grade or rank as the mission writes it, such as {@code P-5}, if given.
   *
   * @return the level, at most 40 characters, or empty
   */
  public abstract Optional<String> level();

  /**
   * Returns to whom the post reports.
   *
   * @return the reporting line
   */
  public abstract ReportingLine reportingLine();

  /**
   * Returns the functions the post covers.
   *
   * @return an unmodifiable set, possibly empty
   */
  public abstract Set<GenderFunction> functions();

  /**
   * Returns whether the post is filled or vacant.
   *
   * @return the status
   */
  public abstract PostStatus status();

  @Value.Check
  final void check() {
    Checks.text("GenderPost.postId", postId(), 100);
    level().ifPresent(l -> Checks.text("GenderPost.level", l, 40));
  }
}
