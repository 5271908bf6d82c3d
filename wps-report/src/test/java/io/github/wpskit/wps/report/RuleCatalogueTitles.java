package io.github.wpskit.wps.report;

import io.github.wpskit.wps.validation.RuleCatalogue;
import io.github.wpskit.wps.validation.RuleId;

/** The catalogue's title of a rule, as the rules table shows it. */
final class RuleCatalogueTitles {
  private RuleCatalogueTitles() {}

  static String of(String id) {
    return RuleCatalogue.find(RuleId.parse(id)).orElseThrow().title();
  }
}
