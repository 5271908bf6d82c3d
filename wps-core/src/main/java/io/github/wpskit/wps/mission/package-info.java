/**
 * Peace operations and their mandates: {@link io.github.wpskit.wps.mission.Mission},
 * {@link io.github.wpskit.wps.mission.Mandate} with its
 * {@link io.github.wpskit.wps.mission.MandateTask tasks} and authorised strength by
 * {@link io.github.wpskit.wps.mission.PersonnelType}, and the
 * {@link io.github.wpskit.wps.mission.MissionAcronym} that ties everything to a mission.
 */
@WpsStyle
package io.github.wpskit.wps.mission;

import io.github.wpskit.wps.internal.WpsStyle;
