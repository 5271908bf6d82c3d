package io.github.wpskit.wps.csv.internal;

import java.util.Arrays;

/**
 * Remembers, for the reporting dates most recently read, which row keys (mission, country and
 * personnel type, packed into a {@code long}) were seen and on which line, so that a repeated row is
 * found without keeping the rows.
 *
 * <p>Memory is bounded: at most {@code maxOpenDates} dates are open at once, each a table of two
 * {@code long}s per key at no more than half full (at most 32 bytes per key seen on that date), plus
 * one {@code long} per distinct date ever seen. DPO's tables list one date after another, so one
 * date is open at a time and the table holds one month's keys (about a thousand). When a row's date
 * is not open and all slots are taken, the date read least recently is closed: rows of a closed
 * date that come later are no longer compared with its earlier rows, and {@link #put} says so
 * ({@link #REOPENED}) the first time, so the reader can report it.
 *
 * <p>Not thread-safe: one per reader.
 *
 * <p>Internal: not part of the public API.
 */
public final class RowKeys {
  /** {@link #put} found no earlier row with the key. */
  public static final long NEW = -1;
  /** {@link #put} found the date closed earlier: its keys were forgotten, the check restarts. */
  public static final long REOPENED = -2;

  private final Table[] open;
  /** The table of the latest date put. */
  private Table last;
  private long clock;
  /** Epoch days of every date seen, sorted in {@code [0, seenCount)}. */
  private long[] seen = new long[16];
  private int seenCount;

  /**
   * Creates an index.
   *
   * @param maxOpenDates how many dates keep their keys at once, at least 1
   */
  public RowKeys(int maxOpenDates) {
    if (maxOpenDates < 1) {
      throw new IllegalArgumentException("maxOpenDates must be at least 1: " + maxOpenDates);
    }
    open = new Table[maxOpenDates];
  }

  /**
   * Records a key on a date.
   *
   * @param epochDay the reporting date
   * @param key the row key, any value but {@link Long#MIN_VALUE}
   * @param line the line it is on, positive
   * @return the line of the earlier row with the same key and date, or {@link #NEW}, or {@link
   *     #REOPENED} when the date had been closed (the key is recorded in a fresh table)
   */
  public long put(long epochDay, long key, long line) {
    clock++;
    if (last != null && last.epochDay == epochDay) {
      last.used = clock; // the rows of one date follow one another
      return last.put(key, line);
    }
    Table oldest = null;
    for (Table t : open) {
      if (t == null) {
        continue;
      }
      if (t.epochDay == epochDay) {
        t.used = clock;
        last = t;
        return t.put(key, line);
      }
      if (oldest == null || t.used < oldest.used) {
        oldest = t;
      }
    }
    Table table = emptySlot();
    if (table == null) {
      table = oldest; // close the date read least recently
    }
    boolean reopened = !markSeen(epochDay);
    table.reset(epochDay);
    table.used = clock;
    last = table;
    table.put(key, line);
    return reopened ? REOPENED : NEW;
  }

  /** Fills an empty slot with a new table, or returns null when every slot holds one. */
  private Table emptySlot() {
    for (int i = 0; i < open.length; i++) {
      if (open[i] == null) {
        open[i] = new Table();
        return open[i];
      }
    }
    return null;
  }

  /** Adds the date to those seen; returns false if it was seen before. */
  private boolean markSeen(long epochDay) {
    int i = Arrays.binarySearch(seen, 0, seenCount, epochDay);
    if (i >= 0) {
      return false;
    }
    int at = -i - 1;
    if (seenCount == seen.length) {
      seen = Arrays.copyOf(seen, seen.length * 2);
    }
    System.arraycopy(seen, at, seen, at + 1, seenCount - at);
    seen[at] = epochDay;
    seenCount++;
    return true;
  }

  /**
   * Open addressing from key to line, for one date: key and line side by side in one array, so a
   * probe reads one cache line; a key slot of 0 means empty.
   */
  private static final class Table {
    long epochDay = Long.MIN_VALUE;
    long used;
    // 1024 keys before the first growth: a month of DPO's figures has about a thousand rows.
    long[] slots = new long[4096];
    int size;

    void reset(long day) {
      epochDay = day;
      if (size > 0) {
        Arrays.fill(slots, 0);
        size = 0;
      }
    }

    long put(long key, long line) {
      long stored = key + 1; // 0 marks an empty slot
      int mask = (slots.length >> 1) - 1;
      int i = mix(stored) & mask;
      long k;
      while ((k = slots[2 * i]) != 0) {
        if (k == stored) {
          return slots[2 * i + 1];
        }
        i = (i + 1) & mask;
      }
      slots[2 * i] = stored;
      slots[2 * i + 1] = line;
      if (++size * 4 > slots.length) {
        grow();
      }
      return NEW;
    }

    private void grow() {
      long[] old = slots;
      slots = new long[old.length * 2];
      int mask = (slots.length >> 1) - 1;
      for (int k = 0; k < old.length; k += 2) {
        if (old[k] != 0) {
          int i = mix(old[k]) & mask;
          while (slots[2 * i] != 0) {
            i = (i + 1) & mask;
          }
          slots[2 * i] = old[k];
          slots[2 * i + 1] = old[k + 1];
        }
      }
    }

    private static int mix(long v) {
      long h = v * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32));
    }
  }
}
