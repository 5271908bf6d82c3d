package io.github.wpskit.wps.cli;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * The top-level {@code wps} command: holds the options every subcommand shares ({@code --debug},
 * {@code --help}, {@code --version}) and maps failures to one line and an exit code.
 *
 * <p>The commands are registered in {@link #COMMANDS}: a new command is one more line there. When
 * the command line names one of them, only that one is built: picocli reads every command's
 * annotations by reflection when it is added, which costs start-up time for nothing.
 */
@Command(
    name = "wps",
    mixinStandardHelpOptions = true,
    versionProvider = WpsCommand.Version.class,
    description = "Work with Women, Peace and Security data: validate files, browse the reference"
        + " catalog, print JSON Schemas, compare deployments with gender parity targets.",
    exitCodeOnInvalidInput = ExitCodes.UNUSABLE_INPUT,
    exitCodeOnExecutionException = ExitCodes.UNUSABLE_INPUT)
public final class WpsCommand implements Runnable {

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of unexpected errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final InputStream stdin;

  /** The commands, by name, in the order the help lists them (then {@code help}). */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("validate", ValidateCommand::new);
    m.put("catalog", CatalogCommand::new);
    m.put("schema", SchemaCommand::new);
    m.put("parity", ParityCommand::new);
    m.put("convert", ConvertCommand::new);
    m.put("report", ReportCommand::new);
    return Collections.unmodifiableMap(m);
  }

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

  /** The command line reading standard input from {@code stdin}, with every command. */
  static CommandLine commandLine(InputStream stdin) {
    return commandLine(stdin, (String) null);
  }

  /**
   * The command line for these arguments: with only the command they name when they name one (as
   * their first word that is not an option), else with every command, for the help, the list of
   * commands and the suggestions for a mistyped one.
   */
  static CommandLine commandLine(InputStream stdin, String... args) {
    CommandLine cli = new CommandLine(new WpsCommand(stdin));
    Supplier<Object> named = COMMANDS.get(firstWord(args));
    if (named != null) {
      cli.addSubcommand(named.get());
    } else {
      for (Supplier<Object> command : COMMANDS.values()) {
        cli.addSubcommand(command.get());
      }
      cli.addSubcommand(new CommandLine.HelpCommand());
    }
    // Set after the commands are added: picocli applies settings to the commands present.
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("wps: " + oneLine(ex));
      if (Arrays.asList(parseResult.originalArgs().toArray(new String[0])).contains("--debug")) {
        ex.printStackTrace(commandLine.getErr());
      }
      return ExitCodes.UNUSABLE_INPUT;
    });
    cli.setParameterExceptionHandler((ex, given) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("wps: " + OneLine.of(ex.getMessage()));
      Suggestions.print(ex, c.getErr());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
      return ExitCodes.UNUSABLE_INPUT;
    });
    return cli;
  }

  /** The first argument that is not an option, or null. */
  private static String firstWord(String[] args) {
    if (args != null) {
      for (String a : args) {
        if (a != null && !a.startsWith("-")) {
          return a;
        }
      }
    }
    return "";
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
