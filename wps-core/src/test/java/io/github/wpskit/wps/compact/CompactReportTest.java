package io.github.wpskit.wps.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.MissingAttributesException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompactReportTest {

  private static CompactReport.Builder valid() {
    return CompactReport.builder().signatory("Norway").reportingYear(Year.of(2022));
  }

  @Test
  void buildsAReportOnThePreviousYear() {
    CompactReport report =
        valid()
            .submitted(LocalDate.of(2023, 3, 31))
            .addEntries(
                ProgressEntry.of("NOR-B-01", ProgressRating.MET),
                ProgressEntry.of("NOR-E-02", ProgressRating.LIMITED))
            .build();

    assertThat(report.signatory()).isEqualTo("Norway");
    assertThat(report.reportingYear()).isEqualTo(Year.of(2022));
    assertThat(report.submitted()).contains(LocalDate.of(2023, 3, 31));
    assertThat(report.entries())
        .extracting(ProgressEntry::commitmentId)
        .containsExactly("NOR-B-01", "NOR-E-02");
  }

  @Test
  void countsByRatingHasEveryRatingInScaleOrder() {
    CompactReport report =
        valid()
            .addEntries(
                ProgressEntry.of("a", ProgressRating.MET),
                ProgressEntry.of("b", ProgressRating.NO_PROGRESS),
                ProgressEntry.of("c", ProgressRating.MET))
            .build();

    assertThat(report.countsByRating())
        .containsExactly(
            entry(ProgressRating.EXCEEDED, 0),
            entry(ProgressRating.MET, 2),
            entry(ProgressRating.LIMITED, 0),
            entry(ProgressRating.NO_PROGRESS, 1));
  }

  @Test
  void countsByRatingOfAnEmptyReportAreAllZero() {
    assertThat(valid().build().countsByRating().values()).containsExactly(0, 0, 0, 0);
  }

  @Test
  void returnedCollectionsAreUnmodifiable() {
    CompactReport report = valid().addEntries(ProgressEntry.of("a", ProgressRating.MET)).build();
    Map<ProgressRating, Integer> counts = report.countsByRating();

    assertThatThrownBy(() -> report.entries().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> counts.put(ProgressRating.MET, 5))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesARatingOfTheSameCommitmentTwice() {
    assertThatThrownBy(
            () ->
                valid()
                    .addEntries(
                        ProgressEntry.of("NOR-B-01", ProgressRating.MET),
                        ProgressEntry.of("NOR-B-01", ProgressRating.EXCEEDED))
                    .build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Invalid value for CompactReport.entries (must not contain duplicates): NOR-B-01");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1945  | Invalid value for CompactReport.reportingYear (valid values 1946 - 9999): 1945",
        "10000 | Invalid value for CompactReport.reportingYear (valid values 1946 - 9999): 10000",
      })
  void refusesAReportingYearOutsideTheSanityBounds(int year, String message) {
    assertThatThrownBy(() -> valid().reportingYear(Year.of(year)).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void refusesABlankSignatory() {
    assertThatThrownBy(() -> valid().signatory(" ").build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for CompactReport.signatory (must not be blank): \" \"");
  }

  @Test
  void missingRequiredAttributesAreListedByName() {
    assertThatThrownBy(() -> CompactReport.builder().build())
        .isInstanceOfSatisfying(
            MissingAttributesException.class,
            e -> assertThat(e.missingAttributes()).containsExactly("signatory", "reportingYear"))
        .hasMessage("Missing required attributes signatory, reportingYear");
  }
}
