package io.github.wpskit.wps.csv;

import io.github.wpskit.wps.validation.Severity;

/**
 * The kinds of findings a reader reports about the rows of a file, each with a stable code (such as
 * {@code CSV-TRIMMED-CELL}) and a fixed severity. Codes never change meaning once published.
 *
 * <p>{@link Severity#INFO}: the reader repaired the row or skipped a line that held no data; nothing
 * was lost. {@link Severity#WARNING}: the row became a deployment, but something should be looked at.
 * {@link Severity#ERROR}: the row was refused, and the finding says why; no deployment was made.
 *
 * <p>These are findings about the file, not validation rules about deployments: they are not in the
 * core rule catalogue, and their codes start with {@code CSV-} so they never read as a rule id
 * ({@code WPS-...}) in a combined report.
 */
public enum CsvFindingCode {
  /** A cell had white space before or after its value; the value was trimmed. */
  TRIMMED_CELL(Severity.INFO),
  /** A date was spelt {@code 31-Jan-23}; it was read as the date it names. */
  DATE_SPELLING(Severity.INFO),
  /** A blank line was skipped. */
  BLANK_LINE(Severity.INFO),
  /** A line of empty cells ({@code ,,,,,,}) was skipped. */
  EMPTY_CELLS(Severity.INFO),
  /**
   * A row has the same mission, country, personnel type and date as an earlier one; both became
   * deployments.
   */
  DUPLICATE_ROW(Severity.WARNING),
  /**
   * Rows of a reporting date came back after the reader had stopped remembering that date's keys
   * (see {@link CsvReadOptions#withMaxOpenDates(int)}); repeats against the earlier rows are not
   * found. Reported once per date.
   */
  DUPLICATE_CHECK_INCOMPLETE(Severity.WARNING),
  /**
   * The country's name is not among DPO's names; the country was taken from the layout's ISO code
   * column, or from the name itself where it is certain: one of DPO's names with other accents,
   * spaces or punctuation ({@code Türkiye}), or the country's English name in ISO 3166 ({@code
   * Eswatini}).
   */
  COUNTRY_NAME_NOT_LISTED(Severity.WARNING),
  /** The row has more or fewer cells than the header; refused. */
  CELL_COUNT(Severity.ERROR),
  /** A required cell is empty; refused. */
  MISSING_VALUE(Severity.ERROR),
  /** The personnel type is not one DPO's tables use; refused. */
  UNKNOWN_PERSONNEL_TYPE(Severity.ERROR),
  /**
   * The country's name is not among DPO's names nor recognisable as one (see {@link
   * #COUNTRY_NAME_NOT_LISTED}), and no ISO code says which it is; refused.
   */
  UNKNOWN_COUNTRY(Severity.ERROR),
  /** The ISO code is not an assigned alpha-3 code, or names another country than the name; refused. */
  COUNTRY_CODE(Severity.ERROR),
  /** The mission is not an acronym; refused. */
  MISSION(Severity.ERROR),
  /** The date is in neither of DPO's spellings, or is no date; refused. */
  DATE(Severity.ERROR),
  /** A count is not a whole number from 0 to 1000000; refused. */
  COUNT(Severity.ERROR),
  /** The monthly table's {@code Total} is not {@code Male + Female}; refused. */
  TOTAL(Severity.ERROR);

  private final Severity severity;
  private final String code;

  CsvFindingCode(Severity severity) {
    this.severity = severity;
    this.code = "CSV-" + name().replace('_', '-');
  }

  /**
   * Returns the severity of every finding of this kind.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns whether findings of this kind refuse the row.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean refusesRow() {
    return severity == Severity.ERROR;
  }

  /**
   * Returns the stable code, such as {@code CSV-TRIMMED-CELL}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the kind with a code.
   *
   * @param code a code such as {@code CSV-TRIMMED-CELL}, in any case, not null
   * @return the kind
   * @throws IllegalArgumentException if no kind has that code
   */
  public static CsvFindingCode ofCode(String code) {
    for (CsvFindingCode c : values()) {
      if (c.code.equalsIgnoreCase(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException("Unknown finding code: " + code);
  }
}
