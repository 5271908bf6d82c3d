package io.github.wpskit.wps.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.MissingAttributesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressEntryTest {

  @Test
  void ofAndBuilderBuildEqualEntries() {
    ProgressEntry viaOf = ProgressEntry.of("NOR-B-01", ProgressRating.MET);
    ProgressEntry viaBuilder =
        ProgressEntry.builder().commitmentId("NOR-B-01").rating(ProgressRating.MET).build();

    assertThat(viaOf).isEqualTo(viaBuilder);
    assertThat(viaOf.note()).isEmpty();
    assertThat(
            ProgressEntry.builder()
                .commitmentId("NOR-B-01")
                .rating(ProgressRating.LIMITED)
                .note("Delayed by elections")
                .build()
                .note())
        .contains("Delayed by elections");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''        | Invalid value for ProgressEntry.commitmentId (must not be blank): \"\"",
        "' X-1'    | Invalid value for ProgressEntry.commitmentId"
            + " (must not start or end with white space): \" X-1\"",
      })
  void refusesInvalidCommitmentIds(String id, String message) {
    assertThatThrownBy(() -> ProgressEntry.of(id, ProgressRating.MET))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void refusesACommitmentIdLongerThanACommitmentsId() {
    assertThatThrownBy(() -> ProgressEntry.of("k".repeat(101), ProgressRating.MET))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Invalid value for ProgressEntry.commitmentId (at most 100 characters): \""
                + "k".repeat(40) + "...\" (101 characters)");
  }

  @Test
  void refusesABlankNote() {
    assertThatThrownBy(
            () ->
                ProgressEntry.builder()
                    .commitmentId("X-1")
                    .rating(ProgressRating.MET)
                    .note("   ")
                    .build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for ProgressEntry.note (must not be blank): \"   \"");
  }

  @Test
  void missingRatingIsNamed() {
    assertThatThrownBy(() -> ProgressEntry.builder().commitmentId("X-1").build())
        .isInstanceOf(MissingAttributesException.class)
        .hasMessage("Missing required attribute rating");
  }

  @Test
  void nullRatingIsRefused() {
    assertThatThrownBy(() -> ProgressEntry.of("X-1", null))
        .isInstanceOf(NullPointerException.class);
  }
}
