package io.github.wpskit.wps.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The entry point of the examples jar, {@code java -jar wps-examples/target/wps.jar tour}: runs the
 * six example programs on the bundled samples, one section each.
 *
 * <p>The jar holds the stories, not the tool: the {@code wps} command-line tool is built by the
 * {@code wps-cli} module ({@code wps-cli/target/wps.jar}, or the {@code wps} launcher). Any argument
 * other than {@code tour} (or none) is refused with a line that says where the tool is, exit code 2.
 */
public final class Tour implements Runnable {
  private final PrintStream out;

  /**
   * Creates the tour.
   *
   * @param out where to write, not null
   */
  public Tour(PrintStream out) {
    this.out = out;
  }

  /** Runs the six examples in order. */
  @Override
  public void run() {
    section("1. The reference catalog", CatalogTour::new);
    section("2. Checking a mission's gender architecture before import",
        GenderArchitectureCheck::new);
    section("3. A mandate's WPS tasks, the resolutions they answer, what they miss",
        MandateWpsReview::new);
    section("4. A Compact annual-report pipeline", CompactReportPipeline::new);
    section("5. Gender parity of deployments by mission and category", ParityByMission::new);
    section("6. Handling failure: a batch with bad documents", BatchWithBadDocuments::new);
    out.flush();
  }

  private void section(String title, Function<PrintStream, ? extends Runnable> example) {
    out.println();
    out.println("######## " + title);
    out.println();
    example.apply(out).run();
  }

  /**
   * Runs the tour on standard output.
   *
   * @param args nothing, or {@code tour}
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err));
  }

  /**
   * Runs the tour without exiting, for tests.
   *
   * @param args nothing, or {@code tour}
   * @param out standard output
   * @param err standard error
   * @return the exit code: 0 after the tour, 2 for any other argument
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || (args.length == 1 && args[0].equals("tour"))) {
      new Tour(out).run();
      return 0;
    }
    err.println("wps-examples: this jar runs the example tour only (java -jar"
        + " wps-examples/target/wps.jar tour); the wps tool is wps-cli/target/wps.jar, or the wps"
        + " launcher at the project root");
    return 2;
  }
}
