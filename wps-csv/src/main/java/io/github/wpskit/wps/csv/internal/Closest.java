package io.github.wpskit.wps.csv.internal;

import java.util.Locale;

/**
 * Finds the known value closest to an unknown one, for the "closest: ..." part of a message. The
 * distance is Levenshtein's (insertions, deletions, substitutions) between the lower-case texts, so
 * {@code "troop"} suggests {@code "Troops"}.
 *
 * <p>Internal: not part of the public API.
 */
public final class Closest {
  private Closest() {}

  /**
   * Returns the candidate closest to the value; on a tie, the first in iteration order.
   *
   * @param value the unknown value, not null
   * @param candidates the known values, not empty
   * @return the closest candidate
   */
  public static String among(String value, Iterable<String> candidates) {
    String v = value.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(v, candidate.toLowerCase(Locale.ROOT), bestDistance);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no candidates");
    }
    return best;
  }

  /**
   * Returns the edit distance between two texts, or any value of at least {@code limit} once the
   * distance is known to reach it (the search only needs to know that a candidate is not better).
   */
  static int distance(String a, String b, int limit) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin >= limit) {
        return rowMin;
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
