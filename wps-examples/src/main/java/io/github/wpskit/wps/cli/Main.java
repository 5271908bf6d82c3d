package io.github.wpskit.wps.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The entry point of {@code java -jar wps.jar}: builds the command line, runs it and exits with its
 * code. Tests call {@link #run(PrintWriter, PrintWriter, String...)} instead, which does not exit.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the tool without exiting.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command line
   * @return the exit code, see {@link ExitCodes}
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = WpsCommand.commandLine();
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
