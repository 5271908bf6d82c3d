package io.github.wpskit.wps.csv;

/** What a column of a layout holds, whatever the layout calls it. */
enum Field {
  /** A row key, kept as the deployment's source id (Data Hub's {@code contribution_id}). */
  SOURCE_ID,
  /** The contributing country's name as DPO writes it. */
  COUNTRY_NAME,
  /** The contributing country's ISO 3166-1 alpha-3 code. */
  COUNTRY_CODE,
  /** The mission's acronym. */
  MISSION,
  /** DPO's personnel type. */
  PERSONNEL_TYPE,
  /** The number of women. */
  WOMEN,
  /** The number of men. */
  MEN,
  /** Women plus men, as the file states it. */
  TOTAL,
  /** The reporting date. */
  DATE
}
