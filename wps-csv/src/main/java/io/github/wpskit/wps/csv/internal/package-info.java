/**
 * Implementation details of the CSV reader and writers: DPO's date spellings, the bounded index of
 * row keys that finds repeated rows, and the closest-match search used in suggestions.
 *
 * <p>Internal: not part of the public API. The types are public only because Java 17 without a
 * module descriptor cannot share them across packages otherwise; they may change in any release.
 */
package io.github.wpskit.wps.csv.internal;
