package io.github.wpskit.wps.cli;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.parity.ParityAnalysis;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wps parity}: gender parity of uniformed personnel as DPO measures it, over any batch the
 * tool reads (JSON, NDJSON, DPO's CSV tables, directories, standard input): for each month, (a) each
 * target group's share of women overall, (b) each contributing country's across all missions, with
 * DPO's colour status and the shortfall, (c) each mission's (see
 * {@link io.github.wpskit.wps.parity.ParityAnalysis}).
 *
 * <p>The records are streamed through a {@link io.github.wpskit.wps.parity.ParityTally}: memory
 * grows with the months, groups, countries and missions, not with the records. Parity-targets
 * documents among the inputs, or in {@code --targets} files, supply the years the library ships no
 * target for (or replace a shipped value).
 *
 * <p>A share below its target is a finding, not a failure. Exit code: 2 when anything could not be
 * read or used (the analysis then covers the rest, and the text lists what was left out; with
 * {@code --format csv} or {@code json} standard error does), or the command line is wrong; else 0.
 * {@code --format json} prints exactly one {@code parity-analysis} document (docs/json-format.md),
 * the whole analysis: the supplied targets are in its rows, their provenance on standard error.
 */
@Command(name = "parity", mixinStandardHelpOptions = true,
    versionProvider = WpsCommand.Version.class,
    description = {"Gender parity of uniformed personnel as DPO measures it: each target group's"
        + " share of women by month, overall, by contributing country (DPO's colour status and"
        + " the shortfall) and by mission.",
        "FILE may be JSON, NDJSON or one of DPO's CSV tables, a directory or - for standard input;"
            + " parity-targets documents among them supply targets.",
        "By default the text shows the overall table and the latest month's countries, most in"
            + " need first.",
        "Exit codes: 0 analysed, 2 something could not be read or used (the analysis covers the"
            + " rest) or the command line is wrong."})
final class ParityCommand implements Callable<Integer> {

  /** The tables, in the order they are printed. */
  enum View {
    /** Each target group's share in each month, across all missions and contributors. */
    overall,
    /** Each contributing country's share across all missions, with DPO's colour status. */
    country,
    /** Each mission's share across all contributors. */
    mission
  }

  /** The output formats of {@code wps parity}. */
  enum Format {
    /** Tables for people. */
    text,
    /** One {@code parity-analysis} document of the wps JSON format. */
    json,
    /** One row per analysis row. */
    csv
  }

  /** The country rows printed per month unless --max-rows says otherwise. */
  static final int DEFAULT_MAX_ROWS = 20;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand
  WpsCommand parent;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv",
      description = "Output format: text tables for people; json, one parity-analysis document"
          + " (wps schema parity-analysis); csv, one row per analysis row (default:"
          + " ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--by", split = ",", paramLabel = "overall|country|mission",
      description = "The tables to show, comma-separated (default: overall,country in text,"
          + " every table in csv).")
  List<View> views;

  @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class,
      description = "The month of the country and mission tables (default: the latest month"
          + " read); also narrows the overall table and the CSV to it.")
  YearMonth month;

  @Option(names = "--all-months",
      description = "Show the country and mission tables for every month read.")
  boolean allMonths;

  @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_ROWS,
      description = "Country rows shown per month in the text (default: ${DEFAULT-VALUE});"
          + " --format csv writes them all.")
  int maxRows;

  @Option(names = "--targets", paramLabel = "FILE",
      description = "A file of parity-targets documents supplying targets the library does not"
          + " ship (repeatable; such documents may also be among the FILEs).")
  List<String> targetFiles = new ArrayList<>();

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Files of deployment (and parity-targets) documents: JSON, NDJSON or CSV; a"
          + " directory, or - for standard input.")
  List<String> files;

  @Override
  public Integer call() {
    checkOptions();
    ParityBatch batch = new ParityBatch();
    try (Inputs targets = Inputs.expand(targetFiles, parent.stdin());
        Inputs inputs = Inputs.expand(files, parent.stdin())) {
      batch.readTargets(targets.list());
      batch.read(inputs.list());
    }
    ParityAnalysis analysis = batch.analysis();
    if (month != null && analysis.deployments() > 0 && !analysis.months().contains(month)) {
      List<YearMonth> months = analysis.months();
      throw new CommandLine.ParameterException(spec.commandLine(), "No figures for " + month
          + " in the inputs: their months are " + (months.size() == 1 ? months.get(0)
              : months.get(0) + " to " + months.get(months.size() - 1))
          + " (--month YYYY-MM)");
    }
    PrintWriter out = spec.commandLine().getOut();
    Set<View> chosen = views == null || views.isEmpty()
        ? (format == Format.text ? EnumSet.of(View.overall, View.country) : EnumSet.allOf(View.class))
        : EnumSet.copyOf(views);
    switch (format) {
      case csv:
        writeNotes(batch);
        ParityCsv.write(out, analysis, batch, chosen, month);
        break;
      case json:
        // Always one document, even when nothing could be read: a program reading it gets an
        // analysis of nothing (deployments 0) and the exit code 2, never an empty output.
        writeNotes(batch);
        out.print(WpsJson.strict().encodePretty(analysis));
        break;
      default:
        List<YearMonth> months = analysis.months();
        List<YearMonth> shown = month != null ? List.of(month)
            : allMonths ? months
            : months.isEmpty() ? List.of() : List.of(months.get(months.size() - 1));
        new ParityText(out, batch, analysis).write(
            new ParityText.Selection(chosen, shown, month != null, maxRows),
            ReferenceCatalog.standard().dataAsOf());
    }
    out.flush();
    return batch.problemCount() == 0 ? ExitCodes.OK : ExitCodes.UNUSABLE_INPUT;
  }

  private void checkOptions() {
    CommandLine cli = spec.commandLine();
    if (maxRows < 0) {
      throw new CommandLine.ParameterException(cli,
          "Invalid value for option '--max-rows': " + maxRows + " (must not be negative)");
    }
    if (month != null && allMonths) {
      throw new CommandLine.ParameterException(cli,
          "--month and --all-months exclude each other: choose one month or every month");
    }
    if (format == Format.json && (views != null || month != null || allMonths)) {
      throw new CommandLine.ParameterException(cli, "--format json writes the whole analysis as"
          + " one parity-analysis document; --by, --month and --all-months choose the text tables"
          + " and the CSV rows");
    }
    if (targetFiles.contains("-") && files.contains("-")) {
      throw new CommandLine.ParameterException(cli,
          "Standard input (-) can be read once: give it either as a FILE or to --targets");
    }
  }

  /** Beside CSV or JSON on standard output: what was read and what not, on standard error. */
  private void writeNotes(ParityBatch batch) {
    PrintWriter err = spec.commandLine().getErr();
    batch.suppliedTargets().forEach(s -> err.println("wps: target supplied: "
        + s.target().year() + " " + ParityBatch.groupName(s.target().group()) + " "
        + ParityText.percent(s.target().percentage()) + " (" + OneLine.of(s.origin()) + ")"));
    batch.documentsPerInput().forEach((name, n) -> err.printf(java.util.Locale.ROOT,
        "wps: read %s: %,d document%s%n", OneLine.of(name), n, n == 1 ? "" : "s"));
    batch.csvSummaries().values().forEach(s -> err.println("wps: " + OneLine.of(s)));
    batch.csvWarnings().forEach(w -> err.println("wps: " + OneLine.of(w)));
    if (batch.csvWarningCount() > batch.csvWarnings().size()) {
      err.printf(java.util.Locale.ROOT, "wps: and %,d more CSV warnings%n",
          batch.csvWarningCount() - batch.csvWarnings().size());
    }
    batch.problems().forEach(p -> err.println("wps: " + p));
    err.flush();
  }

  /** Reads {@code --month}: a year and month as ISO 8601 writes them, {@code 2024-06}. */
  static final class MonthConverter implements CommandLine.ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
      try {
        return YearMonth.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a month (YYYY-MM, such as 2024-06)");
      }
    }
  }
}
