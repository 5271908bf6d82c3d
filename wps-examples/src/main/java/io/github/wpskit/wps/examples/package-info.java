/**
 * Runnable example programs, one integration story each. Every program is a small {@code final} class
 * with {@code run()} and {@code main}; it writes to the {@link java.io.PrintStream} it is given, so
 * tests and the {@code wps tour} command can run it too.
 */
package io.github.wpskit.wps.examples;
