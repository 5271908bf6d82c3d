package io.github.wpskit.wps;

import java.util.Objects;

/**
 * Thrown when a value would break an invariant: a malformed symbol, a negative count, a mandate that
 * ends before it starts. The value is refused; no instance that breaks an invariant ever exists.
 *
 * <p>The message has the shape of java.time's: {@code Invalid value for Mandate.end (must not be before
 * start 2024-05-01): 2024-04-30}. The attribute and the value are also available as fields.
 */
public class InvalidValueException extends WpsException {
  private static final long serialVersionUID = 1L;

  private final String attribute;
  private final String value;

  /**
   * Creates an exception for one attribute.
   *
   * @param attribute the attribute, as {@code Type.attribute} (for example {@code Mandate.end})
   * @param value the offending value as text, {@code "null"} for a missing one
   * @param constraint what the value must satisfy, in words
   */
  public InvalidValueException(String attribute, Object value, String constraint) {
    super("Invalid value for " + attribute + " (" + constraint + "): " + value);
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.value = String.valueOf(value);
  }

  /**
   * Creates an exception with a ready-made message, for subclasses whose message has another shape.
   *
   * @param attribute the attribute concerned
   * @param value the offending value as text
   * @param message the complete message
   * @param ignored distinguishes this constructor; pass {@code null}
   */
  protected InvalidValueException(String attribute, String value, String message, Void ignored) {
    super(message);
    this.attribute = attribute;
    this.value = value;
  }

  /**
   * Returns the attribute whose value was refused, as {@code Type.attribute}.
   *
   * @return the attribute, never null
   */
  public String attribute() {
    return attribute;
  }

  /**
   * Returns the refused value as text.
   *
   * @return the value, {@code "null"} when the value was missing
   */
  public String value() {
    return value;
  }
}
