/**
 * The Compact on Women, Peace and Security and Humanitarian Action (WPS-HA Compact): its
 * {@link io.github.wpskit.wps.compact.Signatory signatories} of six
 * {@link io.github.wpskit.wps.compact.SignatoryKind kinds}, their
 * {@link io.github.wpskit.wps.compact.CompactCommitment commitments} under the five
 * {@link io.github.wpskit.wps.compact.ThematicArea thematic areas} and the numbered actions of the
 * Compact Framework ({@link io.github.wpskit.wps.compact.FrameworkActionCode}), measured by
 * {@link io.github.wpskit.wps.compact.Indicator indicators}, and the annual self-reports
 * ({@link io.github.wpskit.wps.compact.CompactReport}) that rate each commitment on the Compact's
 * {@link io.github.wpskit.wps.compact.ProgressRating progress scale}. Fixed facts about the Compact
 * itself are in {@link io.github.wpskit.wps.compact.Compact}.
 *
 * <p>Types here hold invariants only (a value that breaks one cannot be built). Judgements such as
 * "the action's letter matches the commitment's thematic area" or "the target year lies within the
 * Compact's horizon" are validation rules, so imperfect data can be loaded and then explained.
 */
@WpsStyle
package io.github.wpskit.wps.compact;

import io.github.wpskit.wps.internal.WpsStyle;
