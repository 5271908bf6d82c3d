/**
 * The reference catalog: the real Security Council resolutions and peace operations this library
 * knows, encoded only from facts confirmed in the project's fact sheet, each with its source in the
 * code. See {@link io.github.wpskit.wps.catalog.ReferenceCatalog}.
 */
package io.github.wpskit.wps.catalog;
