/**
 * The wps JSON format: {@link io.github.wpskit.wps.json.WpsJson} reads and writes documents (strict
 * by default, {@link io.github.wpskit.wps.json.WpsJson#lenient() lenient} on request), NDJSON streams
 * ({@link io.github.wpskit.wps.json.NdjsonReader}, {@link io.github.wpskit.wps.json.NdjsonWriter}),
 * {@link io.github.wpskit.wps.json.WpsModule} plugs the codecs into any Jackson
 * {@code ObjectMapper}, and {@link io.github.wpskit.wps.json.WpsJsonException} says what went wrong
 * and where. The format itself, with a JSON Schema per {@link io.github.wpskit.wps.json.DocumentKind},
 * is described in docs/json-format.md.
 */
package io.github.wpskit.wps.json;
