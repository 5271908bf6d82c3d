package io.github.wpskit.wps.csv.internal;

/**
 * A small, bounded map from the text of a cell to what it was read as (a mission, a country), for
 * values that repeat on nearly every row. It hashes four characters and the length instead of the
 * whole text, so a hit costs one comparison of the text, where a {@code HashMap} would first hash
 * the new {@code String} of every cell in full.
 *
 * <p>Holds at most half its capacity; once full it stops caching (callers then take the slow path),
 * so its memory is fixed when it is made.
 *
 * <p>Not thread-safe: one per reader.
 *
 * <p>Internal: not part of the public API.
 *
 * @param <V> the value type
 */
public final class TextCache<V> {
  private final String[] keys;
  private final Object[] values;
  private final int mask;
  private int size;

  /**
   * Creates a cache.
   *
   * @param capacity the number of slots, a power of two; at most half are filled
   */
  public TextCache(int capacity) {
    if (Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
    }
    keys = new String[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
  }

  /**
   * Returns the value of a text.
   *
   * @param text the text, not null
   * @return the value, or null if the text is not cached
   */
  @SuppressWarnings("unchecked")
  public V get(String text) {
    int i = hash(text) & mask;
    String k;
    while ((k = keys[i]) != null) {
      if (k.equals(text)) {
        return (V) values[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  /**
   * Caches the value of a text not cached yet, unless the cache is full.
   *
   * @param text the text, not null
   * @param value the value, not null
   */
  public void put(String text, V value) {
    if ((size + 1) * 2 > keys.length) {
      return;
    }
    int i = hash(text) & mask;
    while (keys[i] != null) {
      if (keys[i].equals(text)) {
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = text;
    values[i] = value;
    size++;
  }

  /**
   * Returns how many texts are cached.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  private static int hash(String s) {
    int n = s.length();
    if (n == 0) {
      return 0;
    }
    int h = n * 0x9E3779B1 + s.charAt(0) * 31 + s.charAt(n - 1) * 961 + s.charAt(n >> 1) * 29791
        + s.charAt(n >> 2) * 923521;
    return h ^ (h >>> 16);
  }
}
