package io.github.wpskit.wps.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;

/**
 * A field that the wps JSON format does not know, refused because
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} is enabled (Jackson's default) and no
 * {@code DeserializationProblemHandler} of the mapper took it. It is Jackson's
 * {@link UnrecognizedPropertyException}, with the field's name ({@link #getPropertyName()}), the
 * known fields in the format's order ({@link #getKnownPropertyIds()}) and the JSON path; the message
 * reads {@code Unknown field 'comment' (known fields: mission, contributingCountry, ...) at
 * $.comment}.
 */
public final class UnknownFieldException extends UnrecognizedPropertyException {
  private static final long serialVersionUID = 1L;

  private final String detail;
  private final String jsonPath;

  /**
   * Creates the exception; wps-json's deserializers do, applications have no need to.
   *
   * @param p the parser that was reading
   * @param jsonPath the JSON path of the field, such as {@code $.comment}
   * @param location where the field's value starts
   * @param type the type being read
   * @param field the unknown field's name
   * @param knownFields the format's field names for the type, in order
   */
  public UnknownFieldException(JsonParser p, String jsonPath, JsonLocation location, Class<?> type,
      String field, Collection<Object> knownFields) {
    this(p, detail(field, knownFields), jsonPath, location, type, field, knownFields);
  }

  private UnknownFieldException(JsonParser p, String detail, String jsonPath,
      JsonLocation location, Class<?> type, String field, Collection<Object> knownFields) {
    super(p, detail + " at " + jsonPath, location, type, field, knownFields);
    this.detail = detail;
    this.jsonPath = jsonPath;
  }

  /**
   * Returns nothing: the message already names the known fields, which Jackson would repeat.
   *
   * @return null
   */
  @Override
  public String getMessageSuffix() {
    return null;
  }

  private static String detail(String field, Collection<Object> knownFields) {
    StringBuilder sb = new StringBuilder("Unknown field '").append(field).append("' (known fields: ");
    String separator = "";
    for (Object known : knownFields) {
      sb.append(separator).append(known);
      separator = ", ";
    }
    return sb.append(')').toString();
  }

  /**
   * Returns the message without path or location.
   *
   * @return the detail, such as {@code Unknown field 'comment' (known fields: ...)}
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns the JSON path of the unknown field, such as {@code $.comment}.
   *
   * @return the path
   */
  public String jsonPath() {
    return jsonPath;
  }
}
