package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value that the format cannot represent (for example a date outside years 0000-9999), raised while
 * writing; {@link Errors} turns it into a {@link io.github.wpskit.wps.json.WpsJsonException} of problem
 * {@code NOT_ENCODABLE}.
 */
public final class EncodeException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final String detail;
  private final String jsonPath;

  /**
   * Creates the exception at the generator's current position.
   *
   * @param g the generator
   * @param detail what cannot be written, naming the value
   */
  public EncodeException(JsonGenerator g, String detail) {
    this(detail, Paths.of(g.getOutputContext()), g);
  }

  EncodeException(String detail, String jsonPath, JsonGenerator g) {
    super(g, detail + " at " + jsonPath);
    this.detail = detail;
    this.jsonPath = jsonPath;
  }

  /**
   * Returns the message without the path.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns the path of the value that cannot be written.
   *
   * @return the path
   */
  public String jsonPath() {
    return jsonPath;
  }
}
