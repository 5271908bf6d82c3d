package io.github.wpskit.wps.cli;

import io.github.wpskit.wps.csv.CsvFinding;
import io.github.wpskit.wps.csv.CsvReadSummary;
import io.github.wpskit.wps.json.DocumentKind;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityTally;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import io.github.wpskit.wps.parity.ParityTargets;
import io.github.wpskit.wps.validation.Location;
import io.github.wpskit.wps.validation.Origin;
import io.github.wpskit.wps.validation.Severity;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@code wps parity} reads: deployment records, added up in a {@link ParityTally} as they come
 * and then dropped (memory grows with the months, groups, countries and missions, never with the
 * records), and the parity-targets documents that supply the years the library does not ship.
 *
 * <p>Nothing stops the reading: a file or line that cannot be read, a document of another kind and
 * a supplied target that contradicts one supplied before are each one line in {@link #problems()}
 * (the first {@value #MAX_PROBLEMS_LISTED} listed, the rest counted), and the analysis covers the
 * rest.
 *
 * <p>Not thread-safe: one run, one thread.
 */
final class ParityBatch {
  /** The problems listed one by one; the rest are counted, so memory stays bounded. */
  static final int MAX_PROBLEMS_LISTED = 200;
  /** The CSV reader's warnings shown one by one; the rest are counted. */
  static final int MAX_CSV_WARNINGS_SHOWN = 5;

  /** A supplied target and where it came from. */
  record Supplied(ParityTarget target, Origin origin) {}

  private final ParityTally tally = ParityTally.create();
  private ParityTargets targets = ParityTargets.ugps();
  /** The supplied targets, by group and year, in the order supplied. */
  private final Map<String, Supplied> supplied = new LinkedHashMap<>();
  private final Map<String, Long> documentsPerInput = new LinkedHashMap<>();
  private final Map<String, String> csvSummaries = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();
  private long problemCount;
  private final Map<String, long[]> csvFindingsByCode = new TreeMap<>();
  private final List<String> csvWarnings = new ArrayList<>();
  private long csvWarningCount;

  /**
   * Reads inputs of deployment and parity-targets documents.
   *
   * @param inputs the inputs, in order
   */
  void read(List<Inputs.Input> inputs) {
    read(inputs, false);
  }

  /**
   * Reads inputs that must hold parity-targets documents only (the {@code --targets} files).
   *
   * @param inputs the inputs, in order
   */
  void readTargets(List<Inputs.Input> inputs) {
    read(inputs, true);
  }

  private void read(List<Inputs.Input> inputs, boolean targetsOnly) {
    DocumentReader reader = new DocumentReader(false);
    DocumentReader.Listener listener = new DocumentReader.Listener() {
      @Override
      public void document(Object value, Origin origin) {
        if (value instanceof ParityTargets) {
          supply((ParityTargets) value, origin);
        } else if (value instanceof Deployment && !targetsOnly) {
          tally.add((Deployment) value);
        } else {
          problem(origin + ": a " + DocumentKind.ofType(value.getClass()).map(DocumentKind::id)
              .orElse(value.getClass().getSimpleName()) + " document, but "
              + (targetsOnly ? "--targets reads parity-targets documents only"
                  : "parity reads deployment and parity-targets documents only"));
        }
      }

      @Override
      public void unreadable(Origin origin, Location location, String problem, String detail) {
        problem(origin + ": " + (problem == null ? "" : problem + " at " + location + ": ")
            + detail);
      }

      @Override
      public void warning(Origin origin, String warning) {
        // strict reading: there are none
      }

      @Override
      public void csvFinding(CsvFinding finding) {
        csvFindingsByCode.computeIfAbsent(finding.code().code(),
            k -> new long[Severity.values().length])[finding.severity().ordinal()]++;
        if (finding.severity() == Severity.WARNING) {
          // A repeated row is added twice: the sums depend on it, so it is shown, not only counted.
          csvWarningCount++;
          if (csvWarnings.size() < MAX_CSV_WARNINGS_SHOWN) {
            csvWarnings.add(finding.toString());
          }
        }
      }

      @Override
      public void csvSummary(CsvReadSummary summary) {
        csvSummaries.put(summary.source(), summary.toString());
      }
    };
    for (Inputs.Input input : inputs) {
      documentsPerInput.merge(input.name, reader.read(input, listener), Long::sum);
    }
  }

  /**
   * Adds supplied targets. Two supplied values for one group and year are a contradiction the tool
   * cannot settle: the first is kept and the second is a problem (the output is then not what the
   * user meant, so the exit code says so).
   */
  private void supply(ParityTargets document, Origin origin) {
    for (ParityTarget t : document.targets()) {
      String key = key(t.group(), t.year());
      Supplied earlier = supplied.get(key);
      if (earlier == null) {
        supplied.put(key, new Supplied(t, origin));
        targets = targets.withTarget(t);
      } else if (earlier.target().percentage() != t.percentage()) {
        problem(origin + ": a second target for " + groupName(t.group()) + " in " + t.year() + " ("
            + ParityText.percent(t.percentage()) + "), beside "
            + ParityText.percent(earlier.target().percentage()) + " from " + earlier.origin()
            + "; the first is kept");
      }
    }
  }

  private static String key(ParityTargetGroup group, Year year) {
    return group + " " + year;
  }

  /** The group as the messages name it: {@code military contingents}. */
  static String groupName(ParityTargetGroup group) {
    return group.displayName().toLowerCase(Locale.ROOT);
  }

  private void problem(String line) {
    problemCount++;
    if (problems.size() < MAX_PROBLEMS_LISTED) {
      problems.add(OneLine.of(line));
    }
  }

  /**
   * Returns the analysis of everything read, against the shipped targets and the supplied ones.
   *
   * @return the analysis
   */
  ParityAnalysis analysis() {
    return tally.toAnalysis(targets);
  }

  /**
   * Returns the targets in force: the shipped ones, with the supplied ones added or in their place.
   *
   * @return the targets
   */
  ParityTargets targets() {
    return targets;
  }

  /**
   * Returns where a target in force came from, if it was supplied.
   *
   * @param target a target of {@link #targets()}
   * @return the supplied target and its origin, or empty for a target the library ships
   */
  Optional<Supplied> supplied(ParityTarget target) {
    Supplied s = supplied.get(key(target.group(), target.year()));
    return s != null && s.target().equals(target) ? Optional.of(s) : Optional.empty();
  }

  /**
   * Returns the supplied targets.
   *
   * @return the targets and their origins, in the order supplied
   */
  List<Supplied> suppliedTargets() {
    return List.copyOf(supplied.values());
  }

  /**
   * Returns what could not be read or used, one line each, in reading order: the first
   * {@value #MAX_PROBLEMS_LISTED}, then one line counting the rest.
   *
   * @return the lines
   */
  List<String> problems() {
    if (problemCount <= problems.size()) {
      return problems;
    }
    List<String> all = new ArrayList<>(problems);
    all.add(String.format(Locale.ROOT, "... and %,d more", problemCount - problems.size()));
    return all;
  }

  /** How many things could not be read or used. */
  long problemCount() {
    return problemCount;
  }

  /** The documents each input gave, by the input's name, in reading order. */
  Map<String, Long> documentsPerInput() {
    return documentsPerInput;
  }

  /** The CSV reader's one-line counts, by input name. */
  Map<String, String> csvSummaries() {
    return csvSummaries;
  }

  /** The CSV reader's repairs and warnings, counted by code and severity. */
  Map<String, long[]> csvFindingsByCode() {
    return csvFindingsByCode;
  }

  /** The first CSV warnings (repeated rows, names not listed), one line each. */
  List<String> csvWarnings() {
    return csvWarnings;
  }

  /** How many CSV warnings there were in all. */
  long csvWarningCount() {
    return csvWarningCount;
  }
}
