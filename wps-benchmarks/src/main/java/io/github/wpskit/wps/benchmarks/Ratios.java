package io.github.wpskit.wps.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result ({@code -rf json -rff FILE}) into the Markdown tables of
 * docs/PERFORMANCE.md: raw scores with their 99.9% error, the ratios wps/records and wps/floor, and
 * the allocation per operation where the gc profiler ran.
 *
 * <p>A ratio's error is the sum of the two relative errors (a conservative bound), so a ratio whose
 * interval contains the goal is not a result either way.
 *
 * <pre>{@code
 * java -cp wps-benchmarks/target/benchmarks.jar io.github.wpskit.wps.benchmarks.Ratios jmh.json
 * }</pre>
 */
public final class Ratios {
  /** One benchmark's result. */
  private static final class Score {
    final double score;
    final double error;
    final String unit;
    final double alloc;

    Score(double score, double error, String unit, double alloc) {
      this.score = score;
      this.error = Double.isNaN(error) ? 0 : error;
      this.unit = unit;
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
      r.scores.put(name, new Score(primary.get("score").asDouble(),
          primary.get("scoreError").asDouble(Double.NaN), primary.get("scoreUnit").asText(),
          alloc.isMissingNode() ? Double.NaN : alloc.get("score").asDouble()));
    }
    System.out.print(r.codecTable());
    System.out.println();
    System.out.print(r.ndjsonTable());
    System.out.println();
    System.out.print(r.validationTable());
  }

  private String codecTable() {
    StringBuilder sb = new StringBuilder();
    sb.append("| Benchmark | wps (ns/op) | records (ns/op) | floor (ns/op) | wps/records"
        + " | wps/floor | B/op wps / records / floor |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (String doc : new String[] {"deployment", "mandate"}) {
      for (String op : new String[] {"Decode", "Encode"}) {
        String prefix = "CodecBenchmark." + doc + op;
        row(sb, doc + " " + op.toLowerCase(Locale.ROOT), prefix + "Wps", prefix + "Records",
            prefix + "Floor");
        if (op.equals("Decode") && scores.containsKey(prefix + "WpsReader")) {
          row(sb, doc + " decode (ObjectReader)", prefix + "WpsReader", prefix + "Records",
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
        .append(" | ").append(value(w))
        .append(" | ").append(value(r))
        .append(" | ").append(value(f))
        .append(" | ").append(ratio(w, r))
        .append(" | ").append(ratio(w, f))
        .append(" | ").append(bytes(w)).append(" / ").append(bytes(r)).append(" / ")
        .append(bytes(f)).append(" |\n");
  }

  private String ndjsonTable() {
    StringBuilder sb = new StringBuilder();
    sb.append("| NDJSON, deployment records | records/s | vs MappingIterator | vs floor | B/record |\n");
    sb.append("|---|---:|---:|---:|---:|\n");
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
      sb.append("| ").append(b[0]).append(" | ").append(value(s)).append(" | ")
          .append(it == null ? "-" : ratio(s, it)).append(" | ")
          .append(floor == null ? "-" : ratio(s, floor)).append(" | ").append(bytes(s))
          .append(" |\n");
    }
    return sb.toString();
  }

  private String validationTable() {
    StringBuilder sb = new StringBuilder();
    sb.append("| Validation | ns/op | B/op |\n");
    sb.append("|---|---:|---:|\n");
    for (Map.Entry<String, Score> e : scores.entrySet()) {
      if (e.getKey().startsWith("ValidationBenchmark.")) {
        sb.append("| ").append(e.getKey().substring("ValidationBenchmark.".length()))
            .append(" | ").append(value(e.getValue())).append(" | ").append(bytes(e.getValue()))
            .append(" |\n");
      }
    }
    return sb.toString();
  }

  private static String value(Score s) {
    return String.format(Locale.ROOT, "%,.0f ± %,.0f", s.score, s.error);
  }

  private static String ratio(Score a, Score b) {
    double ratio = a.score / b.score;
    double err = ratio * (a.error / a.score + b.error / b.score);
    return String.format(Locale.ROOT, "%.2f ± %.2f", ratio, err);
  }

  private static String bytes(Score s) {
    if (Double.isNaN(s.alloc)) {
      return "-";
    }
    return String.format(Locale.ROOT, "%,.0f", s.alloc);
  }
}
