package io.github.wpskit.wps.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CSV layouts in which DPO publishes uniformed personnel by mission, country, personnel type
 * and sex. A reader recognises the layout by the file's header row; a writer writes the layout's
 * header and columns.
 *
 * <p>Column names are matched ignoring case and surrounding white space, in any order; a UTF-8
 * byte order mark before the header is ignored.
 */
public enum CsvLayout {
  /**
   * DPO's open-data file on the Humanitarian Data Exchange, {@code odp_contributionsbygender.csv}:
   * {@code Contributing_Country, ISOCode3, Mission_Acronym, Personnel_Type, Female_Personnel,
   * Male_Personnel, Last_Reporting_Date}.
   */
  HDX("HDX odp_contributionsbygender.csv", "\n",
      col("Contributing_Country", Field.COUNTRY_NAME),
      col("ISOCode3", Field.COUNTRY_CODE),
      col("Mission_Acronym", Field.MISSION),
      col("Personnel_Type", Field.PERSONNEL_TYPE),
      col("Female_Personnel", Field.WOMEN),
      col("Male_Personnel", Field.MEN),
      col("Last_Reporting_Date", Field.DATE)),
  /**
   * The Peace and Security Data Hub's {@code DPO-UCHISTORICAL}, with its row key {@code
   * contribution_id} (kept as {@link DeploymentRow#sourceId()}): {@code contribution_id,
   * contributing_country, isocode3, mission_acronym, personnel_type, female_personnel,
   * male_personnel, last_reporting_date}.
   */
  DATA_HUB("Data Hub DPO-UCHISTORICAL", "\n",
      col("contribution_id", Field.SOURCE_ID),
      col("contributing_country", Field.COUNTRY_NAME),
      col("isocode3", Field.COUNTRY_CODE),
      col("mission_acronym", Field.MISSION),
      col("personnel_type", Field.PERSONNEL_TYPE),
      col("female_personnel", Field.WOMEN),
      col("male_personnel", Field.MEN),
      col("last_reporting_date", Field.DATE)),
  /**
   * DPO's monthly table "Contribution of Uniformed Personnel to UN by Mission, Country, and
   * Personnel Type" as its PDF prints it: {@code As_of, Mission, Country, Personnel_Type, Male,
   * Female, Total}. It has no ISO code: countries are found by name only. {@code Total} must equal
   * {@code Male + Female}. Written with CRLF line ends, as the shared extract has them.
   */
  MONTHLY_TABLE("DPO monthly table", "\r\n",
      col("As_of", Field.DATE),
      col("Mission", Field.MISSION),
      col("Country", Field.COUNTRY_NAME),
      col("Personnel_Type", Field.PERSONNEL_TYPE),
      col("Male", Field.MEN),
      col("Female", Field.WOMEN),
      col("Total", Field.TOTAL));

  /** A column: its name as the layout spells it, and what it holds. */
  static final class Column {
    final String name;
    final Field field;

    Column(String name, Field field) {
      this.name = name;
      this.field = field;
    }
  }

  private static Column col(String name, Field field) {
    return new Column(name, field);
  }

  private final String displayName;
  private final String lineSeparator;
  private final List<Column> layoutColumns;
  private final List<String> columns;
  private final Map<Field, String> byField = new EnumMap<>(Field.class);

  CsvLayout(String displayName, String lineSeparator, Column... columns) {
    this.displayName = displayName;
    this.lineSeparator = lineSeparator;
    this.layoutColumns = List.of(columns);
    List<String> names = new ArrayList<>();
    for (Column c : columns) {
      names.add(c.name);
      byField.put(c.field, c.name);
    }
    this.columns = Collections.unmodifiableList(names);
  }

  /**
   * Returns the layout's name for people, such as {@code HDX odp_contributionsbygender.csv}.
   *
   * @return the display name
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns the columns in the order a writer writes them, spelt as the layout's files spell them.
   *
   * @return an unmodifiable list
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * Returns whether the layout has an ISO 3166-1 alpha-3 column, which a reader checks against the
   * country's name.
   *
   * @return true for HDX and Data Hub
   */
  public boolean hasCountryCode() {
    return byField.containsKey(Field.COUNTRY_CODE);
  }

  /**
   * Returns the column holding a row key, kept as each deployment's source id.
   *
   * @return {@code contribution_id} for Data Hub, empty otherwise
   */
  public Optional<String> sourceIdColumn() {
    return Optional.ofNullable(byField.get(Field.SOURCE_ID));
  }

  /** The line separator written. */
  String lineSeparator() {
    return lineSeparator;
  }

  List<Column> layoutColumns() {
    return layoutColumns;
  }

  /**
   * Returns the layout's header as one line, for messages: its columns joined by {@code ", "}.
   *
   * @return the header text
   */
  String headerText() {
    return String.join(", ", columns);
  }
}
