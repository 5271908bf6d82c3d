package io.github.wpskit.wps.cli;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.WpsPillar;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wps catalog}: prints the reference catalog, as a table for people or as JSON: an object with
 * {@code dataAsOf} and the arrays {@code resolutions} and {@code missions}, each element a document of
 * the wps JSON format exactly as {@code WpsJson} encodes it.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true,
    versionProvider = WpsCommand.Version.class,
    description = "Print the reference catalog of resolutions and peacekeeping operations.")
final class CatalogCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format: text for people, json for machines (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ReferenceCatalog catalog = ReferenceCatalog.standard();
    if (format == OutputFormat.json) {
      writeJson(out, catalog);
      return ExitCodes.OK;
    }
    out.println("Reference catalog (sources to " + ReferenceCatalog.DATA_AS_OF + ")");
    out.println();
    out.println("Resolutions:");
    for (Resolution r : catalog.resolutions()) {
      out.printf("  %-19s %s  %-4s %-22s %s%n", r.symbol(), r.adopted(),
          r.wpsAgenda() ? "WPS" : "", r.vote().map(Object::toString).orElse("vote not recorded"),
          r.pillars().stream().map(WpsPillar::displayName).collect(Collectors.joining(", ")));
    }
    out.println();
    java.time.LocalDate horizon = catalog.knowledgeHorizon().orElseThrow();
    out.println("Missions, status on " + horizon + " (the knowledge horizon):");
    for (Mission m : catalog.missions()) {
      out.printf("  %-9s %-11s %s%n", m.acronym(),
          catalog.statusOn(m.acronym(), horizon).get().phase().toString().toLowerCase(Locale.ROOT),
          m.name().orElse("-"));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Writes the catalog as one {@code catalog} document of the wps JSON format. */
  private static void writeJson(PrintWriter out, ReferenceCatalog catalog) {
    out.println(WpsJson.strict().encodePretty(catalog));
    out.flush();
  }
}
