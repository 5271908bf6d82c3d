package io.github.wpskit.wps.benchmarks.baseline;

import java.util.List;

/**
 * A mandate task as a plain record, field for field as on the wire.
 *
 * @param category the category
 * @param description the wording
 * @param citedResolutions the cited resolutions' symbols
 * @param policyReferences the policy framework codes
 */
public record TaskRecord(
    TaskKind category,
    String description,
    List<String> citedResolutions,
    List<String> policyReferences) {}
