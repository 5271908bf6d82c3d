package io.github.wpskit.wps.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The digit check at both ends of '0'-'9', the five-digit limit, a prefix cut short, and the
 * equality and order contracts between different records (mutation testing found these untested).
 */
class MeetingRecordContractTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "S/PV.10|10", "S/PV.90|90", "S/PV.19|19", "S/PV.9|9", "S/PV.99999|99999", "S/PV.10000|10000",
  })
  void readsEveryDigitIncludingZeroAndNineAfterTheFirst(String text, int number) {
    MeetingRecord record = MeetingRecord.parse(text);
    assertThat(record.number()).isEqualTo(number);
    assertThat(record).hasToString(text);
  }

  /** '/' and ':' are the characters just outside '0'-'9'. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "S/PV./|5", "S/PV.:|5", "S/PV.1/|6", "S/PV.1:|6", "S/PV.8649:|9", "S/PV.100000|10",
      "S/PV.999999|10", "S/P|3", "S/PV|4", "S|1", "''|0", "S/PX.1|3", "s/pv.1|0",
  })
  void refusesTextAtTheIndexWhereItStopsBeingARecord(String text, int index) {
    assertThatThrownBy(() -> MeetingRecord.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessage("Text '" + text + "' could not be parsed as MeetingRecord at index " + index
            + " (expected S/PV.<meeting number>)")
        .satisfies(e -> assertThat(((ParseException) e).errorIndex()).isEqualTo(index));
  }

  @Test
  void ofKeepsTheNumber() {
    assertThat(MeetingRecord.of(8649).number()).isEqualTo(8649);
    assertThat(MeetingRecord.of(MeetingRecord.MAX_NUMBER).number()).isEqualTo(99_999);
  }

  @Test
  void recordsOfDifferentMeetingsAreNotEqual() {
    MeetingRecord a = MeetingRecord.parse("S/PV.8649");
    assertThat(a).isEqualTo(MeetingRecord.of(8649)).hasSameHashCodeAs(MeetingRecord.of(8649));
    assertThat(a).isNotEqualTo(MeetingRecord.of(8650)).isNotEqualTo("S/PV.8649")
        .isNotEqualTo(null);
    assertThat(a.hashCode()).isNotEqualTo(MeetingRecord.of(4213).hashCode());
  }

  @Test
  void ordersByMeetingNumberNotByText() {
    List<MeetingRecord> records = new ArrayList<>(List.of(
        MeetingRecord.of(8649), MeetingRecord.of(10), MeetingRecord.of(4213), MeetingRecord.of(9)));
    records.sort(null);
    // As text S/PV.10 < S/PV.4213 < S/PV.8649 < S/PV.9; by number 9 comes first.
    assertThat(records).extracting(MeetingRecord::number).containsExactly(9, 10, 4213, 8649);
    assertThat(MeetingRecord.of(8649).compareTo(MeetingRecord.parse("S/PV.8649"))).isZero();
  }
}
