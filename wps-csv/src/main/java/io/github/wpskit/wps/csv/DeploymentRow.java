package io.github.wpskit.wps.csv;

import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.validation.Origin;
import java.util.Objects;
import java.util.Optional;

/**
 * A deployment read from a row of a file, with where it came from: the file, the physical line, the
 * row key the file gave it (Data Hub's {@code contribution_id}) and the country's name as written.
 * A writer writes a row back with its name and key, so nothing the file said is lost.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeploymentRow {
  private final Deployment deployment;
  private final String source;
  private final long line;
  private final String sourceId;
  private final String countryName;

  private DeploymentRow(
      Deployment deployment, String source, long line, String sourceId, String countryName) {
    this.deployment = Objects.requireNonNull(deployment, "deployment");
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.sourceId = sourceId;
    this.countryName = Objects.requireNonNull(countryName, "countryName");
  }

  /**
   * Obtains a row.
   *
   * @param deployment the deployment, not null
   * @param source the file's name, not null
   * @param line the physical line (from 1) the row starts on
   * @param sourceId the file's key for the row, or null if it has none
   * @param countryName the country's name as the file writes it, not null
   * @return the row
   */
  public static DeploymentRow of(
      Deployment deployment, String source, long line, String sourceId, String countryName) {
    return new DeploymentRow(deployment, source, line, sourceId, countryName);
  }

  /**
   * Returns the deployment.
   *
   * @return the deployment
   */
  public Deployment deployment() {
    return deployment;
  }

  /**
   * Returns the name of the file, as given to the reader.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the physical line (from 1, the header being line 1) on which the row starts.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * Returns where the row came from as wps-core's {@link Origin}, for validation issues about its
   * deployment (see {@code ValidationIssue.origin()}).
   *
   * @return the file and line
   */
  public Origin origin() {
    return Origin.of(source, line);
  }

  /**
   * Returns the file's own key for the row: the Data Hub's {@code contribution_id}.
   *
   * @return the key, empty when the layout has none or the cell was empty
   */
  public Optional<String> sourceId() {
    return Optional.ofNullable(sourceId);
  }

  /**
   * Returns the contributing country's name as the file writes it (trimmed), such as {@code Côte
   * d'Ivoire}.
   *
   * @return the name
   */
  public String countryName() {
    return countryName;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DeploymentRow)) {
      return false;
    }
    DeploymentRow r = (DeploymentRow) o;
    return line == r.line && deployment.equals(r.deployment) && source.equals(r.source)
        && Objects.equals(sourceId, r.sourceId) && countryName.equals(r.countryName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deployment, source, line, sourceId, countryName);
  }

  /**
   * Returns where the row came from and its deployment, as {@code hdx.csv:2 BINUH BEN
   * individual-police-officers 2023-01-31 women=0 men=1}.
   *
   * @return the row for people
   */
  @Override
  public String toString() {
    return source + ":" + line + (sourceId == null ? "" : " [" + sourceId + "]") + " "
        + deployment.id() + " women=" + deployment.women() + " men=" + deployment.men();
  }
}
