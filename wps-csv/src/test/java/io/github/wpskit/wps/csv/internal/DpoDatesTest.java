package io.github.wpskit.wps.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DpoDatesTest {
  @ParameterizedTest
  @CsvSource({"31/01/2023, 2023-01-31", "1/2/2024, 2024-02-01", "29/02/2024, 2024-02-29",
      "09/11/2010, 2010-11-09"})
  void slashedDatesAreDayFirst(String text, LocalDate date) {
    assertThat(DpoDates.parseSlashed(text)).isEqualTo(date);
  }

  @ParameterizedTest
  @CsvSource({"31-Jan-23, 2023-01-31", "28-Feb-23, 2023-02-28", "1-dec-99, 2099-12-01",
      "29-Feb-24, 2024-02-29"})
  void hyphenatedDatesHaveTwoDigitYearsOfThisCentury(String text, LocalDate date) {
    assertThat(DpoDates.parseHyphenated(text)).isEqualTo(date);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2023-01-31", "31/02/2023", "29/02/2023", "31/13/2023", "0/1/2023",
      "31/01/23", "31//2023", "/01/2023", "31/01/20231", "a1/01/2023", "31-Jan-2023"})
  void otherTextIsNoSlashedDate(String text) {
    assertThat(DpoDates.parseSlashed(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "31-Foo-23", "31-Jan-2023", "30-Feb-23", "31-Jan-x3", "31Jan-23",
      "131-Jan-23", "31-Jan23-"})
  void otherTextIsNoHyphenatedDate(String text) {
    assertThat(DpoDates.parseHyphenated(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"2023-01-31, 31/01/2023", "2024-02-09, 09/02/2024", "0999-12-31, 31/12/0999", "0242-01-31, 31/01/0242", "0000-01-01, 01/01/0000",
      "+10000-01-01, 01/01/10000"})
  void datesAreWrittenSlashedDayFirst(LocalDate date, String text) {
    assertThat(DpoDates.format(date)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000-01-01", "0001-03-01", "0242-01-31", "0999-12-31", "1000-01-01",
      "2024-02-29", "9999-12-31"})
  void everyDateWrittenIsReadBackTheSame(LocalDate date) {
    // A fuzzing finding: 31/01/0242 was read as the year 242 and written back as 31/01/242,
    // which the reader then refused.
    assertThat(DpoDates.parseSlashed(DpoDates.format(date))).isEqualTo(date);
  }
}
