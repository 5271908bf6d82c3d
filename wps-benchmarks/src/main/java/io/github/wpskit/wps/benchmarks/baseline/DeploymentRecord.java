package io.github.wpskit.wps.benchmarks.baseline;

import java.time.LocalDate;

/**
 * A deployment document as a plain record, field for field as on the wire.
 *
 * @param kind the document kind, {@code deployment}
 * @param formatVersion the format version
 * @param mission the mission's acronym
 * @param contributingCountry the ISO 3166-1 alpha-3 code
 * @param category the personnel category
 * @param reportingDate the date the figures refer to
 * @param women the number of women
 * @param men the number of men
 */
public record DeploymentRecord(
    String kind,
    int formatVersion,
    String mission,
    String contributingCountry,
    PersonnelKind category,
    LocalDate reportingDate,
    int women,
    int men) {}
