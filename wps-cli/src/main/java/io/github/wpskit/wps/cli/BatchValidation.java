package io.github.wpskit.wps.cli;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.csv.CsvFinding;
import io.github.wpskit.wps.csv.CsvReadSummary;
import io.github.wpskit.wps.gender.GenderStaffingTable;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTally;
import io.github.wpskit.wps.parity.ParityTargets;
import io.github.wpskit.wps.validation.Location;
import io.github.wpskit.wps.validation.Origin;
import io.github.wpskit.wps.validation.ValidationContext;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import io.github.wpskit.wps.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates a batch of inputs together, as {@link Validator#validateAll} does (documents may refer
 * to each other: a staffing table to the mandate beside it, a report to its commitments), but
 * streaming: each document is validated as it is read and then dropped, so memory does not grow
 * with the number of deployment records.
 *
 * <p>Only the documents that rules look up (the kinds a {@link ValidationContext} stores:
 * resolutions, missions, mandates, staffing tables, signatories, commitments) and the parity targets
 * are kept; they are few and small, and they are validated at the end against the whole batch. The
 * others are validated on arrival against the context as it stands. When a document the context
 * stores arrives after such a document was judged (the deployments listed before the missions they
 * name), the judgement might have been different, so the findings are dropped and the inputs read a
 * second time against the complete context: a batch is never judged on part of itself.
 *
 * <p>Parity-targets documents are not judged: they add to or replace the shipped UGPS targets. A
 * catalog document adds its resolutions and missions to the batch.
 */
final class BatchValidation {
  private static final Logger LOG = LoggerFactory.getLogger(BatchValidation.class);

  private final DocumentReader reader;
  private final BatchReport report;
  private final ValidationContext base;
  private final List<Object> stored = new ArrayList<>();
  private final List<Origin> storedOrigins = new ArrayList<>();
  private ParityTargets targets = ParityTargets.ugps();
  /** The deployments' sums per country, group and month, for WPS-PAR-001 at the end. */
  private ParityTally tally = ParityTally.create();

  /** Bumped by every document that changes the context. */
  private int contextVersion;
  private int builtVersion = -1;
  private Validator validator;
  private boolean judgedAny;
  private boolean secondPassNeeded;

  /**
   * Creates a validation.
   *
   * @param reader reads the inputs
   * @param report receives the findings
   */
  BatchValidation(DocumentReader reader, BatchReport report) {
    this.reader = reader;
    this.report = report;
    this.base = ValidationContext.of(ReferenceCatalog.standard());
  }

  /**
   * Reads and validates every input.
   *
   * @param inputs the inputs, in order
   */
  void run(List<Inputs.Input> inputs) {
    DocumentReader.Listener first = new DocumentReader.Listener() {
      @Override
      public void document(Object value, Origin origin) {
        arrive(value, origin);
      }

      @Override
      public void unreadable(Origin origin, Location location, String problem, String detail) {
        report.unreadable(origin, location, problem, detail);
      }

      @Override
      public void warning(Origin origin, String warning) {
        report.warning(origin + ": " + warning);
      }

      @Override
      public void csvFinding(CsvFinding finding) {
        report.csvFinding(finding);
      }

      @Override
      public void csvSummary(CsvReadSummary summary) {
        report.csvSummary(summary);
      }
    };
    for (Inputs.Input input : inputs) {
      report.read(input.name, reader.read(input, first));
    }
    contextVersion++; // the stored documents are judged against the whole batch
    if (secondPassNeeded) {
      LOG.debug("A document the context stores came after documents judged without it: reading"
          + " the batch again");
      report.clearFindings();
      tally = ParityTally.create();
      DocumentReader.Listener second = new DocumentReader.Listener() {
        @Override
        public void document(Object value, Origin origin) {
          if (!isContext(value)) {
            judge(value, origin);
          }
        }

        @Override
        public void unreadable(Origin origin, Location location, String problem, String detail) {
          // reported by the first reading
        }

        @Override
        public void warning(Origin origin, String warning) {
          // reported by the first reading
        }
      };
      for (Inputs.Input input : inputs) {
        if (input.problem == null) {
          reader.read(input, second);
        }
      }
    }
    for (int i = 0; i < stored.size(); i++) {
      judge(stored.get(i), storedOrigins.get(i));
    }
    // WPS-PAR-001 judges the batch: each country's figures per target group and month.
    ValidationReport parity = validator().validateParity(tally.toAnalysis(targets));
    if (!parity.issues().isEmpty() || !parity.skipped().isEmpty()) {
      report.add(parity, BatchReport.NO_MISSION);
    }
  }

