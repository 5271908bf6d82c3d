package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.json.NotEncodableException;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;

/** Writes the format's scalar spellings. */
final class Write {
  private Write() {}

  /**
   * Writes a field holding an ISO-8601 date {@code yyyy-mm-dd}.
   *
   * @param g the generator
   * @param name the field name
   * @param date the date
   * @throws IOException if writing fails, or {@link NotEncodableException} if the year is outside
   *     0000-9999, which the format (like RFC 3339's full-date) cannot represent
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
   * @throws IOException if writing fails, or {@link NotEncodableException} for a year outside
   *     0000-9999
   */
  public static void date(JsonGenerator g, LocalDate date) throws IOException {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      throw notEncodable(
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

  /**
   * Writes a month {@code yyyy-mm}.
   *
   * @param g the generator
   * @param month the month
   * @throws IOException if writing fails, or {@link NotEncodableException} for a year outside
   *     0000-9999
   */
  public static void month(JsonGenerator g, YearMonth month) throws IOException {
    int year = month.getYear();
    if (year < 0 || year > 9999) {
      throw notEncodable(
          g, "Cannot encode month " + month + ": the format has four-digit years 0000-9999");
    }
    char[] c = new char[7];
    put(c, 0, year, 4);
    c[4] = '-';
    put(c, 5, month.getMonthValue(), 2);
    g.writeString(c, 0, 7);
  }

  /**
   * Writes a resolution symbol's canonical text, {@code S/RES/<number> (<year>)}, from its parts,
   * without building the {@code String} that {@link ResolutionSymbol#toString()} returns.
   *
   * @param g the generator
   * @param symbol the symbol
   * @throws IOException if writing fails
   */
  public static void symbol(JsonGenerator g, ResolutionSymbol symbol) throws IOException {
    int number = symbol.number();
    int digits =
        number >= 10_000 ? 5 : number >= 1_000 ? 4 : number >= 100 ? 3 : number >= 10 ? 2 : 1;
    char[] c = new char[6 + digits + 7];
    c[0] = 'S';
    c[1] = '/';
    c[2] = 'R';
    c[3] = 'E';
    c[4] = 'S';
    c[5] = '/';
    put(c, 6, number, digits);
    int i = 6 + digits;
    c[i] = ' ';
    c[i + 1] = '(';
    put(c, i + 2, symbol.year(), 4);
    c[i + 6] = ')';
    g.writeString(c, 0, c.length);
  }

  private static NotEncodableException notEncodable(JsonGenerator g, String detail) {
    return new NotEncodableException(g, detail, Paths.of(g.getOutputContext()));
  }

  private static void put(char[] c, int from, int value, int n) {
    for (int i = from + n - 1; i >= from; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /**
   * Writes a year as a number.
   *
   * @param g the generator
   * @param year the year
   * @throws IOException if writing fails, or {@link NotEncodableException} for a year outside 0-9999
   */
  public static void year(JsonGenerator g, Year year) throws IOException {
    int y = year.getValue();
    if (y < 0 || y > 9999) {
      throw notEncodable(
          g, "Cannot encode year " + y + ": the format has four-digit years 0000-9999");
    }
    g.writeNumber(y);
  }

  /**
   * Writes a text field when present; an empty optional writes nothing (absent, not null).
   *
   * @param g the generator
   * @param name the field name
   * @param text the text
   * @throws IOException if writing fails
   */
  public static void optionalText(JsonGenerator g, SerializableString name, Optional<String> text)
      throws IOException {
    if (text.isPresent()) {
      g.writeFieldName(name);
      g.writeString(text.get());
    }
  }

  /**
   * Writes a field holding an array of scalars, always (an empty collection is {@code []}).
   *
   * @param g the generator
   * @param name the field name
   * @param codec writes each element
   * @param values the elements, in their iteration order
   * @param <T> the element type
   * @throws IOException if writing fails
   */
  public static <T> void scalars(
      JsonGenerator g, SerializableString name, ScalarCodec<T> codec, Iterable<T> values)
      throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (T value : values) {
      codec.write(g, value);
    }
    g.writeEndArray();
  }

  /**
   * Writes a field holding an array of objects, always (an empty list is {@code []}).
   *
   * @param g the generator
   * @param name the field name
   * @param serializer writes each element
   * @param values the elements
   * @param provider the provider
   * @param <T> the element type
   * @throws IOException if writing fails
   */
  public static <T> void objects(
      JsonGenerator g,
      SerializableString name,
      JsonSerializer<T> serializer,
      Iterable<T> values,
      SerializerProvider provider)
      throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (T value : values) {
      serializer.serialize(value, g, provider);
    }
    g.writeEndArray();
  }
}
