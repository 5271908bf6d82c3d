/**
 * Gender parity of uniformed personnel: sex-disaggregated
 * {@link io.github.wpskit.wps.parity.Deployment deployment figures} per mission, contributing country
 * and {@link io.github.wpskit.wps.mission.PersonnelType personnel type}, the
 * {@link io.github.wpskit.wps.parity.ParityTargetGroup target groups} of the parity strategy,
 * and the {@link io.github.wpskit.wps.parity.ParityTarget targets} they are measured against, collected in {@link io.github.wpskit.wps.parity.ParityTargets} (which ships the
 * confirmed targets of the Uniformed Gender Parity Strategy 2018-2028 and lets the user supply the
 * rest).
 *
 * <p>Figures are counts only; nothing here describes a person.
 */
@WpsStyle
package io.github.wpskit.wps.parity;

import io.github.wpskit.wps.internal.WpsStyle;
