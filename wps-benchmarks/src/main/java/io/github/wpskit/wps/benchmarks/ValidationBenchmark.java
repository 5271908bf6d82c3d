package io.github.wpskit.wps.benchmarks;

import io.github.wpskit.wps.benchmarks.baseline.DeploymentRecord;
import io.github.wpskit.wps.benchmarks.baseline.PersonnelKind;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.validation.ValidationReport;
import io.github.wpskit.wps.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Validating with {@link Validator}: a mission's data as one batch (the mandate, the gender staffing
 * table and a month of {@value Samples#MONTH_SIZE} deployment records, one in ten below its parity
 * target), the same objects one by one against a context that already holds the mandate and the
 * table, and single deployment records: a valid one (the allocation goal: run with {@code -prof gc}
 * and read {@code gc.alloc.rate.norm}), one below its target (a report with one warning) and one in a
 * category with no target in force (a report with one skipped rule).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ValidationBenchmark {
  private Validator validator;
  private Validator missionValidator;
  private List<Object> missionData;
  private Deployment valid;
  private List<Deployment> belowTarget;
  private List<Deployment> noTarget;

  /** Builds the mission's data and the validators. */
  @Setup
  public void setUp() {
    validator = Validator.of(Samples.context());
    missionData = new ArrayList<>();
    missionData.add(Samples.toWps(Samples.mandate()));
    missionData.add(Samples.staffingTable());
    for (DeploymentRecord r : Samples.month()) {
      missionData.add(Samples.toWps(r));
    }
    missionValidator =
        Validator.of(Samples.context().toBuilder().add(missionData.get(0)).add(missionData.get(1))
            .build());
    valid = Samples.toWps(Samples.validDeployment());
    belowTarget = List.of(Samples.toWps(Samples.deployment(7, Samples.MONTH_END)));
    DeploymentRecord r = Samples.validDeployment();
    noTarget = List.of(Samples.toWps(new DeploymentRecord(r.kind(), r.formatVersion(), r.mission(),
        r.contributingCountry(), PersonnelKind.JUSTICE_AND_CORRECTIONS, r.reportingDate(),
        r.women(), r.men())));
  }

  /**
   * Validates the mission's data as one batch.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport missionBatch() {
    return validator.validateAll(missionData);
  }

  /**
   * Validates the mission's objects one by one.
   *
   * @param bh the sink
   */
  @Benchmark
  public void missionEach(Blackhole bh) {
    for (int i = 0; i < missionData.size(); i++) {
      bh.consume(missionValidator.validate(missionData.get(i)));
    }
  }

  /**
   * Validates one valid deployment record.
   *
   * @return the report, the validator's shared report of nothing found
   */
  @Benchmark
  public ValidationReport deploymentValid() {
    return validator.validate(valid);
  }

  /**
   * Validates a batch of one deployment record below its parity target (WPS-PAR-001 judges a
   * batch: each country's figures per group and month).
   *
   * @return the report with one warning
   */
  @Benchmark
  public ValidationReport deploymentBelowTarget() {
    return validator.validateAll(belowTarget);
  }

  /**
   * Validates a batch of one deployment record in a category with no parity target in force.
   *
   * @return the report with one skipped rule
   */
  @Benchmark
  public ValidationReport deploymentNoTarget() {
    return validator.validateAll(noTarget);
  }
}
