package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The facade's promise "immutable and thread-safe; share one instance": many threads decoding and
 * encoding every kind through the shared strict and lenient instances get exactly what one thread
 * gets. Correctness only; speed is measured with JMH elsewhere.
 */
class ConcurrencyTest extends JsonTestSupport {
  private static final int THREADS = 8;
  private static final int ROUNDS = 10;

  static List<Object> values(long seed) {
    Random r = new Random(seed);
    return List.of(Generators.resolution(r), Generators.mission(r), Generators.mandate(r),
        Generators.genderStaffingTable(r), Generators.compactCommitment(r),
        Generators.compactReport(r), Generators.signatory(r), Generators.deployment(r),
        Generators.parityTargets(r), Generators.parityAnalysis(r),
        Generators.validationReport(r), Generators.catalog(r));
  }

  @Test
  void sharedInstancesDecodeAndEncodeConcurrentlyExactlyAsOneThreadDoes() throws Exception {
    // Expected results, computed on one thread.
    List<Object> values = new ArrayList<>();
    List<byte[]> bytes = new ArrayList<>();
    List<String> pretty = new ArrayList<>();
    for (long seed = 0; seed < 10; seed++) {
      for (Object v : values(seed)) {
        if (STRICT.encode(v).length > 16 * 1024) {
          continue; // the extremes are the round-trip tests' business; here they only take time
        }
        values.add(v);
        bytes.add(STRICT.encode(v));
        pretty.add(STRICT.encodePretty(v));
      }
    }
    // A lenient document with an unknown field in the envelope and one nested in the vote.
    String lenientDoc = resolutionWith("'note':{'by':'x'},'vote':{'inFavour':15,'against':0,"
        + "'abstentions':0,'nonVoting':0,'tally':'15-0-0'}");
    Decoded<Object> lenientExpected = LENIENT.decode(lenientDoc, Object.class);
    byte[] lenientBytes = LENIENT.encode(lenientExpected);
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    try (NdjsonWriter w = STRICT.ndjsonWriter(ndjson)) {
      for (Object v : values) {
        w.write(v);
      }
    }
    byte[] ndjsonBytes = ndjson.toByteArray();
    assertThat(values).hasSizeGreaterThan(50);
    assertThat(values.stream().map(v -> DocumentKind.ofType(v.getClass()).orElseThrow()).distinct())
        .hasSize(DocumentKind.values().length);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int offset = t;
      results.add(pool.submit(() -> {
        start.await();
        int checked = 0;
        for (int round = 0; round < ROUNDS; round++) {
          // Each thread walks the values from its own offset, so threads hit different kinds at once.
          for (int k = 0; k < values.size(); k++) {
            int i = (k + offset * 7 + round) % values.size();
            Object v = values.get(i);
            assertThat(STRICT.encode(v)).isEqualTo(bytes.get(i));
            assertThat(STRICT.readDocument(bytes.get(i))).isEqualTo(v);
            assertThat(STRICT.decode(new ByteArrayInputStream(bytes.get(i)), v.getClass()))
                .isEqualTo(v);
            if (k % 10 == 0) {
              assertThat(STRICT.encodePretty(v)).isEqualTo(pretty.get(i));
              Decoded<Object> d = LENIENT.decode(lenientDoc, Object.class);
              assertThat(d).isEqualTo(lenientExpected);
              assertThat(LENIENT.encode(d)).isEqualTo(lenientBytes);
            }
            checked++;
          }
          try (NdjsonReader<Object> r =
              STRICT.ndjsonReader(new ByteArrayInputStream(ndjsonBytes), Object.class)) {
            List<Object> read = new ArrayList<>();
            r.forEachRemaining(read::add);
            assertThat(read).isEqualTo(values);
          }
        }
        return checked;
      }));
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
    for (Future<Integer> f : results) {
      assertThat(f.get()).isEqualTo(ROUNDS * values.size());
    }
    // Nothing on the shared instances changed: one more sequential check.
    assertThat(Arrays.equals(STRICT.encode(values.get(0)), bytes.get(0))).isTrue();
    assertThat(new String(lenientBytes, StandardCharsets.UTF_8)).contains("\"tally\":\"15-0-0\"",
        "\"note\":{\"by\":\"x\"}");
  }
}
