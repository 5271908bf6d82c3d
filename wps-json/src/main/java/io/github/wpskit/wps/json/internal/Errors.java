package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.wpskit.wps.json.DoesNotFitException;
import io.github.wpskit.wps.json.NotEncodableException;
import io.github.wpskit.wps.json.UnknownFieldException;
import io.github.wpskit.wps.json.WpsJsonException;
import io.github.wpskit.wps.json.WpsJsonException.Problem;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Turns Jackson's exceptions into {@link WpsJsonException}: the codecs' own
 * {@link DoesNotFitException}s and {@link UnknownFieldException}s keep
 * their path and message; Jackson's syntax and limit errors become {@code MALFORMED_JSON} with the path
 * where reading stopped and Jackson's wording cleaned of Java names. I/O failures of the caller's
 * stream are not data errors and become {@link UncheckedIOException}.
 */
public final class Errors {
  private static final Pattern NOISE =
      Pattern.compile(
          "\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)|, from `[^`]*`|\\s*\\(`[^`]*` disabled\\)");

  private Errors() {}

  /**
   * Maps an exception raised while reading.
   *
   * @param e the exception
   * @param p the parser that was reading, or null
   * @return the exception to throw
   * @throws UncheckedIOException if {@code e} is an I/O failure, not a data error
   */
  public static WpsJsonException read(IOException e, JsonParser p) {
    if (e instanceof DoesNotFitException) {
      DoesNotFitException f = (DoesNotFitException) e;
      JsonLocation loc = f.getLocation();
      return new WpsJsonException(
          Problem.DOES_NOT_FIT, f.detail(), f.jsonPath(), line(loc), column(loc), e);
    }
    if (e instanceof UnknownFieldException) {
      UnknownFieldException u = (UnknownFieldException) e;
      JsonLocation loc = u.getLocation();
      return new WpsJsonException(
          Problem.DOES_NOT_FIT, u.detail(), u.jsonPath(), line(loc), column(loc), e);
    }
    String path = p == null ? Paths.ROOT : Paths.of(p.getParsingContext());
    if (e instanceof StreamConstraintsException) {
      JsonLocation loc = p == null ? null : p.currentLocation();
      return new WpsJsonException(
          Problem.MALFORMED_JSON, "Input exceeds a limit: " + clean(original(e)), path, line(loc),
          column(loc), e);
    }
    if (e instanceof JsonEOFException) {
      JsonLocation loc = ((JsonEOFException) e).getLocation();
      return new WpsJsonException(
          Problem.MALFORMED_JSON, "Unexpected end of input: the document is truncated", path,
          line(loc), column(loc), e);
    }
    if (e instanceof StreamReadException) {
      JsonLocation loc = ((StreamReadException) e).getLocation();
      return new WpsJsonException(
          Problem.MALFORMED_JSON, clean(original(e)), path, line(loc), column(loc), e);
    }
    if (e instanceof JsonMappingException) {
      JsonMappingException m = (JsonMappingException) e;
      JsonLocation loc = m.getLocation();
      return new WpsJsonException(
          Problem.DOES_NOT_FIT, clean(original(e)), path, line(loc), column(loc), e);
    }
    if (e instanceof JsonProcessingException || e instanceof CharConversionException) {
      JsonLocation loc = p == null ? null : p.currentLocation();
      return new WpsJsonException(
          Problem.MALFORMED_JSON, clean(original(e)), path, line(loc), column(loc), e);
    }
    throw new UncheckedIOException(e);
  }

  /**
   * Maps an exception raised while writing.
   *
   * @param e the exception
   * @return the exception to throw
   * @throws UncheckedIOException if {@code e} is an I/O failure of the caller's stream
   */
  public static WpsJsonException write(IOException e) {
    if (e instanceof NotEncodableException) {
      NotEncodableException x = (NotEncodableException) e;
      return new WpsJsonException(Problem.NOT_ENCODABLE, x.detail(), x.jsonPath(), -1, -1, e);
    }
    if (e instanceof JsonProcessingException) {
      return new WpsJsonException(
          Problem.NOT_ENCODABLE, clean(original(e)), Paths.ROOT, -1, -1, e);
    }
    throw new UncheckedIOException(e);
  }

  private static String original(IOException e) {
    String m =
        e instanceof JsonProcessingException
            ? ((JsonProcessingException) e).getOriginalMessage()
            : e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /**
   * Removes Jackson's references to its own classes and to the source from a message.
   *
   * @param message Jackson's message
   * @return the message for people
   */
  static String clean(String message) {
    return NOISE.matcher(message).replaceAll("");
  }

  private static long line(JsonLocation loc) {
    return loc == null ? -1 : loc.getLineNr();
  }

  private static long column(JsonLocation loc) {
    return loc == null || loc.getLineNr() <= 0 ? -1 : loc.getColumnNr();
  }
}
