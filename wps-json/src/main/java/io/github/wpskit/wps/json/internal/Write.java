package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.time.LocalDate;

/** Writes the format's scalar spellings. */
public final class Write {
  private Write() {}

  /**
   * Writes a field holding an ISO-8601 date {@code yyyy-mm-dd}.
   *
   * @param g the generator
   * @param name the field name
   * @param date the date
   * @throws IOException if writing fails, or {@link EncodeException} if the year is outside 0000-9999,
   *     which the format (like RFC 3339's full-date) cannot represent
   */
  public static void dateField(JsonGenerator g, SerializableString name, LocalDate date)
      throws IOException {
    g.writeFieldName(name);
    date(g, date);
  }

  /**
   * Writes an ISO-8601 date {@code yyyy-mm-dd}.
   *
   * @param g the generator
   * @param date the date
   * @throws IOException if writing fails, or {@link EncodeException} for a year outside 0000-9999
   */
  public static void date(JsonGenerator g, LocalDate date) throws IOException {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      throw new EncodeException(
          g, "Cannot encode date " + date + ": the format has four-digit years 0000-9999");
    }
    char[] c = new char[10];
    put(c, 0, year, 4);
    c[4] = '-';
    put(c, 5, date.getMonthValue(), 2);
    c[7] = '-';
    put(c, 8, date.getDayOfMonth(), 2);
    g.writeString(c, 0, 10);
  }

  private static void put(char[] c, int from, int value, int n) {
    for (int i = from + n - 1; i >= from; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
