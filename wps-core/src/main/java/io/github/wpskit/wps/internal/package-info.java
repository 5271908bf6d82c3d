/**
 * Implementation details shared by the other packages: the project's one Immutables style
 * ({@link io.github.wpskit.wps.internal.WpsStyle}) and the invariant checks of the model types
 * ({@link io.github.wpskit.wps.internal.Checks}).
 *
 * <p>Internal: not part of the public API. The types are public only because Java 17 without a
 * module descriptor cannot share them across packages otherwise; they may change in any release.
 */
package io.github.wpskit.wps.internal;
