package io.github.wpskit.wps.json;

import io.github.wpskit.wps.json.WpsJsonException.Problem;
import io.github.wpskit.wps.json.internal.LineReader;
import io.github.wpskit.wps.json.internal.Paths;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads NDJSON lazily: one document per line, decoded only when asked for, in constant memory
 * whatever the length of the stream. Blank lines are skipped. Open one with
 * {@link WpsJson#ndjsonReader(InputStream, Class, NdjsonOptions)}.
 *
 * <p>A bad line fails with a {@link WpsJsonException} whose {@link WpsJsonException#line()} is the
 * line of the file. With {@link NdjsonOptions#withContinueOnError(boolean)} the reader skips bad lines
 * instead and collects their errors ({@link #errors()}, {@link #errorCount()}).
 *
 * <p>Not thread-safe: one reader per stream and thread.
 *
 * @param <T> the document type
 */
public final class NdjsonReader<T> implements Iterator<T>, Closeable {
  /** Decodes one line. */
  interface LineDecoder<T> {
    T decode(byte[] bytes, int length);
  }

  private final InputStream in;
  private final LineReader lines;
  private final NdjsonOptions options;
  private final LineDecoder<T> decoder;
  private final List<WpsJsonException> errors = new ArrayList<>();
  private long errorCount;
  private T next;
  private boolean done;

  NdjsonReader(InputStream in, NdjsonOptions options, LineDecoder<T> decoder) {
    this.in = in;
    this.lines = new LineReader(in, options.maxLineLength());
    this.options = options;
    this.decoder = decoder;
  }

  /**
   * Reads ahead to the next document.
   *
   * @return true if there is one
   * @throws WpsJsonException for a bad line, unless continuing on errors
   * @throws UncheckedIOException if the stream fails
   */
  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      int length;
      try {
        length = lines.next();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (length == LineReader.END) {
        done = true;
        break;
      }
      if (length == LineReader.TOO_LONG) {
        fail(new WpsJsonException(
            Problem.MALFORMED_JSON,
            "Line longer than the limit of " + options.maxLineLength() + " bytes",
            Paths.ROOT,
            lines.lineNumber(),
            -1,
            null));
        continue;
      }
      if (isBlank(lines.buffer(), length)) {
        continue;
      }
      try {
        next = decoder.decode(lines.buffer(), length);
      } catch (WpsJsonException e) {
        fail(e.onLine(lines.lineNumber()));
      }
    }
    return next != null;
  }

  private void fail(WpsJsonException e) {
    if (!options.continueOnError()) {
      throw e;
    }
    errorCount++;
    if (errors.size() < options.maxCollectedErrors()) {
      errors.add(e);
    }
  }

  private static boolean isBlank(byte[] b, int length) {
    for (int i = 0; i < length; i++) {
      byte c = b[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the next document.
   *
   * @return the document
   * @throws NoSuchElementException at the end
   * @throws WpsJsonException for a bad line, unless continuing on errors
   */
  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T result = next;
    next = null;
    return result;
  }

  /**
   * Returns the remaining documents as a sequential stream; closing the stream closes this reader.
   *
   * @return the stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::closeUnchecked);
  }

  /**
   * Returns the 1-based number of the last line read.
   *
   * @return the line number
   */
  public long lineNumber() {
    return lines.lineNumber();
  }

  /**
   * Returns the errors of the bad lines skipped so far (at most
   * {@link NdjsonOptions#maxCollectedErrors()}), in line order.
   *
   * @return an unmodifiable snapshot
   */
  public List<WpsJsonException> errors() {
    return Collections.unmodifiableList(new ArrayList<>(errors));
  }

  /**
   * Returns how many bad lines were skipped so far.
   *
   * @return the count
   */
  public long errorCount() {
    return errorCount;
  }

  private void closeUnchecked() {
    try {
      close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Closes the stream.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    done = true;
    in.close();
  }
}
