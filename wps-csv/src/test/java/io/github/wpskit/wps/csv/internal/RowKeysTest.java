package io.github.wpskit.wps.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RowKeysTest {
  @Test
  void aKeyRepeatedOnItsDateGivesTheFirstLine() {
    RowKeys keys = new RowKeys(1);
    assertThat(keys.put(100, 7, 2)).isEqualTo(RowKeys.NEW);
    assertThat(keys.put(100, 8, 3)).isEqualTo(RowKeys.NEW);
    assertThat(keys.put(100, 7, 4)).isEqualTo(2);
    assertThat(keys.put(100, 7, 5)).isEqualTo(2);
    assertThat(keys.put(101, 7, 6)).isEqualTo(RowKeys.NEW);
  }

  @Test
  void manyKeysOnOneDateGrowTheTableAndAreAllRemembered() {
    RowKeys keys = new RowKeys(1);
    for (long k = 0; k < 100_000; k++) {
      assertThat(keys.put(5, k * 31, k + 2)).isEqualTo(RowKeys.NEW);
    }
    for (long k = 0; k < 100_000; k += 997) {
      assertThat(keys.put(5, k * 31, 1_000_000)).isEqualTo(k + 2);
    }
  }

  @Test
  void theDateReadLeastRecentlyIsClosedAndItsReturnIsReportedOnce() {
    RowKeys keys = new RowKeys(2);
    keys.put(1, 7, 2);
    keys.put(2, 7, 3);
    keys.put(1, 8, 4); // date 1 read again: date 2 is now the least recent
    keys.put(3, 7, 5); // closes date 2
    assertThat(keys.put(1, 7, 6)).isEqualTo(2);
    assertThat(keys.put(2, 7, 7)).isEqualTo(RowKeys.REOPENED);
    assertThat(keys.put(2, 7, 8)).isEqualTo(7);
    assertThat(keys.put(2, 9, 9)).isEqualTo(RowKeys.NEW);
  }

  @Test
  void atLeastOneDateIsOpen() {
    assertThatThrownBy(() -> new RowKeys(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxOpenDates must be at least 1: 0");
  }
}
