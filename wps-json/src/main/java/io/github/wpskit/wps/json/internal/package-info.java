/**
 * Implementation of the wps JSON format: the hand-written Jackson codecs (one {@code *Codec} class per
 * model type, each with a stateless {@code Serializer} and {@code Deserializer}), the path and error
 * helpers they share, and the bounded line reader behind NDJSON.
 *
 * <p>Internal: not part of the public API; anything here may change in any release. Use
 * {@link io.github.wpskit.wps.json.WpsJson} or {@link io.github.wpskit.wps.json.WpsModule}. The
 * module does not export the package; on the class path, only the few types the public package
 * calls are public (the registration, error mapping, limits, paths, lenient-mode fields and the
 * NDJSON line reader); the codecs and scalar readers are package-private.
 */
package io.github.wpskit.wps.json.internal;
