/**
 * wps-json: the wps JSON format for Jackson 2 ({@link io.github.wpskit.wps.json.WpsJson}, the
 * Jackson module {@link io.github.wpskit.wps.json.WpsModule}, NDJSON streaming) and the JSON
 * Schemas of every document kind.
 *
 * <p>The schemas are resources of the open package {@code io.github.wpskit.wps.json.schema}
 * ({@link io.github.wpskit.wps.json.DocumentKind#schemaResource()}), readable from any module.
 * {@code io.github.wpskit.wps.json.internal} is not exported.
 */
module io.github.wpskit.wps.json {
  requires transitive io.github.wpskit.wps;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.wpskit.wps.json;
  opens io.github.wpskit.wps.json.schema;

  provides com.fasterxml.jackson.databind.Module with io.github.wpskit.wps.json.WpsModule;
}
