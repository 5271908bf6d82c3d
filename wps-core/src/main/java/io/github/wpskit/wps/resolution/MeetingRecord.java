package io.github.wpskit.wps.resolution;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.ParseException;
import java.util.Objects;

/**
 * The verbatim record of a Security Council meeting, {@code S/PV.<meeting number>}, such as
 * {@code S/PV.8649}.
 *
 * <p>Resumed meetings ("8649th meeting (resumed)") exist, but the suffix their records carry was not
 * verified, so this type models the meeting number only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MeetingRecord implements Comparable<MeetingRecord> {
  /** The largest meeting number this type accepts. */
  public static final int MAX_NUMBER = 99_999;

  private static final String PREFIX = "S/PV.";

  private final int number;

  private MeetingRecord(int number) {
    this.number = number;
  }

  /**
   * Obtains the record of a meeting.
   *
   * @param meetingNumber the meeting number, from 1 to 99999
   * @return the record, not null
   * @throws InvalidValueException if the number is out of range
   */
  public static MeetingRecord of(int meetingNumber) {
    if (meetingNumber < 1 || meetingNumber > MAX_NUMBER) {
      throw new InvalidValueException(
          "MeetingRecord.number", meetingNumber, "valid values 1 - " + MAX_NUMBER);
    }
    return new MeetingRecord(meetingNumber);
  }

  /**
   * Parses {@code S/PV.<meeting number>}.
   *
   * @param text the text, not null
   * @return the record, not null
   * @throws ParseException if the text is not a meeting record
   */
  public static MeetingRecord parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (!s.startsWith(PREFIX)) {
      int i = 0;
      while (i < Math.min(s.length(), PREFIX.length()) && s.charAt(i) == PREFIX.charAt(i)) {
        i++;
      }
      throw new ParseException("MeetingRecord", s, i, "S/PV.<meeting number>");
    }
    int start = PREFIX.length();
    int i = start;
    while (i < s.length() && i - start < 5 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == start || s.charAt(start) == '0') {
      throw new ParseException("MeetingRecord", s, start, "S/PV.<meeting number>");
    }
    if (i != s.length()) {
      throw new ParseException("MeetingRecord", s, i, "S/PV.<meeting number>");
    }
    return of(Integer.parseInt(s, start, i, 10));
  }

  /**
   * Returns the meeting number.
   *
   * @return the number, from 1 to 99999
   */
  public int number() {
    return number;
  }

  @Override
  public int compareTo(MeetingRecord other) {
    return Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MeetingRecord && ((MeetingRecord) o).number == number;
  }

  @Override
  public int hashCode() {
    return number;
  }

  /**
   * Returns {@code S/PV.<meeting number>}, which {@link #parse} reads back.
   *
   * @return the record symbol
   */
  @Override
  public String toString() {
    return PREFIX + number;
  }
}
