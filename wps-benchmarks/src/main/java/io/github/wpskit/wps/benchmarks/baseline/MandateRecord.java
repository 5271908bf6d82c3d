package io.github.wpskit.wps.benchmarks.baseline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A mandate document as a plain record, field for field as on the wire.
 *
 * @param kind the document kind, {@code mandate}
 * @param formatVersion the format version
 * @param mission the mission's acronym
 * @param authorisedBy the authorising resolution's symbol
 * @param start the first day
 * @param end the last day
 * @param authorisedStrength the ceilings by personnel category
 * @param tasks the tasks
 */
public record MandateRecord(
    String kind,
    int formatVersion,
    String mission,
    String authorisedBy,
    LocalDate start,
    LocalDate end,
    Map<PersonnelKind, Integer> authorisedStrength,
    List<TaskRecord> tasks) {}
