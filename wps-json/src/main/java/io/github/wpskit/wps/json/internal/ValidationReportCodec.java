package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.MissingAttributesException;
import io.github.wpskit.wps.json.DocumentKind;
import io.github.wpskit.wps.validation.Severity;
import io.github.wpskit.wps.validation.SkippedRule;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@link ValidationReport}, document kind {@code validation-report}: {@code libraryVersion},
 * {@code catalogueVersion} (required), {@code knowledgeHorizon} (a date, optional: written where the
 * report names one), {@code valid} and {@code counts} (an object with the number of issues per
 * severity, {@code error}, {@code warning}, {@code info}), {@code issues}, {@code skipped} (arrays,
 * always written).
 *
 * <p>{@code valid} and {@code counts} are derived from the issues and written for readers that do not
 * count for themselves. On input they may be left out; when given they must agree with the issues
 * (a disagreement is reported at the field), so an edited report cannot claim to be valid. Issues and
 * skipped rules are sorted as the report sorts them, whatever their order in the document.
 */
final class ValidationReportCodec {
  static final String[] FIELDS = {
    "libraryVersion", "catalogueVersion", "valid", "counts", "issues", "skipped", "knowledgeHorizon"
  };
  private static final SerializedString LIBRARY_VERSION = new SerializedString(FIELDS[0]);
  private static final SerializedString CATALOGUE_VERSION = new SerializedString(FIELDS[1]);
  private static final SerializedString VALID = new SerializedString(FIELDS[2]);
  private static final SerializedString COUNTS = new SerializedString(FIELDS[3]);
  private static final SerializedString ISSUES = new SerializedString(FIELDS[4]);
  private static final SerializedString SKIPPED = new SerializedString(FIELDS[5]);
  private static final SerializedString KNOWLEDGE_HORIZON = new SerializedString(FIELDS[6]);
  private static final Severity[] SEVERITIES = Severity.values();

  /** The serializer. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer. */
  public static final Deserializer DESERIALIZER = new Deserializer();

  private static final CountsDeserializer COUNTS_DESERIALIZER = new CountsDeserializer();

  private ValidationReportCodec() {}

  /** The fields of one report, read before the report is made. */
  static final class State {
    final List<ValidationIssue> issues = new ArrayList<>();
    final List<SkippedRule> skipped = new ArrayList<>();
    String libraryVersion;
    String catalogueVersion;
    LocalDate knowledgeHorizon;
    Boolean valid;
    Counts counts;
  }

  /** The {@code counts} object: the number of issues per severity, by ordinal. */
  static final class Counts {
    final int[] counts = new int[SEVERITIES.length];
    final boolean[] given = new boolean[SEVERITIES.length];
  }

