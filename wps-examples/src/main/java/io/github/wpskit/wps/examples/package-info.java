/**
 * Runnable example programs, one integration story each. Every program is a small {@code final} class
 * with {@code run()} and {@code main}; it writes to the {@link java.io.PrintStream} it is given, so
 * tests and the tour ({@link io.github.wpskit.wps.examples.Tour}, the examples jar's entry point) can
 * run it too.
 */
package io.github.wpskit.wps.examples;
