/**
 * wps-csv: DPO's CSV tables of deployments (HDX, Data Hub, monthly table) read and written, with
 * every repair reported, on jackson-dataformat-csv.
 */
module io.github.wpskit.wps.csv {
  requires transitive io.github.wpskit.wps;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.wpskit.wps.csv;
}
