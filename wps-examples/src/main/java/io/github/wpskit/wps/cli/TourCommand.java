package io.github.wpskit.wps.cli;

import io.github.wpskit.wps.examples.CatalogTour;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code wps tour}: runs the example programs on the bundled samples. */
@Command(name = "tour", mixinStandardHelpOptions = true,
    description = "Run the example programs on the bundled sample data.")
final class TourCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    section(out, "1. The reference catalog", CatalogTour::new);
    return ExitCodes.OK;
  }

  /**
   * Runs one example into a buffer and copies it to picocli's writer: the examples write to a
   * PrintStream, picocli to a PrintWriter, and encoding through a buffer keeps characters whole.
   */
  private static void section(
      PrintWriter out, String title, java.util.function.Function<PrintStream, ?> example) {
    out.println();
    out.println("######## " + title);
    out.println();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    Object program = example.apply(stream);
    ((Runnable) program).run();
    stream.flush();
    out.print(buffer.toString(StandardCharsets.UTF_8));
    out.flush();
  }
}
