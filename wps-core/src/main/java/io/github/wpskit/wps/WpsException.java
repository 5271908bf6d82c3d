package io.github.wpskit.wps;

/**
 * The root of every exception this library throws.
 *
 * <p>Unchecked, like {@link java.time.DateTimeException}: a value that breaks an invariant is a
 * programming or data-entry error the caller can prevent, not a condition to declare. Subclasses add
 * structured fields (the attribute, the input, the JSON path) so callers never parse messages.
 *
 * <p>Validators never throw this for data: they return a report. It signals values that cannot
 * exist, input that cannot be read, and misuse of the API.
 */
public class WpsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message the message, naming the attribute or location and the offending value
   */
  public WpsException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message the message, naming the attribute or location and the offending value
   * @param cause the underlying cause, may be null
   */
  public WpsException(String message, Throwable cause) {
    super(message, cause);
  }
}
