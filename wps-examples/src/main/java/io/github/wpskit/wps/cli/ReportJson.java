package io.github.wpskit.wps.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.wpskit.wps.validation.SkippedRule;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes a validation report as JSON for machines ({@code wps validate --format json}).
 *
 * <p>wps-json has no codec for validation reports (they are results, not documents of the format), so
 * the tool writes this shape itself with Jackson's streaming generator:
 *
 * <pre>
 * {
 *   "valid": false,
 *   "errors": 1, "warnings": 0, "info": 0,
 *   "libraryVersion": "0.1.0-SNAPSHOT", "catalogueVersion": "1",
 *   "files": [{"file": "a.json", "documents": 1}],
 *   "readWarnings": ["a.json: Unknown field 'note' at $ was kept"],
 *   "issues": [{"ruleId": "WPS-MSN-003", "severity": "ERROR", "objectId": "MINUSMA 2023-03-31",
 *               "location": "$.posts", "message": "...", "source": "..."}],
 *   "skipped": [{"ruleId": "WPS-MND-008", "objectId": "...", "reason": "..."}]
 * }
 * </pre>
 *
 * Issues and skipped rules are in the report's order. Fields are only ever added, never renamed.
 */
final class ReportJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ReportJson() {}

  /**
   * Writes the report.
   *
   * @param out where to write; flushed, not closed
   * @param report the report
   * @param files each file read, with the number of documents in it, in order
   * @param readWarnings warnings of a lenient read
   */
  static void write(Writer out, ValidationReport report, Map<String, Integer> files,
      List<String> readWarnings) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeBooleanField("valid", report.isValid());
      g.writeNumberField("errors", report.errorCount());
      g.writeNumberField("warnings", report.warningCount());
      g.writeNumberField("info", report.infoCount());
      g.writeStringField("libraryVersion", report.libraryVersion());
      g.writeStringField("catalogueVersion", report.catalogueVersion());
      g.writeArrayFieldStart("files");
      for (Map.Entry<String, Integer> f : files.entrySet()) {
        g.writeStartObject();
        g.writeStringField("file", f.getKey());
        g.writeNumberField("documents", f.getValue());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("readWarnings");
      for (String w : readWarnings) {
        g.writeString(w);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("issues");
      for (ValidationIssue i : report.issues()) {
        g.writeStartObject();
        g.writeStringField("ruleId", i.ruleId().toString());
        g.writeStringField("severity", i.severity().name());
        g.writeStringField("objectId", i.objectId());
        g.writeStringField("location", i.location().toString());
        g.writeStringField("message", i.message());
        g.writeStringField("source", i.source());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("skipped");
      for (SkippedRule s : report.skipped()) {
        g.writeStartObject();
        g.writeStringField("ruleId", s.ruleId().toString());
        g.writeStringField("objectId", s.objectId());
        g.writeStringField("reason", s.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
