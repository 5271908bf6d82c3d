/**
 * The two baselines the benchmarks compare wps with, on the same bytes: (a) what a user would write
 * instead of wps, plain Java records bound by Jackson databind ({@link
 * io.github.wpskit.wps.benchmarks.baseline.Databind}); (b) the floor, hand-written
 * {@code JsonParser}/{@code JsonGenerator} code producing the same records ({@link
 * io.github.wpskit.wps.benchmarks.baseline.HandWritten}).
 *
 * <p>The records hold identifiers as strings, closed vocabularies as enums spelled on the wire with
 * {@code @JsonProperty}, dates as {@link java.time.LocalDate} (read by jackson-datatype-jsr310's
 * {@code JavaTimeModule}, as a typical user registers it) and arrays as lists. They check nothing: that
 * is the point of the comparison.
 */
package io.github.wpskit.wps.benchmarks.baseline;
