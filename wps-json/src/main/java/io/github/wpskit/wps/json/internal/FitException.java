package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Well-formed JSON that does not fit the model, as the codecs report it to Jackson: a
 * {@link MismatchedInputException} (so plain {@code ObjectMapper} users get Jackson's usual exception
 * type) that also carries the JSON path and the message without Jackson's decorations, which
 * {@link Errors} turns into a {@link io.github.wpskit.wps.json.WpsJsonException}.
 */
public final class FitException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final String detail;
  private final String jsonPath;
  // Jackson's constructors fix the cause to null; the domain exception is kept here instead.
  private final Throwable domainCause;

  FitException(JsonParser p, String detail, String jsonPath, JsonLocation location, Throwable cause) {
    super(p, detail + " at " + jsonPath, location);
    this.detail = detail;
    this.jsonPath = jsonPath;
    this.domainCause = cause;
  }

  /**
   * Returns the wps-core exception that refused the value, if any.
   *
   * @return the cause, or null
   */
  @Override
  public synchronized Throwable getCause() {
    return domainCause != null ? domainCause : super.getCause();
  }

  /**
   * Returns the message without path or location.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns the path of the offending value, such as {@code $.vote.inFavour}.
   *
   * @return the path
   */
  public String jsonPath() {
    return jsonPath;
  }
}
