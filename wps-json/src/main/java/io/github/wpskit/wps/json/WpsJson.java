package io.github.wpskit.wps.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.wpskit.wps.json.WpsJsonException.Problem;
import io.github.wpskit.wps.json.internal.AnyDocument;
import io.github.wpskit.wps.json.internal.Errors;
import io.github.wpskit.wps.json.internal.Extras;
import io.github.wpskit.wps.json.internal.Fail;
import io.github.wpskit.wps.json.internal.Limits;
import io.github.wpskit.wps.json.internal.Paths;
import io.github.wpskit.wps.json.internal.UnknownFields;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes wps JSON documents: the ready, correctly configured entry point of this module.
 *
 * <pre>{@code
 * WpsJson json = WpsJson.strict();
 * byte[] bytes = json.encode(resolution);
 * Resolution back = json.decode(bytes, Resolution.class);
 * Object any = json.readDocument(bytes);          // the kind is read from the document
 * }</pre>
 *
 * <p>{@link #strict()} refuses anything that does not fit the format, unknown fields included. The
 * explicit opt-in {@link #lenient()} keeps unknown fields and writes them back out. Every failure is
 * a {@link WpsJsonException} with the JSON path, line and column; an I/O failure of a caller's stream
 * is an {@link java.io.UncheckedIOException}. Streams passed in are never closed, except by the NDJSON
 * reader and writer, which own theirs.
 *
 * <p>Input limits (nesting depth, string, number, name and document length) are set for untrusted
 * input; docs/json-format.md lists them.
 *
 * <p>This class is immutable and thread-safe; share one instance.
 */
public final class WpsJson {
  /** The format version this library reads and writes. */
  public static final int FORMAT_VERSION = 1;

  private static final WpsJson STRICT = new WpsJson();
  private static final Lenient LENIENT = new Lenient(STRICT);

  private final ObjectMapper mapper;
  private final Map<DocumentKind, ObjectReader> readers = new EnumMap<>(DocumentKind.class);
  private final ObjectReader anyReader;
  private final Map<DocumentKind, ObjectWriter> writers = new EnumMap<>(DocumentKind.class);
  private final ObjectWriter prettyWriter;

  private WpsJson() {
    mapper = Limits.mapper(Limits.MAX_DOCUMENT_LENGTH);
    SimpleModule any = new SimpleModule("wps-any-document");
    addAny(any);
    mapper.registerModule(any);
    for (DocumentKind kind : DocumentKind.values()) {
      // The facade checks for content after the document itself, to report it as malformed.
      readers.put(
          kind,
          mapper.readerFor(kind.valueType())
              .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
      writers.put(kind, mapper.writerFor(kind.valueType()));
    }
    anyReader =
        mapper.readerFor(AnyDocument.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    prettyWriter = mapper.writer(pretty);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void addAny(SimpleModule module) {
    module.addDeserializer((Class) AnyDocument.class, (com.fasterxml.jackson.databind.JsonDeserializer)
        AnyDocument.DESERIALIZER);
  }

  /**
   * Returns the strict instance: unknown fields fail.
   *
   * @return the shared strict instance
   */
  public static WpsJson strict() {
    return STRICT;
  }

  /**
   * Returns the lenient instance: unknown fields are kept, reported and written back.
   *
   * @return the shared lenient instance
   */
  public static Lenient lenient() {
    return LENIENT;
  }

  // ---- decoding ----

  /**
   * Decodes a document of a given type from UTF-8 bytes.
   *
   * @param json the document, UTF-8
   * @param type a document type such as {@code Resolution.class}, or {@code Object.class} for any kind
   * @param <T> the type
   * @return the value, not null
   * @throws WpsJsonException if the input is malformed or does not fit
   * @throws IllegalArgumentException if {@code type} is not a document type
   */
  public <T> T decode(byte[] json, Class<T> type) {
    return type.cast(read(readerFor(type), json, null));
  }

  /**
   * Decodes a document of a given type from a stream of UTF-8 bytes, reading it to its end (the
   * stream is not closed).
   *
   * @param json the stream
   * @param type a document type, or {@code Object.class} for any kind
   * @param <T> the type
   * @return the value, not null
   * @throws WpsJsonException if the input is malformed or does not fit
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public <T> T decode(InputStream json, Class<T> type) {
    return type.cast(read(readerFor(type), json, null));
  }

  /**
   * Decodes a document of a given type from text.
   *
   * @param json the document
   * @param type a document type, or {@code Object.class} for any kind
   * @param <T> the type
   * @return the value, not null
   * @throws WpsJsonException if the input is malformed or does not fit
   */
  public <T> T decode(String json, Class<T> type) {
    return type.cast(read(readerFor(type), json, null));
  }

  /**
   * Decodes a document of any kind, chosen by its {@code "kind"} field.
   *
   * @param json the document, UTF-8
   * @return the value: a {@link DocumentKind#valueType()} instance
   * @throws WpsJsonException if the input is malformed or does not fit
   */
  public Object readDocument(byte[] json) {
    return read(anyReader, json, null);
  }

  /**
   * Decodes a document of any kind from a stream (not closed).
   *
   * @param json the stream
   * @return the value
   * @throws WpsJsonException if the input is malformed or does not fit
   */
  public Object readDocument(InputStream json) {
    return read(anyReader, json, null);
  }

  /**
   * Decodes a document of any kind from text.
   *
   * @param json the document
   * @return the value
   * @throws WpsJsonException if the input is malformed or does not fit
   */
  public Object readDocument(String json) {
    return read(anyReader, json, null);
  }

  ObjectReader readerFor(Class<?> type) {
    Objects.requireNonNull(type, "type");
    if (type == Object.class) {
      return anyReader;
    }
    // By assignability, as encoding does: generic code passes value.getClass(), which is the
    // generated implementation class of the document type.
    DocumentKind kind = DocumentKind.ofType(type).orElse(null);
    if (kind != null) {
      return readers.get(kind);
    }
    throw new IllegalArgumentException(
        type.getName() + " is not a document type; document kinds are " + List.of(
            DocumentKind.values()));
  }

  Object read(ObjectReader reader, Object input, UnknownFields collector) {
    ObjectReader r = collector == null ? reader : reader.withAttribute(UnknownFields.KEY, collector);
    JsonParser p = null;
    try {
      if (input instanceof byte[]) {
        byte[] bytes = (byte[]) input;
        requireUtf8(bytes, Math.min(bytes.length, 4));
        p = r.createParser(bytes);
      } else if (input instanceof InputStream) {
        PushbackInputStream in = new PushbackInputStream((InputStream) input, 4);
        byte[] start = new byte[4];
        int n = in.readNBytes(start, 0, 4);
        requireUtf8(start, n);
        in.unread(start, 0, n);
        p = r.createParser(in);
      } else if (input instanceof LineInput) {
        LineInput line = (LineInput) input;
        requireUtf8(line.bytes, Math.min(line.length, 4));
        p = r.createParser(line.bytes, 0, line.length);
      } else {
        String text = (String) input;
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
          throw notUtf8("The input starts with a byte order mark (U+FEFF)");
        }
        p = r.createParser(text);
      }
      return readOne(r, p);
    } catch (IOException e) {
      throw Errors.read(e, p);
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (IOException ignored) {
          // The parser owns no resource: AUTO_CLOSE_SOURCE is off.
        }
      }
    }
  }

  /**
   * Refuses a byte order mark and the UTF-16 and UTF-32 encodings, which Jackson would otherwise
   * detect and read: the format is UTF-8 without a byte order mark (RFC 8259, section 8.1), and
   * accepting them for bytes but not for text, as Jackson does, would make the same file valid or
   * not depending on how it was handed over. A JSON text's first characters are ASCII, so a zero
   * byte among its first four bytes means a wider encoding.
   */
  private static void requireUtf8(byte[] start, int n) {
    if (n >= 3 && (start[0] & 0xff) == 0xef && (start[1] & 0xff) == 0xbb
        && (start[2] & 0xff) == 0xbf) {
      throw notUtf8("The input starts with a UTF-8 byte order mark");
    }
    if (n >= 2 && ((start[0] & 0xff) == 0xfe && (start[1] & 0xff) == 0xff
        || (start[0] & 0xff) == 0xff && (start[1] & 0xff) == 0xfe)) {
      throw notUtf8("The input starts with a UTF-16 or UTF-32 byte order mark");
    }
    for (int i = 0; i < n; i++) {
      if (start[i] == 0) {
        throw notUtf8("The input is not UTF-8 (it looks like UTF-16 or UTF-32)");
      }
    }
  }

  private static WpsJsonException notUtf8(String what) {
    return new WpsJsonException(
        Problem.MALFORMED_JSON,
        what + ": a wps document is UTF-8 without a byte order mark",
        Paths.ROOT,
        1,
        1,
        null);
  }

  private static Object readOne(ObjectReader r, JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new WpsJsonException(
          Problem.MALFORMED_JSON, "Empty input: expected a JSON document", Paths.ROOT, -1, -1,
          null);
    }
    if (t != JsonToken.START_OBJECT) {
      throw Fail.expected(p, "a wps document (an object)");
    }
    Object value = r.readValue(p);
    if (p.nextToken() != null) {
      throw new WpsJsonException(
          Problem.MALFORMED_JSON,
          "Unexpected content after the end of the document",
          Paths.ROOT,
          p.currentTokenLocation().getLineNr(),
          p.currentTokenLocation().getColumnNr(),
          null);
    }
    return value;
  }

  /** A slice of the NDJSON line buffer. */
  static final class LineInput {
    final byte[] bytes;
    final int length;

    LineInput(byte[] bytes, int length) {
      this.bytes = bytes;
      this.length = length;
    }
  }

  // ---- encoding ----

  /**
   * Encodes a document as compact UTF-8 JSON: the envelope, then the fields in their documented
   * order. The same value always gives the same bytes.
   *
   * @param document a value of a document type, such as a {@code Resolution}
   * @return the JSON bytes
   * @throws WpsJsonException if the value cannot be represented ({@code NOT_ENCODABLE})
   * @throws IllegalArgumentException if the value is not of a document type
   */
  public byte[] encode(Object document) {
    try {
      return writerFor(document).writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw Errors.write(e);
    }
  }

  /**
   * Encodes a document as compact JSON text.
   *
   * @param document a value of a document type
   * @return the JSON text
   * @throws WpsJsonException if the value cannot be represented
   */
  public String encodeToString(Object document) {
    return new String(encode(document), StandardCharsets.UTF_8);
  }

  /**
   * Encodes a document as compact UTF-8 JSON onto a stream (not closed; flushed).
   *
   * @param document a value of a document type
   * @param out the stream
   * @throws WpsJsonException if the value cannot be represented
   * @throws java.io.UncheckedIOException if the stream fails
   */
  public void encode(Object document, OutputStream out) {
    try {
      writerFor(document).writeValue(out, document);
    } catch (IOException e) {
      throw Errors.write(e);
    }
  }

  /**
   * Encodes a document as indented JSON text for people (two spaces, one field or element per line,
   * ending with a newline): the form of the golden files and the documentation's examples.
   *
   * @param document a value of a document type
   * @return the JSON text
   * @throws WpsJsonException if the value cannot be represented
   */
  public String encodePretty(Object document) {
    writerFor(document);
    try {
      return prettyWriter.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw Errors.write(e);
    }
  }

  /**
   * Encodes the value of a lenient read together with the unknown fields it kept, each written back
   * into its object after the known fields.
   *
   * @param decoded the lenient result
   * @return the JSON bytes
   * @throws WpsJsonException if the value cannot be represented, or a kept field's object is no
   *     longer in the value ({@code NOT_ENCODABLE}: nothing is dropped silently)
   */
  public byte[] encode(Decoded<?> decoded) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    encodeTo(writerFor(decoded.value()), decoded, out);
    return out.toByteArray();
  }

  void encodeTo(ObjectWriter writer, Decoded<?> decoded, OutputStream out) {
    Extras extras = new Extras(decoded.fields());
    try {
      writer.withAttribute(Extras.KEY, extras).writeValue(out, decoded.value());
    } catch (IOException e) {
      throw Errors.write(e);
    }
    List<String> lost = extras.unwritten();
    if (!lost.isEmpty()) {
      throw new WpsJsonException(
          Problem.NOT_ENCODABLE,
          "Kept unknown field has no object to go back into in the new value",
          lost.get(0),
          -1,
          -1,
          null);
    }
  }

  ObjectWriter writerFor(Object document) {
    Objects.requireNonNull(document, "document");
    return writers.get(kindOf(document));
  }

  static DocumentKind kindOf(Object document) {
    return DocumentKind.ofType(document.getClass())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    document.getClass().getName() + " is not a document type; document kinds are "
                        + List.of(DocumentKind.values())));
  }

  // ---- NDJSON ----

  /**
   * Opens a lazy NDJSON reader: one document per line, stopping at the first bad line.
   *
   * @param in the stream, closed by the reader's {@code close()}
   * @param type a document type, or {@code Object.class} for documents of any kind
   * @param <T> the type
   * @return the reader
   */
  public <T> NdjsonReader<T> ndjsonReader(InputStream in, Class<T> type) {
    return ndjsonReader(in, type, NdjsonOptions.defaults());
  }

  /**
   * Opens a lazy NDJSON reader with options (line limit, continuing after bad lines).
   *
   * @param in the stream, closed by the reader's {@code close()}
   * @param type a document type, or {@code Object.class} for documents of any kind
   * @param options the options
   * @param <T> the type
   * @return the reader
   */
  public <T> NdjsonReader<T> ndjsonReader(InputStream in, Class<T> type, NdjsonOptions options) {
    ObjectReader reader = readerFor(type);
    return new NdjsonReader<>(
        in, options, (bytes, length) -> type.cast(read(reader, new LineInput(bytes, length), null)));
  }

  /**
   * Opens an NDJSON writer: one compact document per line, each ending with {@code \n}.
   *
   * @param out the stream, closed by the writer's {@code close()}
   * @return the writer
   */
  public NdjsonWriter ndjsonWriter(OutputStream out) {
    return new NdjsonWriter(this, out);
  }

  ObjectMapper mapper() {
    return mapper;
  }

  ObjectWriter streamingWriter(DocumentKind kind) {
    return writers.get(kind).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  }

  // ---- Jackson access ----

  /**
   * Returns a new mapper configured exactly like this facade's (limits, features, the wps module),
   * for applications that bind their own types around wps values. Each call returns a new mapper the
   * caller may configure further.
   *
   * @return a new mapper
   */
  public static ObjectMapper newObjectMapper() {
    return Limits.mapper(Limits.MAX_DOCUMENT_LENGTH);
  }

  /**
   * Returns the configured reader of a document type (immutable, thread-safe). It reads documents
   * with the same limits and strictness, but reports errors as Jackson exceptions.
   *
   * @param type a document type
   * @return the reader
   */
  public ObjectReader reader(Class<?> type) {
    if (type == Object.class) {
      throw new IllegalArgumentException("Object is not a document type");
    }
    return readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * Returns the configured writer of a document type (immutable, thread-safe).
   *
   * @param type a document type
   * @return the writer
   */
  public ObjectWriter writer(Class<?> type) {
    return writers.get(
        DocumentKind.ofType(type)
            .orElseThrow(() -> new IllegalArgumentException(type.getName()
                + " is not a document type")));
  }

  /**
   * The lenient facade: unknown fields are kept, reported in {@link Decoded#unknownFields()} and
   * {@link Decoded#warnings()}, and written back by {@link #encode(Decoded)}. Everything else (types,
   * required fields, invariants, limits) is as strict as {@link WpsJson#strict()}.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Lenient {
    private final WpsJson json;

    private Lenient(WpsJson json) {
      this.json = json;
    }

    /**
     * Decodes a document, keeping unknown fields.
     *
     * @param json the document, UTF-8
     * @param type a document type, or {@code Object.class} for any kind
     * @param <T> the type
     * @return the value and the unknown fields
     * @throws WpsJsonException if the input is malformed or does not fit
     */
    public <T> Decoded<T> decode(byte[] json, Class<T> type) {
      return decodeAny(json, type);
    }

    /**
     * Decodes a document from a stream (not closed), keeping unknown fields.
     *
     * @param json the stream
     * @param type a document type, or {@code Object.class} for any kind
     * @param <T> the type
     * @return the value and the unknown fields
     * @throws WpsJsonException if the input is malformed or does not fit
     */
    public <T> Decoded<T> decode(InputStream json, Class<T> type) {
      return decodeAny(json, type);
    }

    /**
     * Decodes a document from text, keeping unknown fields.
     *
     * @param json the document
     * @param type a document type, or {@code Object.class} for any kind
     * @param <T> the type
     * @return the value and the unknown fields
     * @throws WpsJsonException if the input is malformed or does not fit
     */
    public <T> Decoded<T> decode(String json, Class<T> type) {
      return decodeAny(json, type);
    }

    private <T> Decoded<T> decodeAny(Object input, Class<T> type) {
      UnknownFields collector = new UnknownFields();
      T value = type.cast(json.read(json.readerFor(type), input, collector));
      return new Decoded<>(value, collector.fields());
    }

    /**
     * Encodes a lenient result with its unknown fields; see {@link WpsJson#encode(Decoded)}.
     *
     * @param decoded the result
     * @return the JSON bytes
     */
    public byte[] encode(Decoded<?> decoded) {
      return json.encode(decoded);
    }

    /**
     * Opens a lazy NDJSON reader that keeps each line's unknown fields.
     *
     * @param in the stream, closed by the reader's {@code close()}
     * @param type a document type, or {@code Object.class} for any kind
     * @param options the options
     * @param <T> the type
     * @return the reader
     */
    public <T> NdjsonReader<Decoded<T>> ndjsonReader(
        InputStream in, Class<T> type, NdjsonOptions options) {
      ObjectReader reader = json.readerFor(type);
      return new NdjsonReader<>(
          in,
          options,
          (bytes, length) -> {
            UnknownFields collector = new UnknownFields();
            T value = type.cast(json.read(reader, new LineInput(bytes, length), collector));
            return new Decoded<>(value, collector.fields());
          });
    }
  }
}
