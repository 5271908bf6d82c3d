package io.github.wpskit.wps.cli;

/** The exit codes of the {@code wps} tool, the same for every command. */
public final class ExitCodes {
  /** Success: the data has no ERROR. */
  public static final int OK = 0;
  /** The data was read, and at least one ERROR was found in it. */
  public static final int DATA_ERRORS = 1;
  /** A file could not be read or parsed, or the command line was wrong. */
  public static final int UNUSABLE_INPUT = 2;

  private ExitCodes() {}
}
