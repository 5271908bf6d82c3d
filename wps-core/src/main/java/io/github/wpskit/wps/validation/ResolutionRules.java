package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.resolution.Vote;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * The built-in rules for {@link Resolution}s (area {@code RES}). Facts from the fact sheet, section
 * 8: the Council first met on 17 January 1946; the Charter amendment in force on 31 August 1965
 * raised the Council from 11 to 15 members and the votes needed from 7 to 9.
 */
final class ResolutionRules {
  /** The Security Council's first meeting. */
  static final LocalDate FIRST_MEETING = LocalDate.of(1946, Month.JANUARY, 17);
  /** The day the Charter amendment enlarging the Council to 15 members entered into force. */
  static final LocalDate ENLARGEMENT = LocalDate.of(1965, Month.AUGUST, 31);

  private static final String SYMBOLS =
      "UN document symbols: S/RES/<number> (<year>), numbered in order of adoption"
          + " (Dag Hammarskjöld Library)";
  private static final String NO_VOTE = "no vote recorded";

  static final RuleDescriptor SYMBOL_YEAR =
      RuleDescriptor.builder()
          .id("WPS-RES-001")
          .severity(Severity.ERROR)
          .title("The year in the symbol equals the year of adoption")
          .messageTemplate(
              "The symbol {symbol} carries the year {symbolYear} but the resolution was adopted on"
                  + " {adopted}")
          .rationale(
              "The year in a resolution symbol is the year of adoption; a mismatch means the symbol"
                  + " or the date was mistyped, as sources often do (1820 dated 2009, 1888 dated 2008).")
          .source(SYMBOLS)
          .build();

  static final RuleDescriptor NOT_BEFORE_FIRST_MEETING =
      RuleDescriptor.builder()
          .id("WPS-RES-002")
          .severity(Severity.ERROR)
          .title("Adopted on or after the Security Council's first meeting, 1946-01-17")
          .messageTemplate(
              "Adopted on {adopted}, before the Security Council's first meeting on 1946-01-17")
          .rationale("The Council cannot have adopted anything before it first met.")
          .source("Security Council, 1st meeting, 17 January 1946, Church House, London (official record)")
          .build();

  static final RuleDescriptor NOT_IN_FUTURE =
      RuleDescriptor.builder()
          .id("WPS-RES-003")
          .severity(Severity.ERROR)
          .title("The adoption date is not in the future")
          .messageTemplate("Adopted on {adopted}, after today ({today})")
          .rationale(
              "A resolution is recorded once adopted; a future date is a typing error or a draft"
                  + " recorded as adopted.")
          .source("Consistency of the record: adoption precedes the record of it")
          .build();

  static final RuleDescriptor VOTES_IN_FAVOUR =
      RuleDescriptor.builder()
          .id("WPS-RES-004")
          .severity(Severity.ERROR)
          .title(
              "An adopted resolution had at least 9 votes in favour (7 before 1965-08-31), unless"
                  + " adopted without a vote")
          .messageTemplate(
              "Adopted with {inFavour} votes in favour ({vote}), but the Charter required {required}"
                  + " on {adopted}")
          .rationale(
              "Council decisions need the affirmative votes of nine members (seven while the Council"
                  + " had eleven); fewer means the vote or the date is wrong.")
          .source("UN Charter, Article 27; amendment in force 31 August 1965")
          .build();

  static final RuleDescriptor COUNCIL_SIZE =
      RuleDescriptor.builder()
          .id("WPS-RES-005")
          .severity(Severity.ERROR)
          .title(
              "The vote counts do not exceed the Council's size on the adoption date (11 before"
                  + " 1965-08-31, then 15)")
          .messageTemplate(
              "The vote records {total} members ({vote}) but the Council had {size} members on"
                  + " {adopted}")
          .rationale(
              "The Council had eleven members until the amendment adopted on 17 December 1963"
                  + " entered into force on 31 August 1965, and fifteen since; more positions than"
                  + " members is impossible.")
          .source("UN Charter, Article 23; amendment in force 31 August 1965")
          .build();

  static final RuleDescriptor WPS_PILLAR =
      RuleDescriptor.builder()
          .id("WPS-RES-006")
          .severity(Severity.WARNING)
          .title("A WPS-agenda resolution names at least one WPS pillar")
          .messageTemplate("The WPS-agenda resolution {symbol} names no WPS pillar")
          .rationale(
              "Marking a resolution as part of the WPS agenda serves analysis only if it says which"
                  + " pillars (participation, protection, prevention, relief and recovery) it serves.")
          .source("The four pillars of resolution 1325 (2000) as framed by PeaceWomen")
          .build();

  static final RuleDescriptor RECALLS_LOWER_NUMBER =
      RuleDescriptor.builder()
          .id("WPS-RES-007")
          .severity(Severity.ERROR)
          .title("A recalled resolution has a lower number and no later year")
          .messageTemplate("Recalls {recalled}, which is not older than {symbol}")
          .rationale(
              "The Council numbers resolutions in order of adoption, so a resolution can recall only"
                  + " one with a lower number and a year no later than its own.")
          .source(SYMBOLS)
          .build();

  static final RuleDescriptor RECALLS_ADOPTED_EARLIER =
      RuleDescriptor.builder()
          .id("WPS-RES-008")
          .severity(Severity.ERROR)
          .title(
              "A recalled resolution known to the context was adopted on or before the recalling"
                  + " one")
          .messageTemplate(
              "Recalls {recalled}, adopted on {recalledAdopted}, after this resolution's adoption on"
                  + " {adopted}")
          .rationale(
              "A resolution cannot recall a text adopted after it; the dates of one of the two are"
                  + " wrong.")
          .source("Consistency of the record: a resolution recalls only earlier texts")
          .build();

