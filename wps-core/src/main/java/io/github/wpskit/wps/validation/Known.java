package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.internal.Suggestions;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the rules say when a reference is not in the validation context: one wording
 * ({@link #NOT_IN_CONTEXT}, {@link #notInContext}), one rule for "the object's mission is in the
 * context" ({@link MissionKnown}: mandates, gender staffing tables and deployments), and the
 * closest known mission or resolution to suggest ("; did you mean MINUSCA?").
 *
 * <p><b>Missions.</b> A known acronym is suggested when it is within a small
 * {@link Suggestions#distance optimal-string-alignment distance} of the unknown one, counted on the
 * acronyms without spaces and hyphens and in upper case: one edit (a letter added, dropped or
 * replaced, or two adjacent letters swapped) for acronyms of up to four letters, two for longer ones.
 * Short acronyms get one edit only: most strings of four letters starting with UN are within two of
 * some mission. A known acronym that the unknown one (of three letters or more) begins is suggested
 * too if it is the only one that does, since a cut-off acronym may be further off than two edits
 * ({@code UNPRO} for {@code UNPROFOR}). The candidates are named in alphabetical order; more than
 * {@link Suggestions#MAX_NAMED} of them give no suggestion, a guess among many.
 *
 * <p><b>Resolutions.</b> A symbol has a number and a year, and each number has one year. So a known
 * resolution is suggested when it has the same number and another year ({@code S/RES/1325 (2001)}
 * for {@code S/RES/1325 (2000)}), else when it has the same year and its number is one slip of a
 * digit away ({@code S/RES/1352 (2000)}: two digits swapped, one dropped, added or replaced). The
 * year must agree because numbers are dense: every number up to the latest is some resolution, and
 * one digit off a catalogued number is most often another, real resolution that the context does not
 * hold.
 *
 * <p>Suggestions are made when an issue is reported, never on the issue-free path. A skip for want
 * of a mission comes with that mission's finding ({@code WPS-PAR-003}, {@code WPS-MND-006},
 * {@code WPS-GND-005}), which carries the suggestion; a skip for want of a resolution that no rule
 * reports carries the suggestion itself.
 */
final class Known {
  /** The one wording for a reference the context does not hold. */
  static final String NOT_IN_CONTEXT = " is not in the validation context";

  private Known() {}

  /**
   * The reason of a skip: {@code what} (such as "the mission UNXX") is not in the context.
   */
  static String notInContext(String what) {
    return what + NOT_IN_CONTEXT;
  }

  /** The reason of a skip for an unknown resolution, with the closest known one where one is close. */
  static String notInContext(String what, ValidationContext ctx, ResolutionSymbol symbol) {
    return what + NOT_IN_CONTEXT + closestResolution(ctx, symbol);
  }

  /** "; did you mean MINUSCA?", or "" when no known acronym is close. */
  static String closestMission(ValidationContext ctx, MissionAcronym unknown) {
    String u = normal(unknown.value());
    int limit = u.length() <= 4 ? 1 : 2;
    int best = limit + 1;
    List<String> closest = new ArrayList<>();
    String prefixed = null;
    int prefixes = 0;
    for (Mission m : ctx.all(Mission.class)) {
      String k = m.acronym().value();
      if (k.equals(unknown.value())) {
        continue;
      }
      String n = normal(k);
      if (u.length() >= 3 && n.startsWith(u)) {
        prefixed = k;
        prefixes++;
      }
      int d = Suggestions.distance(u, n);
      if (d > limit) {
        continue;
      }
      if (d < best) {
        best = d;
        closest.clear();
      }
      if (d == best) {
        closest.add(k);
      }
    }
    if (prefixes == 1 && !closest.contains(prefixed)) {
      closest.add(prefixed); // cut short, as a narrow column cuts an acronym
    }
    closest.sort(null);
    return Suggestions.didYouMean(closest);
  }

  /** "; did you mean S/RES/1325 (2000)?", or "" when no known symbol is close. */
  static String closestResolution(ValidationContext ctx, ResolutionSymbol unknown) {
    List<ResolutionSymbol> sameNumber = new ArrayList<>();
    List<ResolutionSymbol> slipOfADigit = new ArrayList<>();
    String digits = Integer.toString(unknown.number());
    for (Resolution r : ctx.all(Resolution.class)) {
      ResolutionSymbol k = r.symbol();
      if (k.equals(unknown)) {
        continue;
      }
      if (k.number() == unknown.number()) {
        sameNumber.add(k);
      } else if (k.year() == unknown.year()
          && Suggestions.distance(digits, Integer.toString(k.number())) == 1) {
        slipOfADigit.add(k);
      }
    }
    List<ResolutionSymbol> closest = sameNumber.isEmpty() ? slipOfADigit : sameNumber;
    closest.sort(null);
    List<String> names = new ArrayList<>(closest.size());
    for (ResolutionSymbol s : closest) {
      names.add(s.toString());
    }
    return Suggestions.didYouMean(names);
  }

  private static String normal(String key) {
    StringBuilder sb = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c != ' ' && c != '-') {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }

  /**
   * The rule "the object's mission is in the validation context", for each kind that belongs to a
   * mission; its descriptor's template has the placeholders {@code {mission}} and
   * {@code {suggestion}}.
   *
   * @param <T> the kind judged
   */
  static final class MissionKnown<T> extends BuiltInRule<T> {
    private final Function<T, MissionAcronym> mission;

    MissionKnown(RuleDescriptor descriptor, Class<T> type, Function<T, MissionAcronym> mission) {
      super(descriptor, type);
      this.mission = mission;
    }

    @Override
    public void check(T subject, ValidationContext ctx, IssueCollector out) {
      MissionAcronym acronym = mission.apply(subject);
      if (ctx.missionFacts(acronym) == null) {
        out.report(
            descriptor(), Location.root().field("mission"), acronym, closestMission(ctx, acronym));
      }
    }
  }
}
