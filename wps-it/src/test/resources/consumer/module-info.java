/** A program of an application that uses wps as a library, from the module path. */
module consumer {
  requires io.github.wpskit.wps.json;
}
