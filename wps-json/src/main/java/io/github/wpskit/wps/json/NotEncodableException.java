package io.github.wpskit.wps.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value that the wps JSON format cannot represent (a date or year outside 0000-9999), refused by
 * {@link WpsModule}'s serializers while writing: what a user of a plain {@code ObjectMapper}
 * catches (as this type, or as Jackson's {@link JsonMappingException}). {@link WpsJson} turns it
 * into a {@link WpsJsonException} of problem {@link WpsJsonException.Problem#NOT_ENCODABLE} with the
 * same detail and path.
 *
 * <p>The message is the detail followed by the JSON path, such as
 * {@code Cannot encode date +10000-01-01: the format has four-digit years 0000-9999 at $.adopted}.
 */
public final class NotEncodableException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final String detail;
  private final String jsonPath;

  /**
   * Creates the exception at the generator's current position; wps-json's serializers do,
   * applications have no need to.
   *
   * @param g the generator, whose output context gives the path
   * @param detail what cannot be written, naming the value
   * @param jsonPath the JSON path of the value, such as {@code $.adopted}
   */
  public NotEncodableException(JsonGenerator g, String detail, String jsonPath) {
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
   * Returns the JSON path of the value that cannot be written, such as {@code $.adopted}.
   *
   * @return the path
   */
  public String jsonPath() {
    return jsonPath;
  }
}
