package io.github.wpskit.wps.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a Java Flight Recorder file as the profiles in docs/PERFORMANCE.md: the hottest methods
 * by CPU samples (self and inclusive) and the allocation sites by sampled bytes. JFR samples
 * asynchronously (not only at safepoints), so the method profile is not biased towards loop exits the
 * way JMH's {@code -prof stack} is. Record with JMH's own profiler:
 *
 * <pre>{@code
 * java -jar wps-benchmarks/target/benchmarks.jar CodecBenchmark.mandateDecodeWps -f 1 -wi 5 -i 10 \
 *     -prof jfr:dir=wps-benchmarks/target/jfr
 * java -cp wps-benchmarks/target/benchmarks.jar io.github.wpskit.wps.benchmarks.JfrTop \
 *     wps-benchmarks/target/jfr/.../profile.jfr [rows]
 * }</pre>
 */
public final class JfrTop {
  private JfrTop() {}

  /**
   * Prints the summary.
   *
   * @param args the recording, and optionally how many rows per table (default 25)
   * @throws IOException if the recording cannot be read
   */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> inclusive = new HashMap<>();
    Map<String, Long> allocations = new HashMap<>();
    long samples = 0;
    long allocated = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      RecordedStackTrace trace = e.getStackTrace();
      if (trace == null || trace.getFrames().isEmpty()) {
        continue;
      }
      List<RecordedFrame> frames = trace.getFrames();
      String type = e.getEventType().getName();
      if (type.equals("jdk.ExecutionSample")) {
        samples++;
        self.merge(name(frames.get(0)), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame f : frames) {
          String n = name(f);
          if (seen.add(n)) {
            inclusive.merge(n, 1L, Long::sum);
          }
        }
      } else if (type.equals("jdk.ObjectAllocationSample")) {
        long weight = e.getLong("weight");
        allocated += weight;
        StringBuilder site = new StringBuilder(simple(e.getClass("objectClass").getName()));
        for (int i = 0; i < Math.min(3, frames.size()); i++) {
          site.append(" <- ").append(name(frames.get(i)));
        }
        allocations.merge(site.toString(), weight, Long::sum);
      }
    }
    print("CPU samples, self (" + samples + " samples)", self, samples, rows);
    print("CPU samples, inclusive", inclusive, samples, rows);
    print("Allocation samples by class and site (" + allocated + " bytes sampled)", allocations,
        allocated, rows);
  }

  private static String name(RecordedFrame f) {
    return simple(f.getMethod().getType().getName()) + "." + f.getMethod().getName();
  }

  private static String simple(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static void print(String title, Map<String, Long> counts, long total, int rows) {
    System.out.println("## " + title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(rows)
        .forEach(e -> System.out.printf(Locale.ROOT, "%6.1f%%  %s%n",
            total == 0 ? 0 : 100.0 * e.getValue() / total, e.getKey()));
    System.out.println();
  }
}
