package io.github.wpskit.wps.validation;

import static io.github.wpskit.wps.validation.Fixtures.catalogValidator;
import static io.github.wpskit.wps.validation.Fixtures.uncm;
import static io.github.wpskit.wps.validation.Fixtures.untm;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.mission.Closure;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * WPS-MSN-001 and WPS-MSN-002 skip, with the resolution named, when the resolution they compare
 * with is not in the context; they neither report nor stay silent.
 */
class MissionRulesSkipTest {
  private static final ResolutionSymbol ABSENT = ResolutionSymbol.of(90099, 2020);

  @Test
  void msn001SkipsForEachEstablishingResolutionNotInTheContext() {
    Mission m = Mission.builder().from(untm()).addEstablishedBy(ABSENT).build();
    ValidationReport report = catalogValidator().validate(m);
    assertThat(report.issues()).isEmpty();
    assertThat(report.skipped()).containsExactly(SkippedRule.of(RuleId.parse("WPS-MSN-001"), "UNTM",
        "the resolution S/RES/90099 (2020) is not in the validation context"));
  }

  @Test
  void msn002SkipsWhenTheDecidingResolutionIsNotInTheContext() {
    Mission m = Mission.builder().from(uncm())
        .closure(Closure.builder().mandateEnded(LocalDate.of(2020, 6, 10)).decidedBy(ABSENT).build())
        .build();
    ValidationReport report = catalogValidator().validate(m);
    assertThat(report.issues()).isEmpty();
    assertThat(report.skipped()).containsExactly(SkippedRule.of(RuleId.parse("WPS-MSN-002"), "UNCM",
        "the resolution S/RES/90099 (2020) is not in the validation context"));
  }
}