  static final List<ValidationRule<Resolution>> ALL =
      List.of(
          new SymbolYear(),
          new NotBeforeFirstMeeting(),
          new NotInFuture(),
          new VotesInFavour(),
          new CouncilSize(),
          new WpsPillar(),
          new RecallsLowerNumber(),
          new RecallsAdoptedEarlier());

  private ResolutionRules() {}

  /** Base of the resolution rules: the descriptor and subject type, fixed per class. */
  private abstract static class Rule implements ValidationRule<Resolution> {
    private final RuleDescriptor descriptor;

    Rule(RuleDescriptor descriptor) {
      this.descriptor = descriptor;
    }

    @Override
    public final RuleDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public final Class<Resolution> subjectType() {
      return Resolution.class;
    }
  }

  private static Location adopted() {
    return Location.root().field("adopted");
  }

  private static final class SymbolYear extends Rule {
    SymbolYear() {
      super(SYMBOL_YEAR);
    }

    @Override
    public void check(Resolution r, ValidationContext ctx, IssueCollector out) {
      if (r.symbol().year() != r.adopted().getYear()) {
        out.report(SYMBOL_YEAR, adopted(), r.symbol(), r.symbol().year(), r.adopted());
      }
    }
  }

  private static final class NotBeforeFirstMeeting extends Rule {
    NotBeforeFirstMeeting() {
      super(NOT_BEFORE_FIRST_MEETING);
    }

    @Override
    public void check(Resolution r, ValidationContext ctx, IssueCollector out) {
      if (r.adopted().isBefore(FIRST_MEETING)) {
        out.report(NOT_BEFORE_FIRST_MEETING, adopted(), r.adopted());
      }
    }
  }

  private static final class NotInFuture extends Rule {
    NotInFuture() {
      super(NOT_IN_FUTURE);
    }

    @Override
    public void check(Resolution r, ValidationContext ctx, IssueCollector out) {
      LocalDate today = ctx.today();
      if (r.adopted().isAfter(today)) {
        out.report(NOT_IN_FUTURE, adopted(), r.adopted(), today);
      }
    }
  }

  private static final class VotesInFavour extends Rule {
    VotesInFavour() {
      super(VOTES_IN_FAVOUR);
    }

    @Override
    public void check(Resolution r, ValidationContext ctx, IssueCollector out) {
      if (r.vote().isEmpty()) {
        out.skip(VOTES_IN_FAVOUR, NO_VOTE);
        return;
      }
      Vote vote = r.vote().get();
      if (vote.adoptedWithoutVote()) {
        return;
      }
      int required = r.adopted().isBefore(ENLARGEMENT) ? 7 : 9;
      if (vote.inFavour() < required) {
        out.report(
            VOTES_IN_FAVOUR,
            Location.root().field("vote").field("inFavour"),
            vote.inFavour(), vote, required, r.adopted());
      }
    }
  }

  private static final class CouncilSize extends Rule {
    CouncilSize() {
      super(COUNCIL_SIZE);
    }

    @Override
    public void check(Resolution r, ValidationContext ctx, IssueCollector out) {
      if (r.vote().isEmpty()) {
        out.skip(COUNCIL_SIZE, NO_VOTE);
        return;
      }
      Vote vote = r.vote().get();
      int size = r.adopted().isBefore(ENLARGEMENT) ? 11 : Vote.MAX_MEMBERS;
      if (vote.total() > size) {
        out.report(COUNCIL_SIZE, Location.root().field("vote"), vote.total(), vote, size, r.adopted());
      }
    }
  }

  private static final class WpsPillar extends Rule {
    WpsPillar() {
      super(WPS_PILLAR);
    }

    @Override
    public void check(Resolution r, ValidationContext ctx, IssueCollector out) {
      if (r.wpsAgenda() && r.pillars().isEmpty()) {
        out.report(WPS_PILLAR, Location.root().field("pillars"), r.symbol());
      }
    }
  }

  private static final class RecallsLowerNumber extends Rule {
    RecallsLowerNumber() {
      super(RECALLS_LOWER_NUMBER);
    }

    @Override
    public void check(Resolution r, ValidationContext ctx, IssueCollector out) {
      if (r.recalls().isEmpty()) {
        return;
      }
      ResolutionSymbol symbol = r.symbol();
      int i = 0;
      for (ResolutionSymbol recalled : r.recalls()) {
        if (recalled.number() >= symbol.number() || recalled.year() > symbol.year()) {
          out.report(
              RECALLS_LOWER_NUMBER, Location.root().field("recalls").index(i), recalled, symbol);
        }
        i++;
      }
    }
  }

  private static final class RecallsAdoptedEarlier extends Rule {
    RecallsAdoptedEarlier() {
      super(RECALLS_ADOPTED_EARLIER);
    }

    @Override
    public void check(Resolution r, ValidationContext ctx, IssueCollector out) {
      if (r.recalls().isEmpty()) {
        return;
      }
      int i = 0;
      for (ResolutionSymbol recalled : r.recalls()) {
        Resolution other = ctx.get(Resolution.class, recalled);
        if (other == null) {
          out.skip(
              RECALLS_ADOPTED_EARLIER,
              Known.notInContext("the recalled resolution " + recalled, ctx, recalled));
        } else if (other.adopted().isAfter(r.adopted())) {
          out.report(
              RECALLS_ADOPTED_EARLIER,
              Location.root().field("recalls").index(i),
              recalled, other.adopted(), r.adopted());
        }
        i++;
      }
    }
  }
}
