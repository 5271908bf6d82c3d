package io.github.wpskit.wps.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the tool in-process and keeps what it wrote, for the tests. */
final class Cli {
  /** The samples of the examples module, beside this one. */
  static final Path SAMPLES = Path.of("../wps-examples/src/main/resources/samples");

  final int exitCode;
  final String out;
  final String err;

  private Cli(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  static Cli run(String... args) {
    return runWithInput("", args);
  }

  /** Runs the tool with {@code stdin} as standard input (what {@code -} reads). */
  static Cli runWithInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }

  static String sample(String name) {
    return SAMPLES.resolve(name).toString();
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
