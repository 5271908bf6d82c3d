package io.github.wpskit.wps.cli;

/**
 * The {@code --format} choices. The constants are lower case because picocli matches them literally
 * and lists them in the help as users type them: {@code --format json}.
 */
enum OutputFormat {
  /** For people. */
  text,
  /** For machines. */
  json
}
