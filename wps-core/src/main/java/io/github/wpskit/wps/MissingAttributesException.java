package io.github.wpskit.wps;

import java.util.List;

/**
 * Thrown by a builder asked to build before every required attribute was set.
 *
 * <p>The missing attribute names arrive as data ({@link #missingAttributes()}), not only as text: the
 * JSON codecs turn them into "missing required field" errors with a path.
 */
public final class MissingAttributesException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final List<String> missingAttributes;

  /**
   * Creates the exception; this is the constructor Immutables' generated builders call.
   *
   * @param missingAttributes the names of the required attributes that were not set
   */
  public MissingAttributesException(String... missingAttributes) {
    super(
        String.join(", ", missingAttributes),
        "null",
        "Missing required attribute" + (missingAttributes.length == 1 ? " " : "s ")
            + String.join(", ", missingAttributes),
        null);
    this.missingAttributes = List.of(missingAttributes);
  }

  /**
   * Returns the names of the required attributes that were not set, in declaration order.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<String> missingAttributes() {
    return missingAttributes;
  }
}
