package io.github.wpskit.wps.cli;

import io.github.wpskit.wps.examples.BatchWithBadDocuments;
import io.github.wpskit.wps.examples.CatalogTour;
import io.github.wpskit.wps.examples.CompactReportPipeline;
import io.github.wpskit.wps.examples.GenderArchitectureCheck;
import io.github.wpskit.wps.examples.MandateWpsReview;
import io.github.wpskit.wps.examples.ParityByMission;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code wps tour}: runs the six example programs on the bundled samples. */
@Command(name = "tour", mixinStandardHelpOptions = true,
    versionProvider = WpsCommand.Version.class,
    description = "Run the six example programs on the bundled sample data.")
final class TourCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    section(out, "1. The reference catalog", CatalogTour::new);
    section(out, "2. Checking a mission's gender architecture before import",
        GenderArchitectureCheck::new);
    section(out, "3. A mandate's WPS tasks, the resolutions they answer, what they miss",
        MandateWpsReview::new);
    section(out, "4. A Compact annual-report pipeline", CompactReportPipeline::new);
    section(out, "5. Gender parity of deployments by mission and category", ParityByMission::new);
    section(out, "6. Handling failure: a batch with bad documents", BatchWithBadDocuments::new);
    return ExitCodes.OK;
  }

  /**
   * Runs one example into a buffer and copies it to picocli's writer: the examples write to a
   * PrintStream, picocli to a PrintWriter, and encoding through a buffer keeps characters whole.
   */
  private static void section(
      PrintWriter out, String title, Function<PrintStream, ? extends Runnable> example) {
    out.println();
    out.println("######## " + title);
    out.println();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    example.apply(stream).run();
    stream.flush();
    out.print(buffer.toString(StandardCharsets.UTF_8));
    out.flush();
  }
}
