package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.resolution.Vote;
import io.github.wpskit.wps.resolution.WpsPillar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;

/** Shared test data: a fixed clock (today is 2025-06-01) and resolutions. */
final class Fixtures {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
  static final ValidationContext CONTEXT = ValidationContext.builder().clock(CLOCK).build();

  private Fixtures() {}

  /** A resolution with a symbol and an adoption date, and a unanimous 15-member vote. */
  static Resolution.Builder resolution(String symbol, String adopted) {
    Resolution.Builder b = Resolution.builder();
    b.symbol(ResolutionSymbol.parse(symbol)).adopted(LocalDate.parse(adopted)).vote(Vote.unanimous(15));
    return b;
  }

  /** S/RES/1325 (2000) as the fact sheet confirms it. */
  static Resolution res1325() {
    return resolution("S/RES/1325 (2000)", "2000-10-31")
        .wpsAgenda(true)
        .pillars(EnumSet.allOf(WpsPillar.class))
        .build();
  }

  static Validator validator() {
    return Validator.of(RuleSet.defaults(), CONTEXT);
  }

  /** An expected issue of a built-in rule (its catalogue source) or of a test rule ("Test policy"). */
  static ValidationIssue issue(
      String ruleId, Severity severity, String location, String objectId, String message) {
    RuleId id = RuleId.parse(ruleId);
    return issue(ruleId, severity, location, objectId, message,
        RuleCatalogue.find(id).map(RuleDescriptor::source).orElse("Test policy"));
  }

  /** An expected issue with its source. */
  static ValidationIssue issue(
      String ruleId, Severity severity, String location, String objectId, String message,
      String source) {
    return ValidationIssue.of(
        RuleId.parse(ruleId), severity, Location.parse(location), objectId, message, source);
  }
}
