package io.github.wpskit.wps.csv.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The two ways DPO's tables spell a reporting date: day first with slashes and a four-digit year
 * ({@code 31/01/2023}), and day, English month abbreviation and two-digit year with hyphens
 * ({@code 31-Jan-23}, which spreadsheet programs write). Two-digit years are read as 2000 to 2099:
 * DPO's figures split by sex start after 2000. Written dates use the first spelling.
 *
 * <p>Hand-written rather than {@code DateTimeFormatter}: a reader parses one date per row, and these
 * fixed shapes are read without allocating anything but the date.
 *
 * <p>Internal: not part of the public API.
 */
public final class DpoDates {
  /** The spellings accepted, for messages. */
  public static final String SPELLINGS = "dd/MM/yyyy (31/01/2023) or d-MMM-yy (31-Jan-23)";

  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private DpoDates() {}

  /**
   * Reads {@code dd/MM/yyyy} (one- or two-digit day and month).
   *
   * @param s the text, not null
   * @return the date, or null if the text is not a valid date in that spelling
   */
  public static LocalDate parseSlashed(String s) {
    int first = s.indexOf('/');
    int second = first < 0 ? -1 : s.indexOf('/', first + 1);
    if (first < 1 || first > 2 || second - first < 2 || second - first > 3
        || s.length() - second != 5) {
      return null;
    }
    int day = digits(s, 0, first);
    int month = digits(s, first + 1, second);
    int year = digits(s, second + 1, s.length());
    return date(year, month, day);
  }

  /**
   * Reads {@code d-MMM-yy}, such as {@code 31-Jan-23}; the month in any case.
   *
   * @param s the text, not null
   * @return the date, or null if the text is not a valid date in that spelling
   */
  public static LocalDate parseHyphenated(String s) {
    int first = s.indexOf('-');
    if (first < 1 || first > 2 || s.length() != first + 7 || s.charAt(first + 4) != '-') {
      return null;
    }
    int day = digits(s, 0, first);
    int month = month(s, first + 1);
    int yy = digits(s, first + 5, s.length());
    return yy < 0 ? null : date(2000 + yy, month, day);
  }

  /**
   * Writes a date as {@code dd/MM/yyyy}, the year in four digits even before 1000 ({@code 0242}),
   * as {@link #parseSlashed} reads it: what was read is written back the same.
   *
   * @param date the date, with a year from 0 to 9999
   * @return the text
   */
  public static String format(LocalDate date) {
    char[] c = new char[10];
    two(c, 0, date.getDayOfMonth());
    c[2] = '/';
    two(c, 3, date.getMonthValue());
    c[5] = '/';
    int y = date.getYear();
    if (y < 0 || y > 9999) {
      // No DPO spelling has such a year; written as java.time would, and refused on reading.
      return String.format(java.util.Locale.ROOT, "%02d/%02d/%d",
          date.getDayOfMonth(), date.getMonthValue(), y);
    }
    two(c, 6, y / 100);
    two(c, 8, y % 100);
    return new String(c);
  }

  private static void two(char[] c, int at, int v) {
    c[at] = (char) ('0' + v / 10);
    c[at + 1] = (char) ('0' + v % 10);
  }

  private static LocalDate date(int year, int month, int day) {
    if (year < 0 || month < 1 || day < 1) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null; // 31/02/2023 and the like
    }
  }

  private static int month(String s, int from) {
    for (int m = 0; m < MONTHS.length; m++) {
      if (s.regionMatches(true, from, MONTHS[m], 0, 3)) {
        return m + 1;
      }
    }
    return -1;
  }

  /** The non-negative number written by the ASCII digits in {@code [from, to)}, or -1. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
