/**
 * Security Council resolutions: {@link io.github.wpskit.wps.resolution.ResolutionSymbol},
 * {@link io.github.wpskit.wps.resolution.MeetingRecord}, the
 * {@link io.github.wpskit.wps.resolution.Vote} as counts, the WPS
 * {@link io.github.wpskit.wps.resolution.WpsPillar pillars} and the
 * {@link io.github.wpskit.wps.resolution.Resolution} itself.
 */
@WpsStyle
package io.github.wpskit.wps.resolution;

import io.github.wpskit.wps.internal.WpsStyle;
