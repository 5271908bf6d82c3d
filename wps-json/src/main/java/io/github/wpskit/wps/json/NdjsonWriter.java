package io.github.wpskit.wps.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.wpskit.wps.json.internal.Errors;
import io.github.wpskit.wps.json.internal.Extras;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes NDJSON: each document compact on one line, ending with {@code \n}, through one buffered
 * generator, in constant memory. Open one with {@link WpsJson#ndjsonWriter(OutputStream)}.
 *
 * <p>Not thread-safe: one writer per stream and thread.
 */
public final class NdjsonWriter implements Closeable, Flushable {
  private final WpsJson json;
  private final JsonGenerator generator;
  private final OutputStream out;

  NdjsonWriter(WpsJson json, OutputStream out) {
    this.json = json;
    this.out = out;
    try {
      this.generator = json.mapper().getFactory().createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Lines end with '\n' after every document; no separator between root values.
    generator.setRootValueSeparator(null);
  }

  /**
   * Writes one document as one line.
   *
   * @param document a value of a document type
   * @throws WpsJsonException if the value cannot be represented
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void write(Object document) {
    try {
      json.streamingWriter(WpsJson.kindOf(document)).writeValue(generator, document);
      generator.writeRaw('\n');
    } catch (IOException e) {
      throw Errors.write(e);
    }
  }

  /**
   * Writes the value of a lenient read with its unknown fields as one line.
   *
   * @param decoded the lenient result
   * @throws WpsJsonException if the value cannot be represented or a kept field has no place
   */
  public void write(Decoded<?> decoded) {
    Extras extras = new Extras(decoded.fields());
    try {
      json.streamingWriter(WpsJson.kindOf(decoded.value()))
          .withAttribute(Extras.KEY, extras)
          .writeValue(generator, decoded.value());
      generator.writeRaw('\n');
    } catch (IOException e) {
      throw Errors.write(e);
    }
    List<String> lost = extras.unwritten();
    if (!lost.isEmpty()) {
      throw new WpsJsonException(
          WpsJsonException.Problem.NOT_ENCODABLE,
          "Kept unknown field has no object to go back into in the new value",
          lost.get(0), -1, -1, null);
    }
  }

  /**
   * Flushes buffered lines to the stream.
   *
   * @throws IOException if the stream fails
   */
  @Override
  public void flush() throws IOException {
    generator.flush();
  }

  /**
   * Flushes and closes the stream.
   *
   * @throws IOException if the stream fails
   */
  @Override
  public void close() throws IOException {
    generator.close();
    // AUTO_CLOSE_TARGET is off for the facade's streams; this writer owns its stream.
    out.close();
  }
}
