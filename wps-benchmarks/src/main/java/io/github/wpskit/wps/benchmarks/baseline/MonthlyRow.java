package io.github.wpskit.wps.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * A row of DPO's monthly table as a plain record, as a user binding the CSV with
 * jackson-dataformat-csv would write it: the columns by name, the day-first date through
 * {@code @JsonFormat}, the rest as strings and ints. It checks nothing.
 *
 * @param asOf {@code As_of}, the reporting date
 * @param mission {@code Mission}
 * @param country {@code Country}, DPO's name
 * @param personnelType {@code Personnel_Type}, DPO's value
 * @param male {@code Male}
 * @param female {@code Female}
 * @param total {@code Total}
 */
public record MonthlyRow(
    @JsonProperty("As_of") @JsonFormat(pattern = "dd/MM/yyyy") LocalDate asOf,
    @JsonProperty("Mission") String mission,
    @JsonProperty("Country") String country,
    @JsonProperty("Personnel_Type") String personnelType,
    @JsonProperty("Male") int male,
    @JsonProperty("Female") int female,
    @JsonProperty("Total") int total) {}
