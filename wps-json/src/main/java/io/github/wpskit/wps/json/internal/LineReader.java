package io.github.wpskit.wps.json.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an NDJSON stream line by line into one reusable buffer that never grows past the line limit:
 * a longer line is skipped to its end without being kept, so memory stays constant whatever the
 * input. Lines end at {@code \n}; a {@code \r} before it is dropped. Not thread-safe.
 */
public final class LineReader {
  /** Returned by {@link #next()} at the end of input. */
  public static final int END = -1;
  /** Returned by {@link #next()} for a line over the limit (which was skipped). */
  public static final int TOO_LONG = -2;

  private final InputStream in;
  private final int maxLength;
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[1024];
  private long lineNumber;
  private boolean eof;

  /**
   * Creates a reader.
   *
   * @param in the stream
   * @param maxLength the longest line accepted, in bytes
   */
  public LineReader(InputStream in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /**
   * Reads the next line into {@link #buffer()}.
   *
   * @return the line's length without its terminator, {@link #END} or {@link #TOO_LONG}
   * @throws IOException if the stream fails
   */
  public int next() throws IOException {
    if (eof && chunkPos >= chunkEnd) {
      return END;
    }
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkPos >= chunkEnd) {
        int n = in.read(chunk);
        if (n < 0) {
          eof = true;
          if (!any) {
            return END;
          }
          break;
        }
        chunkPos = 0;
        chunkEnd = n;
        continue;
      }
      any = true;
      int start = chunkPos;
      int i = start;
      while (i < chunkEnd && chunk[i] != '\n') {
        i++;
      }
      int n = i - start;
      if (!tooLong) {
        if (length + n > maxLength + 1) { // +1: a '\r' before '\n' does not count
          tooLong = true;
        } else {
          ensure(length + n);
          System.arraycopy(chunk, start, line, length, n);
          length += n;
        }
      }
      if (i < chunkEnd) {
        chunkPos = i + 1;
        break;
      }
      chunkPos = chunkEnd;
    }
    lineNumber++;
    if (!tooLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    if (tooLong || length > maxLength) {
      return TOO_LONG;
    }
    return length;
  }

  private void ensure(int capacity) {
    if (capacity > line.length) {
      byte[] bigger = new byte[Math.min(Math.max(capacity, line.length * 2), maxLength + 1)];
      System.arraycopy(line, 0, bigger, 0, line.length);
      line = bigger;
    }
  }

  /**
   * Returns the buffer holding the last line read; valid until the next call.
   *
   * @return the buffer
   */
  public byte[] buffer() {
    return line;
  }

  /**
   * Returns the 1-based number of the last line read.
   *
   * @return the line number, 0 before the first line
   */
  public long lineNumber() {
    return lineNumber;
  }
}
