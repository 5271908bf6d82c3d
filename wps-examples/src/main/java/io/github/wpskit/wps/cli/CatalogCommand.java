package io.github.wpskit.wps.cli;

import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.WpsPillar;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code wps catalog}: prints the reference catalog. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
    description = "Print the reference catalog of resolutions and peacekeeping operations.")
final class CatalogCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ReferenceCatalog catalog = ReferenceCatalog.standard();
    out.println("Reference catalog (sources to " + ReferenceCatalog.DATA_AS_OF + ")");
    out.println();
    out.println("Resolutions:");
    for (Resolution r : catalog.resolutions()) {
      out.printf("  %-19s %s  %-4s %-22s %s%n", r.symbol(), r.adopted(),
          r.wpsAgenda() ? "WPS" : "", r.vote().map(Object::toString).orElse("vote not recorded"),
          r.pillars().stream().map(WpsPillar::displayName).collect(Collectors.joining(", ")));
    }
    out.println();
    out.println("Missions:");
    for (Mission m : catalog.missions()) {
      out.printf("  %-8s %-6s %s%n", m.acronym(), m.isActive() ? "active" : "closed", m.name());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
