package io.github.wpskit.wps.compact;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A signatory of the WPS-HA Compact: a Member State, UN entity, regional organization, civil society
 * organization, academic institution or private-sector entity.
 *
 * <p>The {@link #name()} is the signatory's identity: commitments and reports refer to their signatory
 * by name. Invariant: the name is non-blank text of at most {@value #MAX_NAME_LENGTH} characters
 * without surrounding white space ({@link InvalidValueException} otherwise). Whether a country is
 * given where it belongs (a Member State) is a validation rule, not an invariant.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Signatory {
  /** The longest signatory name accepted. */
  public static final int MAX_NAME_LENGTH = 300;

  Signatory() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Signatory} values; {@code name} and {@code kind} are required. */
  public static final class Builder extends ImmutableSignatory.Builder {
    Builder() {}
  }

  /**
   * Returns the signatory's name, its identity in commitments and reports.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the signatory's category.
   *
   * @return the kind
   */
  public abstract SignatoryKind kind();

  /**
   * Returns the signatory's country, if given: the Member State itself, or the country where another
   * kind of signatory is based.
   *
   * @return the country, or empty
   */
  public abstract Optional<CountryCode> country();

  @Value.Check
  final void check() {
    Checks.text("Signatory.name", name(), MAX_NAME_LENGTH);
  }
}
