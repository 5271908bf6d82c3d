package io.github.wpskit.wps.json;

import io.github.wpskit.wps.resolution.MeetingRecord;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.resolution.Vote;
import io.github.wpskit.wps.resolution.WpsPillar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generators of valid wps values for property tests: typical values most of the time, the
 * extremes of every range often enough (a quarter of draws) to be hit in every run.
 */
final class Generators {
  private static final String[] WORDS = {
    "women", "peace", "security", "Résolution", "قرار", "決議", "🕊", "\"quoted\"", "back\\slash",
    "tab\tin", "line\nbreak", "ctrl\u0001", "/", "<>&", "'", "\u00a0nbsp", "مرأة"
  };

  private Generators() {}

  static boolean extreme(Random r) {
    return r.nextInt(4) == 0;
  }

  static int between(Random r, int min, int max) {
    if (extreme(r)) {
      return r.nextBoolean() ? min : max;
    }
    return min + r.nextInt(max - min + 1);
  }

  static LocalDate date(Random r) {
    if (extreme(r)) {
      return r.nextBoolean() ? LocalDate.of(0, 1, 1) : LocalDate.of(9999, 12, 31);
    }
    return LocalDate.ofEpochDay(between(r, -10_000, 40_000));
  }

  /** Valid text: not blank, no outer white space, up to the 10 000-character limit. */
  static String text(Random r) {
    if (r.nextInt(20) == 0) {
      StringBuilder sb = new StringBuilder(10_000);
      while (sb.length() < 10_000) {
        sb.append((char) ('a' + r.nextInt(26)));
      }
      return sb.toString();
    }
    if (r.nextInt(10) == 0) {
      return "x";
    }
    int n = 1 + r.nextInt(8);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    }
    return "T " + sb + " .";
  }

  static ResolutionSymbol symbol(Random r) {
    return ResolutionSymbol.of(
        between(r, ResolutionSymbol.MIN_NUMBER, ResolutionSymbol.MAX_NUMBER),
        between(r, ResolutionSymbol.MIN_YEAR, ResolutionSymbol.MAX_YEAR));
  }

  static MeetingRecord meeting(Random r) {
    return MeetingRecord.of(between(r, 1, MeetingRecord.MAX_NUMBER));
  }

  static Vote vote(Random r) {
    switch (r.nextInt(5)) {
      case 0:
        return Vote.withoutVote();
      case 1:
        return Vote.unanimous(between(r, 1, 15));
      default:
        int[] counts = new int[4];
        int left = Vote.MAX_MEMBERS;
        for (int i = 0; i < 4; i++) {
          counts[i] = r.nextInt(left + 1);
          left -= counts[i];
        }
        return Vote.recorded(counts[0], counts[1], counts[2], counts[3]);
    }
  }

  static Resolution resolution(Random r) {
    ResolutionSymbol symbol = symbol(r);
    Resolution.Builder b = Resolution.builder().symbol(symbol).adopted(date(r));
    if (r.nextBoolean()) {
      b.meeting(meeting(r));
    }
    if (r.nextBoolean()) {
      b.vote(vote(r));
    }
    if (r.nextBoolean()) {
      b.title(text(r));
    }
    if (r.nextBoolean()) {
      b.summary(text(r));
    }
    b.wpsAgenda(r.nextBoolean());
    for (WpsPillar pillar : WpsPillar.values()) {
      if (r.nextBoolean()) {
        b.addPillars(pillar);
      }
    }
    int recalls = r.nextInt(10) == 0 ? 500 : r.nextInt(4);
    List<ResolutionSymbol> recalled = new ArrayList<>();
    for (int i = 0; i < recalls; i++) {
      ResolutionSymbol s = symbol(r);
      if (!s.equals(symbol) && !recalled.contains(s)) {
        recalled.add(s);
      }
    }
    return b.addAllRecalls(recalled).build();
  }
}
