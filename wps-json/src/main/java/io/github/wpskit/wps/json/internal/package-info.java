/**
 * Implementation of the wps JSON format: the hand-written Jackson codecs (one {@code *Codec} class per
 * model type, each with a stateless {@code Serializer} and {@code Deserializer}), the path and error
 * helpers they share, and the bounded line reader behind NDJSON.
 *
 * <p>Internal: not part of the public API; anything here may change in any release. Use
 * {@link io.github.wpskit.wps.json.WpsJson} or {@link io.github.wpskit.wps.json.WpsModule}.
 */
package io.github.wpskit.wps.json.internal;
