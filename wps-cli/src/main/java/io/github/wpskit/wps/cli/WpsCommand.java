package io.github.wpskit.wps.cli;

import java.io.InputStream;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * The top-level {@code wps} command: holds the options every subcommand shares ({@code --debug},
 * {@code --help}, {@code --version}) and maps failures to one line and an exit code.
 */
@Command(
    name = "wps",
    mixinStandardHelpOptions = true,
    versionProvider = WpsCommand.Version.class,
    description = "Work with Women, Peace and Security data: validate files, browse the reference"
        + " catalog, print JSON Schemas, compare deployments with gender parity targets.",
    subcommands = {
        ValidateCommand.class,
        CatalogCommand.class,
        SchemaCommand.class,
        ParityCommand.class,
        ConvertCommand.class,
        CommandLine.HelpCommand.class
    },
    exitCodeOnInvalidInput = ExitCodes.UNUSABLE_INPUT,
    exitCodeOnExecutionException = ExitCodes.UNUSABLE_INPUT)
public final class WpsCommand implements Runnable {

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of unexpected errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final InputStream stdin;

  /** Creates the command reading standard input from {@code System.in}. */
  public WpsCommand() {
    this(System.in);
  }

  /**
   * Creates the command.
   *
   * @param stdin what {@code -} reads
   */
  WpsCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /** What a FILE argument {@code -} reads. */
  InputStream stdin() {
    return stdin;
  }

  /**
   * Builds the configured command line: usage errors and unexpected failures become one line on
   * standard error, without a stack trace unless {@code --debug} is given.
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    return commandLine(System.in);
  }

  /** The command line reading standard input from {@code stdin}. */
  static CommandLine commandLine(InputStream stdin) {
    CommandLine cli = new CommandLine(new WpsCommand(stdin));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("wps: " + oneLine(ex));
      if (Arrays.asList(parseResult.originalArgs().toArray(new String[0])).contains("--debug")) {
        ex.printStackTrace(commandLine.getErr());
      }
      return ExitCodes.UNUSABLE_INPUT;
    });
    cli.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("wps: " + OneLine.of(ex.getMessage()));
      Suggestions.print(ex, c.getErr());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
      return ExitCodes.UNUSABLE_INPUT;
    });
    return cli;
  }

  private static String oneLine(Throwable ex) {
    return OneLine.of(ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
  }

  /**
   * Runs without a command: a usage error (exit 2), so that a script whose command word went
   * missing fails instead of succeeding with the help text on standard output.
   */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: one of " + String.join(", ", spec.subcommands().keySet()));
  }

  /** Reads the version from the jar manifest, falling back for runs from classes. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = WpsCommand.class.getPackage().getImplementationVersion();
      return new String[] {"wps " + (v == null ? "(development build)" : v)};
    }
  }
}
