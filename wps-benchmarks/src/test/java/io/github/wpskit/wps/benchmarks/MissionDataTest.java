package io.github.wpskit.wps.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.benchmarks.baseline.DeploymentRecord;
import io.github.wpskit.wps.validation.Severity;
import io.github.wpskit.wps.validation.ValidationIssue;
import io.github.wpskit.wps.validation.ValidationReport;
import io.github.wpskit.wps.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validation benchmarks measure the paths they claim to: the mission's data breaks no rule but
 * the parity warnings put in on purpose, the "valid" deployment yields the shared empty report.
 */
class MissionDataTest {
  private final Validator validator = Validator.of(Samples.context());

  @Test
  void missionDataHasOnlyTheBelowTargetWarnings() {
    List<Object> data = new ArrayList<>();
    data.add(Samples.toWps(Samples.mandate()));
    data.add(Samples.staffingTable());
    Samples.month().forEach(r -> data.add(Samples.toWps(r)));
    ValidationReport report = validator.validateAll(data);
    assertThat(report.skipped()).isEmpty();
    assertThat(report.issues()).extracting(i -> i.ruleId().toString()).containsOnly("WPS-PAR-001");
    assertThat(report.issues()).extracting(ValidationIssue::severity)
        .containsOnly(Severity.WARNING);
    assertThat(report.issues()).hasSize(Samples.MONTH_SIZE / 10);
  }

  @Test
  void validDeploymentYieldsTheSharedEmptyReport() {
    // The validator's one report of nothing found: it names the catalog's knowledge horizon.
    ValidationReport none = validator.validate(Samples.toWps(Samples.validDeployment()));
    assertThat(none.issues()).isEmpty();
    assertThat(none.skipped()).isEmpty();
    assertThat(none.knowledgeHorizon()).isPresent();
    assertThat(validator.validate(Samples.toWps(Samples.validDeployment()))).isSameAs(none);
  }

  @Test
  void everyGeneratedRecordButOneInTenIsBelowItsTargetAsABatch() {
    List<Object> batch = new ArrayList<>();
    ValidationReport none = validator.validate(Samples.toWps(Samples.validDeployment()));
    for (int i = 0; i < 2_000; i++) {
      DeploymentRecord r = Samples.deployment(i);
      // Alone, a record is not judged against the parity target (WPS-PAR-001 judges a batch).
      assertThat(validator.validate(Samples.toWps(r))).as("record %s", i).isSameAs(none);
      batch.add(Samples.toWps(r));
    }
    ValidationReport report = validator.validateAll(batch);
    assertThat(report.issues()).extracting(x -> x.ruleId().toString())
        .containsOnly("WPS-PAR-001");
    assertThat(report.issues()).extracting(ValidationIssue::objectId).doesNotHaveDuplicates();
  }
}
