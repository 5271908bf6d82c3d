package io.github.wpskit.wps.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The layouts the tool reads, told apart by the file name where it says and by the content where it
 * does not (standard input, a {@code .json} file that is really NDJSON, a file without an
 * extension).
 */
enum InputFormat {
  /** One JSON document. */
  JSON,
  /** One JSON document per line. */
  NDJSON,
  /** One of DPO's CSV tables, recognised by its header. */
  CSV;

  /** How much of a file is read to tell its format: enough for the first line of an NDJSON file. */
  private static final int SNIFF_BYTES = 64 * 1024;

  /** The file name endings the tool reads when it walks a directory. */
  static final String KNOWN_EXTENSIONS = ".json, .ndjson, .jsonl, .csv";

  /**
   * Returns whether a file name ends in an extension the tool reads, in any case.
   *
   * @param name the file name
   * @return true for {@code .json}, {@code .ndjson}, {@code .jsonl} and {@code .csv}
   */
  static boolean isKnown(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".ndjson") || n.endsWith(".jsonl")
        || n.endsWith(".csv");
  }

  /**
   * Tells the format of a file: {@code .ndjson}, {@code .jsonl} and {@code .csv} by their names; a
   * {@code .json} file is NDJSON when its first line is a whole object and another line follows;
   * anything else is told by its content: JSON or NDJSON when it starts with a brace or bracket, CSV
   * otherwise.
   *
   * @param file the file, readable
   * @param name the name given for it (for standard input {@code -})
   * @return the format
   * @throws IOException if the file cannot be read
   */
  static InputFormat detect(Path file, String name) throws IOException {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".ndjson") || n.endsWith(".jsonl")) {
      return NDJSON;
    }
    if (n.endsWith(".csv")) {
      return CSV;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    return ofContent(head, n.endsWith(".json"));
  }

  /**
   * Tells the format from the start of the content.
   *
   * @param head the first bytes
   * @param json whether the name says JSON (then it is never CSV)
   * @return the format
   */
  static InputFormat ofContent(byte[] head, boolean json) {
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb
        && (head[2] & 0xff) == 0xbf) {
      i = 3; // a UTF-8 byte order mark: CSV files often start with one
    }
    while (i < head.length && isSpace(head[i])) {
      i++;
    }
    if (i == head.length) {
      return json ? JSON : NDJSON; // empty: the readers say so in their own words
    }
    if (head[i] != '{' && head[i] != '[') {
      return json ? JSON : CSV;
    }
    int end = i;
    while (end < head.length && head[end] != '\n') {
      end++;
    }
    if (end == head.length) {
      return JSON; // one line, or a first line longer than the sniffed bytes
    }
    int last = end - 1;
    while (last > i && isSpace(head[last])) {
      last--;
    }
    if (head[i] != '{' || head[last] != '}') {
      return JSON; // a first line that is not a whole object: pretty-printed JSON
    }
    for (int k = end + 1; k < head.length; k++) {
      if (!isSpace(head[k])) {
        return NDJSON; // a whole object on the first line, and more after it
      }
    }
    return JSON;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }
}
