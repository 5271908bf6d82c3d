package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.compact.CompactReport;
import io.github.wpskit.wps.json.DocumentKind;
import java.io.IOException;
import java.util.Set;

/**
 * {@link CompactReport}, document kind {@code compact-report}: {@code signatory},
 * {@code reportingYear} (a number; required), {@code submitted} (optional), {@code entries} (always
 * written).
 */
final class CompactReportCodec {
  static final String[] FIELDS = {"signatory", "reportingYear", "submitted", "entries"};
  private static final SerializedString SIGNATORY = new SerializedString(FIELDS[0]);
  private static final SerializedString REPORTING_YEAR = new SerializedString(FIELDS[1]);
  private static final SerializedString SUBMITTED = new SerializedString(FIELDS[2]);
  private static final SerializedString ENTRIES = new SerializedString(FIELDS[3]);

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private CompactReportCodec() {}

  /** Reads a report through {@link CompactReport#builder()}. */
  public static final class Deserializer
      extends ObjectDeserializer<CompactReport, CompactReport.Builder> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(CompactReport.class, DocumentKind.COMPACT_REPORT, "a Compact report (an object)",
          FIELDS);
    }

    @Override
    protected CompactReport.Builder newBuilder() {
      return CompactReport.builder();
    }

    @Override
    protected Set<String> arrayFields() {
      return Set.of(FIELDS[3]);
    }

    @Override
    protected int readField(
        String name, JsonParser p, DeserializationContext ctxt, CompactReport.Builder b)
        throws IOException {
      switch (name) {
        case "signatory":
          b.signatory(Read.text(p, ctxt));
          return 0;
        case "reportingYear":
          b.reportingYear(Read.year(p, ctxt));
          return 1;
        case "submitted":
          if (!Read.isNull(p)) {
            b.submitted(Read.date(p, ctxt));
          }
          return 2;
        case "entries":
          Read.list(p, ctxt, "an array of progress entries", ProgressEntryCodec.DESERIALIZER,
              b::addEntries);
          return 3;
        default:
          return -1;
      }
    }

    @Override
    protected CompactReport build(CompactReport.Builder b) {
      return b.build();
    }
  }

  /** Writes a report. */
  public static final class Serializer extends ObjectSerializer<CompactReport> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(CompactReport.class, DocumentKind.COMPACT_REPORT);
    }

    @Override
    protected void writeFields(CompactReport r, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(SIGNATORY);
      g.writeString(r.signatory());
      g.writeFieldName(REPORTING_YEAR);
      Write.year(g, r.reportingYear());
      if (r.submitted().isPresent()) {
        Write.dateField(g, SUBMITTED, r.submitted().get());
      }
      Write.objects(g, ENTRIES, ProgressEntryCodec.SERIALIZER, r.entries(), provider);
    }
  }
}
