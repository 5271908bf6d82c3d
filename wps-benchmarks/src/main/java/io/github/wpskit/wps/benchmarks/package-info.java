/**
 * JMH benchmarks of the wps hot paths (decoding and encoding documents, validating a mission's data,
 * streaming NDJSON deployment records) side by side with two baselines on the same bytes, and the
 * {@link io.github.wpskit.wps.benchmarks.ScaleRun} main class. Results and the command that
 * reproduces them: {@code docs/PERFORMANCE.md}.
 *
 * <p>Nothing here is published; the benchmarks are compiled by the normal build and run only from
 * {@code wps-benchmarks/target/benchmarks.jar}.
 */
package io.github.wpskit.wps.benchmarks;
