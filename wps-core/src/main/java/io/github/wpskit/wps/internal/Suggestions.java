package io.github.wpskit.wps.internal;

import java.util.List;

/**
 * The pieces of a "did you mean ...?" hint shared by the validation rules (an unknown mission or
 * resolution) and {@link io.github.wpskit.wps.CountryCode} (an unassigned code or a country's
 * name): an edit distance and the one wording.
 *
 * <p>Hand-written rather than taken from Apache Commons Text ({@code LevenshteinDistance}), which
 * would fit: wps-core may depend at run time on slf4j-api only (the build's enforcer rule checks
 * this), and the distance needed here is a few lines. Commons Text has no optimal-string-alignment
 * distance either, and a swap of two adjacent letters is the commonest slip in an acronym or a code.
 *
 * <p>Internal: not part of the public API.
 */
public final class Suggestions {
  /** More equally close candidates than this make the hint a guess among many: none is given. */
  public static final int MAX_NAMED = 3;

  private Suggestions() {}

  /**
   * The optimal-string-alignment distance: the fewest insertions, deletions, substitutions of one
   * character and swaps of two adjacent characters that turn one text into the other (no substring
   * edited twice), such as 1 for {@code MINUSCA} and {@code MIUNSCA}.
   *
   * @param a a text, not null
   * @param b another, not null
   * @return the distance, 0 for equal texts
   */
  public static int distance(CharSequence a, CharSequence b) {
    int n = a.length();
    int m = b.length();
    // Three rows of the usual matrix: the swap looks two rows back.
    int[] twoBack = new int[m + 1];
    int[] back = new int[m + 1];
    int[] row = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      back[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      row[0] = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(back[j] + 1, row[j - 1] + 1), back[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, twoBack[j - 2] + 1);
        }
        row[j] = v;
      }
      int[] t = twoBack;
      twoBack = back;
      back = row;
      row = t;
    }
    return back[m];
  }

  /**
   * The hint for the candidates found: {@code "; did you mean MINUSCA?"}, {@code "; did you mean
   * MINUSCA or MINUSMA?"}, {@code "; did you mean A, B or C?"}; the empty text for none, and for
   * more than {@link #MAX_NAMED} (a guess among many).
   *
   * @param candidates the candidates, in the order to name them, not null
   * @return the hint, starting with "; ", or the empty text
   */
  public static String didYouMean(List<String> candidates) {
    if (candidates.isEmpty() || candidates.size() > MAX_NAMED) {
      return "";
    }
    StringBuilder sb = new StringBuilder("; did you mean ");
    for (int i = 0; i < candidates.size(); i++) {
      if (i > 0) {
        sb.append(i == candidates.size() - 1 ? " or " : ", ");
      }
      sb.append(candidates.get(i));
    }
    return sb.append('?').toString();
  }
}
