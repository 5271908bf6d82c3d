package io.github.wpskit.wps.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingRecordTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4213, 8649, 99999})
  void roundTripsAtTheExtremes(int number) {
    MeetingRecord record = MeetingRecord.of(number);
    assertThat(record).hasToString("S/PV." + number);
    assertThat(MeetingRecord.parse(record.toString())).isEqualTo(record);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "S/PV 8649|4",
      "S/PV.|5",
      "S/PV.08649|5",
      "S/PV.8649 (resumed)|9",
      "S/PV.123456|10",
      "SPV.1|1",
  })
  void refusesMalformedTextAtTheRightIndex(String text, int index) {
    assertThatThrownBy(() -> MeetingRecord.parse(text))
        .isInstanceOf(ParseException.class)
        .hasMessage("Text '" + text + "' could not be parsed as MeetingRecord at index " + index
            + " (expected S/PV.<meeting number>)");
  }

  @Test
  void refusesZero() {
    assertThatThrownBy(() -> MeetingRecord.of(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for MeetingRecord.number (valid values 1 - 99999): 0");
  }
}
