/**
 * wps-core: the immutable types, identifiers, reference catalog and validation of the United
 * Nations Women, Peace and Security agenda. Depends on slf4j-api only.
 *
 * <p>{@code io.github.wpskit.wps.internal} is not exported: it holds the project's Immutables style,
 * the invariant checks and the build's version resource.
 */
// value-annotations has only an Automatic-Module-Name (a stable one).
@SuppressWarnings("requires-automatic")
module io.github.wpskit.wps {
  requires org.slf4j;
  // Annotations of the Immutables processor (class retention): needed to compile wps-core, not to
  // compile against it nor to run it (so not transitive; the pom turns off javac's "exports" lint).
  requires static org.immutables.value.annotations;

  exports io.github.wpskit.wps;
  exports io.github.wpskit.wps.catalog;
  exports io.github.wpskit.wps.compact;
  exports io.github.wpskit.wps.gender;
  exports io.github.wpskit.wps.mission;
  exports io.github.wpskit.wps.parity;
  exports io.github.wpskit.wps.policy;
  exports io.github.wpskit.wps.resolution;
  exports io.github.wpskit.wps.validation;
}
