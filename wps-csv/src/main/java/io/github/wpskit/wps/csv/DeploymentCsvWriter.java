package io.github.wpskit.wps.csv;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.csv.internal.DpoDates;
import io.github.wpskit.wps.parity.Deployment;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.Objects;

/**
 * Writes deployments in one of DPO's layouts: the header, then one row per deployment, dates as
 * {@code dd/MM/yyyy}, the monthly table's {@code Total} as women plus men. Open one with
 * {@link DpoCsv#writer}.
 *
 * <p>A {@link DeploymentRow} is written with the country's name and the row key it was read with,
 * so a file read and written back in its layout gives the same figures, names and keys. A bare
 * {@link Deployment} gets the name {@link CountryNames#name} gives and, in the Data Hub layout, an
 * empty {@code contribution_id} (the writer does not invent keys).
 *
 * <p>A deployment that a DPO table cannot hold (a personnel category DPO's tables have no value for,
 * such as justice and corrections; a country without a DPO name) is refused with an
 * {@link InvalidValueException} before anything of its row is written.
 *
 * <p>Not thread-safe: one writer per stream and thread.
 */
public final class DeploymentCsvWriter implements Closeable, Flushable {
  private final CsvGenerator out;
  private final CsvLayout layout;
  private final CountryNames names = CountryNames.dpo();
  private final String[] row;

  DeploymentCsvWriter(CsvGenerator out, CsvLayout layout) throws IOException {
    this.out = out;
    this.layout = layout;
    this.row = new String[layout.columns().size()];
    writeRow(layout.columns().toArray(new String[0]));
  }

  /**
   * Returns the layout written.
   *
   * @return the layout
   */
  public CsvLayout layout() {
    return layout;
  }

  /**
   * Writes a deployment read from a file, with its country name and row key.
   *
   * @param r the row, not null
   * @throws InvalidValueException if the layout cannot hold the deployment
   * @throws IOException if writing fails
   */
  public void write(DeploymentRow r) throws IOException {
    Objects.requireNonNull(r, "row");
    write(r.deployment(), r.countryName(), r.sourceId().orElse(""));
  }

  /**
   * Writes a deployment.
   *
   * @param d the deployment, not null
   * @throws InvalidValueException if the layout cannot hold the deployment
   * @throws IOException if writing fails
   */
  public void write(Deployment d) throws IOException {
    Objects.requireNonNull(d, "deployment");
    CountryCode country = d.contributingCountry();
    String name = names.name(country).orElseThrow(() -> new InvalidValueException(
        "Deployment.contributingCountry", country, "a country DPO's names know, so that "
            + layout.displayName() + " can name it"));
    write(d, name, "");
  }

  private void write(Deployment d, String countryName, String sourceId) throws IOException {
    String type = PersonnelTypes.name(d.personnelType());
    int i = 0;
    for (CsvLayout.Column c : layout.layoutColumns()) {
      row[i++] = cell(c.field, d, countryName, sourceId, type);
    }
    writeRow(row);
  }

  private static String cell(
      Field field, Deployment d, String countryName, String sourceId, String type) {
    switch (field) {
      case SOURCE_ID:
        return sourceId;
      case COUNTRY_NAME:
        return countryName;
      case COUNTRY_CODE:
        return d.contributingCountry().code();
      case MISSION:
        return d.mission().value();
      case PERSONNEL_TYPE:
        return type;
      case WOMEN:
        return Integer.toString(d.women());
      case MEN:
        return Integer.toString(d.men());
      case TOTAL:
        return Integer.toString(d.total());
      case DATE:
        return DpoDates.format(d.reportingDate());
      default:
        throw new AssertionError(field);
    }
  }

  private void writeRow(String[] cells) throws IOException {
    out.writeStartArray();
    for (String c : cells) {
      out.writeString(c);
    }
    out.writeEndArray();
  }

  /**
   * Flushes what was written to the stream.
   *
   * @throws IOException if flushing fails
   */
  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /**
   * Flushes and closes the stream.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    out.close();
  }
}
