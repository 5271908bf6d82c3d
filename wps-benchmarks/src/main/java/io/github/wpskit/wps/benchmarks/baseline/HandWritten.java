package io.github.wpskit.wps.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Baseline (b), the floor: hand-written {@link JsonParser}/{@link JsonGenerator} code producing and
 * consuming the same records as databind. It is the code a competent user writes against Jackson's
 * streaming API: {@code nextFieldName()} and a {@code switch} on the name, field names pre-encoded as
 * {@link SerializedString}, dates through {@link LocalDate#parse} and {@link LocalDate#toString} (as
 * {@code JavaTimeModule} does for the databind baseline), unknown fields refused, and no other checks.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class HandWritten {
  /** The factory, with Jackson's defaults. */
  public static final JsonFactory FACTORY = JsonFactory.builder().build();

  private static final SerializedString KIND = new SerializedString("kind");
  private static final SerializedString FORMAT_VERSION = new SerializedString("formatVersion");
  private static final SerializedString MISSION = new SerializedString("mission");
  private static final SerializedString COUNTRY = new SerializedString("contributingCountry");
  private static final SerializedString CATEGORY = new SerializedString("category");
  private static final SerializedString REPORTING_DATE = new SerializedString("reportingDate");
  private static final SerializedString WOMEN = new SerializedString("women");
  private static final SerializedString MEN = new SerializedString("men");
  private static final SerializedString AUTHORISED_BY = new SerializedString("authorisedBy");
  private static final SerializedString START = new SerializedString("start");
  private static final SerializedString END = new SerializedString("end");
  private static final SerializedString AUTHORISED_STRENGTH =
      new SerializedString("authorisedStrength");
  private static final SerializedString TASKS = new SerializedString("tasks");
  private static final SerializedString DESCRIPTION = new SerializedString("description");
  private static final SerializedString CITED = new SerializedString("citedResolutions");
  private static final SerializedString POLICY = new SerializedString("policyReferences");

  private HandWritten() {}

  // ---- decoding ----

  /**
   * Decodes one deployment document.
   *
   * @param json the document
   * @return the record
   */
  public static DeploymentRecord decodeDeployment(byte[] json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      return readDeployment(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Decodes one mandate document.
   *
   * @param json the document
   * @return the record
   */
  public static MandateRecord decodeMandate(byte[] json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      return readMandate(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads every deployment of an NDJSON stream through one parser (Jackson reads a sequence of root
   * values separated by white space).
   *
   * @param in the stream
   * @param sink receives each record
   * @return the number of records
   */
  public static long readDeployments(InputStream in, Consumer<DeploymentRecord> sink) {
    long n = 0;
    try (JsonParser p = FACTORY.createParser(in)) {
      while (p.nextToken() == JsonToken.START_OBJECT) {
        sink.accept(readDeployment(p));
        n++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  /**
   * Reads a deployment object; the parser is on its {@code START_OBJECT}.
   *
   * @param p the parser
   * @return the record
   * @throws IOException on malformed input or an unknown field
   */
  public static DeploymentRecord readDeployment(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    String kind = null;
    int formatVersion = 0;
    String mission = null;
    String country = null;
    PersonnelKind category = null;
    LocalDate reportingDate = null;
    int women = 0;
    int men = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "kind":
          kind = p.getText();
          break;
        case "formatVersion":
          formatVersion = p.getIntValue();
          break;
        case "mission":
          mission = p.getText();
          break;
        case "contributingCountry":
          country = p.getText();
          break;
        case "category":
          category = PersonnelKind.fromWire(p.getText());
          break;
        case "reportingDate":
          reportingDate = LocalDate.parse(p.getText());
          break;
        case "women":
          women = p.getIntValue();
          break;
        case "men":
          men = p.getIntValue();
          break;
        default:
          throw unknown(p, name);
      }
    }
    return new DeploymentRecord(
        kind, formatVersion, mission, country, category, reportingDate, women, men);
  }

  /**
   * Reads a mandate object; the parser is on its {@code START_OBJECT}.
   *
   * @param p the parser
   * @return the record
   * @throws IOException on malformed input or an unknown field
   */
  public static MandateRecord readMandate(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    String kind = null;
    int formatVersion = 0;
    String mission = null;
    String authorisedBy = null;
    LocalDate start = null;
    LocalDate end = null;
    Map<PersonnelKind, Integer> strength = new EnumMap<>(PersonnelKind.class);
    List<TaskRecord> tasks = new ArrayList<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "kind":
          kind = p.getText();
          break;
        case "formatVersion":
          formatVersion = p.getIntValue();
          break;
        case "mission":
          mission = p.getText();
          break;
        case "authorisedBy":
          authorisedBy = p.getText();
          break;
        case "start":
          start = LocalDate.parse(p.getText());
          break;
        case "end":
          end = LocalDate.parse(p.getText());
          break;
        case "authorisedStrength":
          expect(p, JsonToken.START_OBJECT);
          for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            strength.put(PersonnelKind.fromWire(key), p.getIntValue());
          }
          break;
        case "tasks":
          expect(p, JsonToken.START_ARRAY);
          while (p.nextToken() != JsonToken.END_ARRAY) {
            tasks.add(readTask(p));
          }
          break;
        default:
          throw unknown(p, name);
      }
    }
    return new MandateRecord(kind, formatVersion, mission, authorisedBy, start, end, strength, tasks);
  }

  private static TaskRecord readTask(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT);
    TaskKind category = null;
    String description = null;
    List<String> cited = new ArrayList<>();
    List<String> policy = new ArrayList<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "category":
          category = TaskKind.fromWire(p.getText());
          break;
        case "description":
          description = p.getText();
          break;
        case "citedResolutions":
          readStrings(p, cited);
          break;
        case "policyReferences":
          readStrings(p, policy);
          break;
        default:
          throw unknown(p, name);
      }
    }
    return new TaskRecord(category, description, cited, policy);
  }

  private static void readStrings(JsonParser p, List<String> into) throws IOException {
    expect(p, JsonToken.START_ARRAY);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      into.add(p.getText());
    }
  }

  private static void expect(JsonParser p, JsonToken token) throws IOException {
    if (p.currentToken() != token) {
      throw new JsonParseException(p, "Expected " + token + " but was " + p.currentToken());
    }
  }

  private static JsonParseException unknown(JsonParser p, String name) {
    return new JsonParseException(p, "Unknown field '" + name + "'");
  }

  // ---- encoding ----

  /**
   * Encodes a deployment document, compact, as UTF-8.
   *
   * @param d the record
   * @return the bytes
   */
  public static byte[] encode(DeploymentRecord d) {
    BufferRecycler br = FACTORY._getBufferRecycler();
    try (ByteArrayBuilder bb = new ByteArrayBuilder(br)) {
      try (JsonGenerator g = FACTORY.createGenerator(bb, JsonEncoding.UTF8)) {
        write(g, d);
      }
      return bb.getClearAndRelease();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      br.releaseToPool();
    }
  }

  /**
   * Encodes a mandate document, compact, as UTF-8.
   *
   * @param m the record
   * @return the bytes
   */
  public static byte[] encode(MandateRecord m) {
    BufferRecycler br = FACTORY._getBufferRecycler();
    try (ByteArrayBuilder bb = new ByteArrayBuilder(br)) {
      try (JsonGenerator g = FACTORY.createGenerator(bb, JsonEncoding.UTF8)) {
        write(g, m);
      }
      return bb.getClearAndRelease();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      br.releaseToPool();
    }
  }

  /**
   * Writes a deployment object.
   *
   * @param g the generator
   * @param d the record
   * @throws IOException from the generator
   */
  public static void write(JsonGenerator g, DeploymentRecord d) throws IOException {
    g.writeStartObject();
    g.writeFieldName(KIND);
    g.writeString(d.kind());
    g.writeFieldName(FORMAT_VERSION);
    g.writeNumber(d.formatVersion());
    g.writeFieldName(MISSION);
    g.writeString(d.mission());
    g.writeFieldName(COUNTRY);
    g.writeString(d.contributingCountry());
    g.writeFieldName(CATEGORY);
    g.writeString(d.category().wire());
    g.writeFieldName(REPORTING_DATE);
    g.writeString(d.reportingDate().toString());
    g.writeFieldName(WOMEN);
    g.writeNumber(d.women());
    g.writeFieldName(MEN);
    g.writeNumber(d.men());
    g.writeEndObject();
  }

  /**
   * Writes a mandate object.
   *
   * @param g the generator
   * @param m the record
   * @throws IOException from the generator
   */
  public static void write(JsonGenerator g, MandateRecord m) throws IOException {
    g.writeStartObject();
    g.writeFieldName(KIND);
    g.writeString(m.kind());
    g.writeFieldName(FORMAT_VERSION);
    g.writeNumber(m.formatVersion());
    g.writeFieldName(MISSION);
    g.writeString(m.mission());
    g.writeFieldName(AUTHORISED_BY);
    g.writeString(m.authorisedBy());
    g.writeFieldName(START);
    g.writeString(m.start().toString());
    g.writeFieldName(END);
    g.writeString(m.end().toString());
    g.writeFieldName(AUTHORISED_STRENGTH);
    g.writeStartObject();
    for (Map.Entry<PersonnelKind, Integer> e : m.authorisedStrength().entrySet()) {
      g.writeFieldName(e.getKey().wire());
      g.writeNumber(e.getValue());
    }
    g.writeEndObject();
    g.writeFieldName(TASKS);
    g.writeStartArray();
    for (TaskRecord t : m.tasks()) {
      g.writeStartObject();
      g.writeFieldName(CATEGORY);
      g.writeString(t.category().wire());
      g.writeFieldName(DESCRIPTION);
      g.writeString(t.description());
      g.writeFieldName(CITED);
      writeStrings(g, t.citedResolutions());
      g.writeFieldName(POLICY);
      writeStrings(g, t.policyReferences());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeStrings(JsonGenerator g, List<String> values) throws IOException {
    g.writeStartArray();
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }
}
