/**
 * Validation: judgements about valid-looking data, returned as a
 * {@link io.github.wpskit.wps.validation.ValidationReport} and never thrown.
 *
 * <p>Start with {@link io.github.wpskit.wps.validation.Validator#of(RuleSet, ValidationContext)}:
 * the {@link io.github.wpskit.wps.validation.ValidationContext} holds what rules may look up (the
 * reference catalog and the caller's own resolutions, missions, mandates, staffing tables, signatories
 * and commitments, the parity targets and the Compact horizon) and
 * the clock; the {@link io.github.wpskit.wps.validation.RuleSet} says which rules are off, which
 * severities change and which custom {@link io.github.wpskit.wps.validation.ValidationRule rules} run.
 * Every built-in rule is described in the {@link io.github.wpskit.wps.validation.RuleCatalogue}, whose
 * table is published in {@code docs/validation-rules.md}.
 *
 * <p>Each finding is a {@link io.github.wpskit.wps.validation.ValidationIssue} with a
 * {@link io.github.wpskit.wps.validation.RuleId} ({@code WPS-RES-001}), a
 * {@link io.github.wpskit.wps.validation.Severity}, a {@link io.github.wpskit.wps.validation.Location}
 * ({@code $.recalls[0]}), the id of the object concerned, a message naming the offending value and the
 * source of the rule. Rules whose data is absent are listed as
 * {@link io.github.wpskit.wps.validation.SkippedRule skipped}, so that "no errors" means something.
 */
@WpsStyle
package io.github.wpskit.wps.validation;

import io.github.wpskit.wps.internal.WpsStyle;
