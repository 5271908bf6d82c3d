package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.wpskit.wps.json.DocumentKind;
import java.io.IOException;

/**
 * The two fields every top-level document starts with: {@code "kind"} and {@code "formatVersion"}.
 * A value is a document when it is the root of a JSON text (or of an NDJSON line); nested values carry
 * no envelope.
 */
final class Envelope {
  /** The field naming the document kind. */
  public static final String KIND = "kind";
  /** The field naming the format version. */
  public static final String FORMAT_VERSION = "formatVersion";
  /** The format version this library reads and writes. */
  public static final int VERSION = 1;

  private static final String KIND_LIST = kindList();

  static final SerializedString KIND_NAME = new SerializedString(KIND);
  static final SerializedString FORMAT_VERSION_NAME = new SerializedString(FORMAT_VERSION);

  private Envelope() {}

  private static String kindList() {
    StringBuilder sb = new StringBuilder();
    for (DocumentKind kind : DocumentKind.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(kind.id());
    }
    return sb.toString();
  }

  /**
   * Reads the value of {@code "kind"}.
   *
   * @param p the parser, at the value
   * @return the kind
   * @throws IOException if the value is not the id of a document kind
   */
  public static DocumentKind readKind(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Fail.expected(p, "a document kind (" + KIND_LIST + ")");
    }
    String id = p.getText();
    DocumentKind kind = DocumentKind.ofId(id).orElse(null);
    if (kind == null) {
      throw Fail.at(p, "Unknown document kind " + Fail.quote(id) + " (expected one of "
          + KIND_LIST + ")", null);
    }
    return kind;
  }

  /**
   * Reads the value of {@code "kind"} and requires it to be {@code expected}.
   *
   * @param p the parser, at the value
   * @param expected the kind being read
   * @throws IOException if the value names another kind or none
   */
  static void expectKind(JsonParser p, DocumentKind expected) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING && expected.id().equals(p.getText())) {
      return;
    }
    DocumentKind actual = readKind(p);
    throw Fail.at(p, "Wrong document kind '" + actual.id() + "' (expected '" + expected.id() + "')",
        null);
  }

  /**
   * Reads the value of {@code "formatVersion"} and requires it to be {@value #VERSION}.
   *
   * @param p the parser, at the value
   * @throws IOException if the value is another number or not a number
   */
  static void expectVersion(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw Fail.expected(p, "the format version " + VERSION);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() != VERSION) {
      throw Fail.at(p, "Unsupported format version " + p.getText() + " (this library reads version "
          + VERSION + ")", null);
    }
  }
}
