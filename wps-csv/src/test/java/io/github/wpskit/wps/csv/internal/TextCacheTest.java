package io.github.wpskit.wps.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextCacheTest {
  @Test
  void textsWithTheSameSampledCharactersAreKeptApart() {
    TextCache<Integer> cache = new TextCache<>(16);
    cache.put("UNMISS", 1);
    cache.put("UNMIKS", 2); // same length, first, last and middle characters
    cache.put("", 3);
    assertThat(cache.get("UNMISS")).isEqualTo(1);
    assertThat(cache.get(new String("UNMIKS"))).isEqualTo(2);
    assertThat(cache.get("")).isEqualTo(3);
    assertThat(cache.get("UNMIXS")).isNull();
  }

  @Test
  void aFullCacheStopsCachingAndKeepsWhatItHas() {
    TextCache<Integer> cache = new TextCache<>(8);
    for (int i = 0; i < 10; i++) {
      cache.put("k" + i, i);
    }
    assertThat(cache.size()).isEqualTo(4);
    assertThat(cache.get("k3")).isEqualTo(3);
    assertThat(cache.get("k4")).isNull();
  }

  @Test
  void theCapacityIsAPowerOfTwo() {
    assertThatThrownBy(() -> new TextCache<>(12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity must be a power of two: 12");
  }
}
