package io.github.wpskit.wps.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result ({@code -rf json -rff FILE}, run with {@code -prof gc} and {@code -prof
 * io.github.wpskit.wps.benchmarks.CpuTimeProfiler}) into the Markdown tables of docs/PERFORMANCE.md.
 *
 * <p>Each cell gives the CPU time per operation (median of the measurement iterations of all forks, from {@link
 * CpuTimeProfiler}) and, in brackets, JMH's wall-clock score (mean with its 99.9% error). Ratios are
 * ratios of the CPU-time medians, which stay meaningful on a machine shared with other processes,
 * followed in brackets by the ratio of the wall-clock means with an error that is the sum of the two
 * relative errors (a conservative bound). For NDJSON, records per CPU-second and per wall-clock second.
 *
 * <pre>{@code
 * java -cp wps-benchmarks/target/benchmarks.jar io.github.wpskit.wps.benchmarks.Ratios jmh.json
 * }</pre>
 */
public final class Ratios {
  /** One benchmark's result. */
  private static final class Score {
    final double wall;
    final double wallError;
    final double cpu;
    final double alloc;

    Score(double wall, double wallError, double cpu, double alloc) {
      this.wall = wall;
      this.wallError = Double.isNaN(wallError) ? 0 : wallError;
      this.cpu = cpu;
      this.alloc = alloc;
    }
  }

  private final Map<String, Score> scores = new LinkedHashMap<>();

  private Ratios() {}

  /**
   * Prints the tables.
   *
   * @param args the JMH JSON file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    Ratios r = new Ratios();
    for (JsonNode b : new ObjectMapper().readTree(Path.of(args[0]).toFile())) {
      String name = b.get("benchmark").asText();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      JsonNode primary = b.get("primaryMetric");
      JsonNode alloc = b.path("secondaryMetrics").path("gc.alloc.rate.norm");
      JsonNode cpu = b.path("secondaryMetrics").path("cpu.time.norm");
      r.scores.put(name, new Score(primary.get("score").asDouble(),
          primary.get("scoreError").asDouble(Double.NaN),
          cpu.isMissingNode() ? Double.NaN : median(cpu.path("rawData")),
          alloc.isMissingNode() ? Double.NaN : alloc.get("score").asDouble()));
    }
    System.out.print(r.codecTable());
    System.out.println();
    System.out.print(r.ndjsonTable());
    System.out.println();
    System.out.print(r.validationTable());
  }

  /** The median of every iteration of every fork ({@code rawData} holds one array per fork). */
  private static double median(JsonNode forks) {
    int n = 0;
    for (JsonNode fork : forks) {
      n += fork.size();
    }
    double[] v = new double[n];
    int i = 0;
    for (JsonNode fork : forks) {
      for (JsonNode value : fork) {
        v[i++] = value.asDouble();
      }
    }
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private String codecTable() {
    StringBuilder sb = new StringBuilder();
    sb.append("| Benchmark | wps ns/op | records ns/op | floor ns/op | wps/records | wps/floor"
        + " | B/op wps / records / floor |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (String doc : new String[] {"deployment", "mandate"}) {
      for (String op : new String[] {"Decode", "Encode"}) {
        String prefix = "CodecBenchmark." + doc + op;
        row(sb, doc + " " + op.toLowerCase(Locale.ROOT), prefix + "Wps", prefix + "Records",
            prefix + "Floor");
        String via = op.equals("Decode") ? "WpsReader" : "WpsWriter";
        if (scores.containsKey(prefix + via)) {
          row(sb, doc + " " + op.toLowerCase(Locale.ROOT) + ", Object"
              + (op.equals("Decode") ? "Reader" : "Writer"), prefix + via, prefix + "Records",
              prefix + "Floor");
        }
      }
    }
    return sb.toString();
  }

  private void row(StringBuilder sb, String label, String wps, String records, String floor) {
    Score w = scores.get(wps);
    Score r = scores.get(records);
    Score f = scores.get(floor);
    if (w == null || r == null || f == null) {
      return;
    }
    sb.append("| ").append(label)
        .append(" | ").append(time(w))
        .append(" | ").append(time(r))
        .append(" | ").append(time(f))
        .append(" | ").append(ratio(w, r))
        .append(" | ").append(ratio(w, f))
        .append(" | ").append(bytes(w)).append(" / ").append(bytes(r)).append(" / ")
        .append(bytes(f)).append(" |\n");
  }

  private String ndjsonTable() {
    StringBuilder sb = new StringBuilder();
    sb.append("| NDJSON, deployment records | records per CPU-second | records/s (wall) | vs"
        + " MappingIterator | vs floor | B/record |\n");
    sb.append("|---|---:|---:|---:|---:|---:|\n");
    Score it = scores.get("NdjsonBenchmark.recordsMappingIterator");
    Score floor = scores.get("NdjsonBenchmark.floorStreaming");
    for (String[] b : new String[][] {
        {"wps NdjsonReader, decode", "NdjsonBenchmark.wpsDecode"},
        {"wps NdjsonReader, decode + validate", "NdjsonBenchmark.wpsDecodeValidate"},
        {"records, plain MappingIterator", "NdjsonBenchmark.recordsMappingIterator"},
        {"floor, one hand-written parser", "NdjsonBenchmark.floorStreaming"}}) {
      Score s = scores.get(b[1]);
      if (s == null) {
        continue;
      }
      sb.append("| ").append(b[0])
          .append(" | ").append(String.format(Locale.ROOT, "%,.0f", 1e9 / s.cpu))
          .append(" | ").append(String.format(Locale.ROOT, "%,.0f ± %,.0f", s.wall, s.wallError))
          .append(" | ").append(it == null ? "-" : throughputRatio(s, it))
          .append(" | ").append(floor == null ? "-" : throughputRatio(s, floor))
          .append(" | ").append(bytes(s)).append(" |\n");
    }
    return sb.toString();
  }

  private String validationTable() {
    StringBuilder sb = new StringBuilder();
    sb.append("| Validation | CPU ns/op (wall ns/op) | B/op |\n");
    sb.append("|---|---:|---:|\n");
    for (Map.Entry<String, Score> e : scores.entrySet()) {
      if (e.getKey().startsWith("ValidationBenchmark.")) {
        sb.append("| ").append(e.getKey().substring("ValidationBenchmark.".length()))
            .append(" | ").append(time(e.getValue())).append(" | ").append(bytes(e.getValue()))
            .append(" |\n");
      }
    }
    return sb.toString();
  }

  private static String time(Score s) {
    return String.format(Locale.ROOT, "%,.0f (%,.0f ± %,.0f)", s.cpu, s.wall, s.wallError);
  }

  /** Time ratio: below 1 means wps is faster. */
  private static String ratio(Score a, Score b) {
    double wall = a.wall / b.wall;
    double err = wall * (a.wallError / a.wall + b.wallError / b.wall);
    return String.format(Locale.ROOT, "**%.2f** (%.2f ± %.2f)", a.cpu / b.cpu, wall, err);
  }

  /** Throughput ratio: above 1 means more records per second than the other. */
  private static String throughputRatio(Score a, Score b) {
    double wall = a.wall / b.wall;
    double err = wall * (a.wallError / a.wall + b.wallError / b.wall);
    return String.format(Locale.ROOT, "**%.2f** (%.2f ± %.2f)", b.cpu / a.cpu, wall, err);
  }

  private static String bytes(Score s) {
    if (Double.isNaN(s.alloc)) {
      return "-";
    }
    return String.format(Locale.ROOT, "%,.0f", s.alloc);
  }
}
