package io.github.wpskit.wps.cli;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
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
    // Buffered and flushed once at the end (run does): a report of many lines is not written a
    // line at a time.
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
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
    return run(WpsCommand.commandLine(System.in, args), out, err, args);
  }

  /**
   * Runs the tool without exiting, reading {@code -} from the stream given.
   *
   * @param stdin standard input
   * @param out standard output
   * @param err standard error
   * @param args the command line
   * @return the exit code, see {@link ExitCodes}
   */
  static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
    return run(WpsCommand.commandLine(stdin, args), out, err, args);
  }

  /** Runs a configured command line; tests add subcommands to it. */
  static int run(CommandLine cli, PrintWriter out, PrintWriter err, String... args) {
    cli.setOut(out);
    cli.setErr(err);
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands errors (unlike exceptions) straight through. Validation streams and parity
      // keeps compact sums, but a batch of very many missions, mandates or other documents that
      // rules look up is kept whole. By the time we get here those are unreachable again, so there
      // is room to say so in one line.
      code = fatal(out, err, args, e, "out of memory: give Java more memory"
          + " (WPS_JAVA_OPTS=-Xmx4g wps ..., or java -Xmx4g -jar wps.jar ...) or split the files");
    } catch (StackOverflowError e) {
      code = fatal(out, err, args, e, "stack overflow: the input is nested too deeply");
    }
    out.flush();
    err.flush();
    return code;
  }

  private static int fatal(
      PrintWriter out, PrintWriter err, String[] args, Throwable e, String message) {
    out.flush();
    err.println("wps: " + message);
    if (java.util.Arrays.asList(args).contains("--debug")) {
      e.printStackTrace(err);
    }
    return ExitCodes.UNUSABLE_INPUT;
  }
}
