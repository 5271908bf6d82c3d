/**
 * The {@code wps} command-line tool ({@link io.github.wpskit.wps.cli.Main}), built on picocli:
 * {@code validate}, {@code catalog}, {@code schema} and {@code parity}. Exit codes: 0 when
 * no ERROR, 1 when the data has an ERROR, 2 when a file cannot be read or parsed or the usage is wrong.
 * Errors are one line naming the file, location and problem; a stack trace only with {@code --debug}.
 */
package io.github.wpskit.wps.cli;
