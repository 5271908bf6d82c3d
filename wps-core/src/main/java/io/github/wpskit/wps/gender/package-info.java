/**
 * A mission's gender architecture as posts, never persons:
 * {@link io.github.wpskit.wps.gender.GenderPost} (role, component, level, reporting line, functions,
 * filled or vacant) and the {@link io.github.wpskit.wps.gender.GenderStaffingTable} that lists a
 * mission's posts on a date. No type here holds personal data.
 */
@WpsStyle
package io.github.wpskit.wps.gender;

import io.github.wpskit.wps.internal.WpsStyle;