  /** Whether a document serves the others (kept in the context) rather than being judged now. */
  private static boolean isContext(Object value) {
    return isStored(value) || value instanceof ParityTargets || value instanceof ReferenceCatalog;
  }

  /**
   * Whether contexts store documents like this one. {@link ValidationContext#isStoredKind} takes the
   * model type ({@code Mandate}); a decoded document is an instance of its generated subclass.
   */
  static boolean isStored(Object value) {
    Class<?> type = value.getClass();
    return ValidationContext.isStoredKind(type)
        || (type.getSuperclass() != null && ValidationContext.isStoredKind(type.getSuperclass()));
  }

  private void arrive(Object value, Origin origin) {
    if (value instanceof ParityTargets) {
      for (ParityTarget t : ((ParityTargets) value).targets()) {
        targets = targets.withTarget(t);
      }
      contextChanged();
    } else if (value instanceof ReferenceCatalog) {
      ReferenceCatalog catalog = (ReferenceCatalog) value;
      catalog.resolutions().forEach(r -> keep(r, origin));
      catalog.missions().forEach(m -> keep(m, origin));
      contextChanged();
    } else if (isStored(value)) {
      keep(value, origin);
      contextChanged();
    } else if (!secondPassNeeded) {
      judge(value, origin);
    }
  }

  private void keep(Object value, Origin origin) {
    stored.add(value);
    storedOrigins.add(origin);
  }

  private void contextChanged() {
    contextVersion++;
    if (judgedAny) {
      secondPassNeeded = true;
    }
  }

  private Validator validator() {
    if (builtVersion != contextVersion) {
      ValidationContext context = base.toBuilder().parityTargets(targets).build().withAll(stored);
      validator = Validator.of(context);
      builtVersion = contextVersion;
    }
    return validator;
  }

  private void judge(Object value, Origin origin) {
    Validator validator = validator();
    judgedAny = true;
    if (value instanceof Deployment) {
      tally.add((Deployment) value);
    }
    ValidationReport found;
    if (validator.supports(value.getClass())) {
      found = validator.validate(value, origin);
    } else {
      // A document of a kind no rule judges (a validation report): WPS-SYS-002, named by where it is.
      found = ValidationReport.of(withOrigin(validator.validateAll(List.of(value)), origin),
          List.of());
    }
    if (!found.issues().isEmpty() || !found.skipped().isEmpty()) {
      report.add(found, missionOf(value));
    }
  }

  private static List<ValidationIssue> withOrigin(ValidationReport r, Origin origin) {
    List<ValidationIssue> issues = new ArrayList<>();
    for (ValidationIssue i : r.issues()) {
      issues.add(ValidationIssue.of(i.ruleId(), i.severity(), i.location(), origin.toString(),
          i.message(), i.source(), origin));
    }
    return issues;
  }

  /** The mission an object is about, for the summary by mission. */
  static String missionOf(Object value) {
    if (value instanceof Deployment) {
      return ((Deployment) value).mission().toString();
    }
    if (value instanceof Mandate) {
      return ((Mandate) value).mission().toString();
    }
    if (value instanceof GenderStaffingTable) {
      return ((GenderStaffingTable) value).mission().toString();
    }
    if (value instanceof Mission) {
      return ((Mission) value).acronym().toString();
    }
    return BatchReport.NO_MISSION;
  }
}
