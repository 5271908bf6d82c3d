package io.github.wpskit.wps.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Well-formed JSON that does not fit the model, as {@link WpsModule}'s deserializers report it to
 * Jackson: what a user of a plain {@code ObjectMapper} catches (as this type, or as Jackson's
 * {@link MismatchedInputException}) for a wrong type, a bad date or identifier, a missing or
 * duplicate field, a broken invariant, a wrong document kind or format version, once no
 * {@code DeserializationProblemHandler} of the mapper has supplied a replacement (see
 * {@link WpsModule} for which problems are offered to handlers). An unknown field is an
 * {@link UnknownFieldException}. {@link WpsJson} turns both into a {@link WpsJsonException} of
 * problem {@link WpsJsonException.Problem#DOES_NOT_FIT}.
 *
 * <p>The message is the detail followed by the JSON path, such as
 * {@code Invalid value for Vote.inFavour (valid values 0 - 15): 16 at $.vote.inFavour}, then
 * Jackson's location.
 */
public final class DoesNotFitException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final String detail;
  private final String jsonPath;
  // Jackson's constructors fix the cause to null; the domain exception is kept here instead.
  private final Throwable domainCause;

  /**
   * Creates the exception; wps-json's deserializers do, applications have no need to.
   *
   * @param p the parser that was reading
   * @param detail the message without path or location, naming the offending value
   * @param jsonPath the JSON path of the offending value, such as {@code $.vote.inFavour}
   * @param location where the offending value starts
   * @param cause the wps-core exception that refused the value, or null
   */
  public DoesNotFitException(
      JsonParser p, String detail, String jsonPath, JsonLocation location, Throwable cause) {
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
   * Returns the JSON path of the offending value, such as {@code $.vote.inFavour}.
   *
   * @return the path
   */
  public String jsonPath() {
    return jsonPath;
  }
}
