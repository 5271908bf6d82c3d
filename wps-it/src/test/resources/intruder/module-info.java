/** A program that reaches into the library's implementation: the module system must refuse it. */
module intruder {
  requires io.github.wpskit.wps.json;
}
