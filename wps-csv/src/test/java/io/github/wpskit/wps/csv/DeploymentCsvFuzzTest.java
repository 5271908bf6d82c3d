package io.github.wpskit.wps.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.validation.ValidationContext;
import io.github.wpskit.wps.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz test of the CSV reader ({@link DpoCsv#read}) on any bytes. The contract: only
 * {@link CsvFormatException} escapes (a file that cannot be read as rows); every row read is a
 * deployment that validates without throwing, counted in the summary; written back in the layout
 * it was read in and read again, the rows give the same deployments, none refused.
 *
 * <p>Regression mode in every test run (seeds in
 * {@code src/test/resources/io/github/wpskit/wps/csv/DeploymentCsvFuzzTestInputs/}: the heads of
 * DPO's three real files); real fuzzing with {@code scripts/fuzz.sh} (docs/RELIABILITY.md).
 */
class DeploymentCsvFuzzTest {
  private static final Validator VALIDATOR =
      Validator.of(ValidationContext.of(ReferenceCatalog.standard()));

  @FuzzTest
  void deploymentCsv(byte[] input) throws IOException {
    List<DeploymentRow> rows = new ArrayList<>();
    CsvLayout layout;
    try (DeploymentReader reader =
        DpoCsv.read(new ByteArrayInputStream(input), "fuzz.csv", CsvReadOptions.defaults())) {
      layout = reader.layout();
      reader.forEachRemaining(rows::add);
      CsvReadSummary summary = reader.summary();
      assertThat(summary.deployments()).isEqualTo(rows.size());
      assertThat(summary.rows()).isGreaterThanOrEqualTo(summary.deployments());
    } catch (CsvFormatException e) {
      assertThat(e.source()).isEqualTo("fuzz.csv");
      assertThat(e.line()).isPositive();
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    List<Deployment> deployments = new ArrayList<>();
    for (DeploymentRow row : rows) {
      assertThat(row.line()).isGreaterThan(1);
      assertThat(VALIDATOR.validate(row.deployment())).isNotNull();
      deployments.add(row.deployment());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeploymentCsvWriter writer = DpoCsv.writer(out, layout)) {
      for (DeploymentRow row : rows) {
        writer.write(row);
      }
    }
    List<Deployment> again = new ArrayList<>();
    try (DeploymentReader reader =
        DpoCsv.read(new ByteArrayInputStream(out.toByteArray()), "again.csv",
            CsvReadOptions.defaults())) {
      reader.forEachRemaining(r -> again.add(r.deployment()));
      assertThat(reader.summary().refusedRows()).isZero();
    }
    assertThat(again).isEqualTo(deployments);
  }
}