  /** Reads a report through {@link ValidationReport#of(java.util.Collection,
   * java.util.Collection, String, String, java.time.LocalDate)}, then checks the derived fields
   * given. */
  public static final class Deserializer extends ObjectDeserializer<ValidationReport, State> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(ValidationReport.class, DocumentKind.VALIDATION_REPORT,
          "a validation report (an object)", FIELDS);
    }

    @Override
    protected State newBuilder() {
      return new State();
    }

    @Override
    protected Set<String> arrayFields() {
      return Set.of(FIELDS[4], FIELDS[5]);
    }

    @Override
    protected int readField(String name, JsonParser p, DeserializationContext ctxt, State s)
        throws IOException {
      switch (name) {
        case "libraryVersion":
          s.libraryVersion = Read.text(p, ctxt);
          return 0;
        case "catalogueVersion":
          s.catalogueVersion = Read.text(p, ctxt);
          return 1;
        case "valid":
          if (!Read.isNull(p)) {
            s.valid = Read.bool(p, ctxt);
          }
          return 2;
        case "counts":
          if (!Read.isNull(p)) {
            s.counts = COUNTS_DESERIALIZER.deserialize(p, ctxt);
          }
          return 3;
        case "issues":
          Read.sortedList(p, ctxt, "an array of validation issues",
              ValidationIssueCodec.DESERIALIZER, Comparator.<ValidationIssue>naturalOrder(),
              s.issues::add);
          return 4;
        case "skipped":
          Read.sortedList(p, ctxt, "an array of skipped rules", SkippedRuleCodec.DESERIALIZER,
              Comparator.<SkippedRule>naturalOrder(), s.skipped::add);
          return 5;
        case "knowledgeHorizon":
          if (!Read.isNull(p)) {
            s.knowledgeHorizon = Read.date(p, ctxt);
          }
          return 6;
        default:
          return -1;
      }
    }

    @Override
    protected ValidationReport build(State s) {
      requireFields(FIELDS, s.libraryVersion != null, s.catalogueVersion != null);
      ValidationReport report = ValidationReport.of(
          s.issues, s.skipped, s.libraryVersion, s.catalogueVersion, s.knowledgeHorizon);
      if (s.counts != null) {
        for (Severity severity : SEVERITIES) {
          int actual = report.count(severity);
          int given = s.counts.counts[severity.ordinal()];
          if (given != actual) {
            String spelling = Scalars.SEVERITY.print(severity);
            throw new InvalidValueException(
                "ValidationReport.counts." + spelling,
                given,
                "must be " + actual + ", the number of issues of severity " + spelling);
          }
        }
      }
      if (s.valid != null && s.valid != report.isValid()) {
        int errors = report.errorCount();
        throw new InvalidValueException(
            "ValidationReport.valid",
            s.valid,
            errors == 0
                ? "must be true: the report has no error"
                : "must be false: the report has " + errors + (errors == 1 ? " error" : " errors"));
      }
      return report;
    }
  }

  /** Reads {@code counts}: every severity is required, each an integer. */
  static final class CountsDeserializer extends ObjectDeserializer<Counts, Counts> {
    private static final long serialVersionUID = 1L;

    CountsDeserializer() {
      super(Counts.class, null, "the counts of issues per severity (an object)", spellings());
    }

    private static String[] spellings() {
      String[] names = new String[SEVERITIES.length];
      for (Severity severity : SEVERITIES) {
        names[severity.ordinal()] = Scalars.SEVERITY.print(severity);
      }
      return names;
    }

    @Override
    protected Counts newBuilder() {
      return new Counts();
    }

    @Override
    protected int readField(String name, JsonParser p, DeserializationContext ctxt, Counts c)
        throws IOException {
      Severity severity = Scalars.SEVERITY.lookup(name);
      if (severity == null) {
        return -1;
      }
      c.counts[severity.ordinal()] = Read.integer(p, ctxt);
      c.given[severity.ordinal()] = true;
      return severity.ordinal();
    }

    @Override
    protected Counts build(Counts c) {
      List<String> missing = new ArrayList<>(0);
      for (Severity severity : SEVERITIES) {
        if (!c.given[severity.ordinal()]) {
          missing.add(Scalars.SEVERITY.print(severity));
        }
      }
      if (!missing.isEmpty()) {
        throw new MissingAttributesException(missing.toArray(new String[0]));
      }
      return c;
    }
  }

  /** Writes a report with its derived {@code valid} and {@code counts}. */
  public static final class Serializer extends ObjectSerializer<ValidationReport> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(ValidationReport.class, DocumentKind.VALIDATION_REPORT);
    }

    @Override
    protected void writeFields(ValidationReport r, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(LIBRARY_VERSION);
      g.writeString(r.libraryVersion());
      g.writeFieldName(CATALOGUE_VERSION);
      g.writeString(r.catalogueVersion());
      if (r.knowledgeHorizon().isPresent()) {
        Write.dateField(g, KNOWLEDGE_HORIZON, r.knowledgeHorizon().get());
      }
      // One pass over the issues for all counts, rather than one per severity.
      int[] counts = new int[SEVERITIES.length];
      List<ValidationIssue> issues = r.issues();
      for (int i = 0; i < issues.size(); i++) {
        counts[issues.get(i).severity().ordinal()]++;
      }
      g.writeFieldName(VALID);
      g.writeBoolean(counts[Severity.ERROR.ordinal()] == 0);
      g.writeFieldName(COUNTS);
      g.writeStartObject();
      for (Severity severity : SEVERITIES) {
        g.writeFieldName(Scalars.SEVERITY.name(severity));
        g.writeNumber(counts[severity.ordinal()]);
      }
      // Fields a lenient read kept inside counts go back into it, as in every other object.
      Object extras = provider.getAttribute(Extras.KEY);
      if (extras != null) {
        ((Extras) extras).write(g);
      }
      g.writeEndObject();
      Write.objects(g, ISSUES, ValidationIssueCodec.SERIALIZER, issues, provider);
      Write.objects(g, SKIPPED, SkippedRuleCodec.SERIALIZER, r.skipped(), provider);
    }
  }
}
