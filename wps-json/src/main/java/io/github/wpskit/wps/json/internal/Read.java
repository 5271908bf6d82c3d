package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.json.DoesNotFitException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads scalar field values at the parser's current token, checking the token type first so a wrong
 * type gives "Expected ... but was ..." with the path, never a coercion. A value that does not fit
 * is first offered to the mapper's problem handlers ({@link Problems}), whose replacement is
 * returned instead.
 */
final class Read {
  private static final String DATE = "a date (yyyy-mm-dd)";
  private static final String YEAR = "a year (a number from 0 to 9999)";
  private static final String MONTH = "a month (yyyy-mm, the month 01 to 12)";
  private static final String COUNT = "a count (an integer from 0 to " + Long.MAX_VALUE + ")";

  private Read() {}

  /**
   * Returns whether the current token is a JSON null (which means "absent" for optional fields).
   *
   * @param p the parser
   * @return true at {@code null}
   */
  public static boolean isNull(JsonParser p) {
    return p.currentToken() == JsonToken.VALUE_NULL;
  }

  /**
   * Reads a string.
   *
   * @param p the parser, at the value
   * @param ctxt the context, whose problem handlers are asked about a value of another type
   * @return the string
   * @throws IOException if the value is not a string
   */
  public static String text(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return Problems.unexpectedToken(p, ctxt, String.class, "a string");
    }
    return p.getText();
  }

  /**
   * Reads a string and converts it with a wps-core factory; a refusal becomes a
   * {@link DoesNotFitException} at the value's path with wps-core's message.
   *
   * @param p the parser, at the value
   * @param ctxt the context, whose problem handlers are asked about a value that does not fit
   * @param type the value type
   * @param what what the string must be, for "Expected ..." ("a resolution symbol")
   * @param parser the factory, such as {@code ResolutionSymbol::parse}
   * @param <T> the value type
   * @return the value
   * @throws IOException if the value is not a string or is refused
   */
  static <T> T parsed(JsonParser p, DeserializationContext ctxt, Class<T> type, String what,
      Function<String, T> parser) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return Problems.unexpectedToken(p, ctxt, type, what);
    }
    try {
      return parser.apply(p.getText());
    } catch (InvalidValueException e) {
      return Problems.weirdString(p, ctxt, type, e.getMessage(), e);
    }
  }

  /**
   * Reads an integer that fits a Java {@code int}; a fraction, an exponent or a larger number is
   * refused rather than rounded.
   *
   * @param p the parser, at the value
   * @param ctxt the context, whose problem handlers are asked about a value that does not fit
   * @return the integer
   * @throws IOException if the value is not such an integer
   */
  public static int integer(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return Problems.unexpectedToken(p, ctxt, int.class, "an integer");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      return Problems.weirdNumber(p, ctxt, int.class,
          "an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
    }
    return p.getIntValue();
  }

  /**
   * Reads a count: an integer from 0 that fits a Java {@code long}; a fraction, an exponent, a
   * negative or a larger number is refused rather than rounded.
   *
   * @param p the parser, at the value
   * @param ctxt the context, whose problem handlers are asked about a value that does not fit
   * @return the count
   * @throws IOException if the value is not such an integer
   */
  public static long count(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return Problems.unexpectedToken(p, ctxt, long.class, COUNT);
    }
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER || p.getLongValue() < 0) {
      return Problems.weirdNumber(p, ctxt, long.class, COUNT);
    }
    return p.getLongValue();
  }

  /**
   * Reads {@code true} or {@code false}.
   *
   * @param p the parser, at the value
   * @param ctxt the context, whose problem handlers are asked about a value of another type
   * @return the boolean
   * @throws IOException if the value is not a boolean
   */
  public static boolean bool(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    return Problems.unexpectedToken(p, ctxt, boolean.class, "true or false");
  }

  /**
   * Reads an ISO-8601 calendar date, exactly {@code yyyy-mm-dd} with a four-digit year.
   *
   * @param p the parser, at the value
   * @param ctxt the context, whose problem handlers are asked about a value that does not fit
   * @return the date
   * @throws IOException if the value is not such a date
   */
  public static LocalDate date(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return Problems.unexpectedToken(p, ctxt, LocalDate.class, DATE);
    }
    // Read the characters in place: no String, no formatter, one LocalDate.
    char[] c = p.getTextCharacters();
    int o = p.getTextOffset();
    if (p.getTextLength() != 10 || c[o + 4] != '-' || c[o + 7] != '-') {
      return notADate(p, ctxt, null);
    }
    int year = digits(c, o, 4);
    int month = digits(c, o + 5, 2);
    int day = digits(c, o + 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      return notADate(p, ctxt, null);
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return notADate(p, ctxt, e);
    }
  }

  private static LocalDate notADate(JsonParser p, DeserializationContext ctxt, DateTimeException e)
      throws IOException {
    String detail = "Expected " + DATE + " but was " + Fail.describe(p);
    return Problems.weirdString(
        p, ctxt, LocalDate.class, e == null ? detail : detail + " (" + e.getMessage() + ")", e);
  }

  /**
   * Reads a month, exactly {@code yyyy-mm} with a four-digit year and a month from 01 to 12.
   *
   * @param p the parser, at the value
   * @param ctxt the context, whose problem handlers are asked about a value that does not fit
   * @return the month
   * @throws IOException if the value is not such a month
   */
  public static YearMonth month(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return Problems.unexpectedToken(p, ctxt, YearMonth.class, MONTH);
    }
    char[] c = p.getTextCharacters();
    int o = p.getTextOffset();
    int year = -1;
    int month = -1;
    if (p.getTextLength() == 7 && c[o + 4] == '-') {
      year = digits(c, o, 4);
      month = digits(c, o + 5, 2);
    }
    if (year < 0 || month < 1 || month > 12) {
      return Problems.weirdString(p, ctxt, YearMonth.class,
          "Expected " + MONTH + " but was " + Fail.describe(p), null);
    }
    return YearMonth.of(year, month);
  }

  private static int digits(char[] c, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      char d = c[i];
      if (d < '0' || d > '9') {
        return -1;
      }
      v = v * 10 + (d - '0');
    }
    return v;
  }

  /**
   * Requires the current token to start an array.
   *
   * @param p the parser
   * @param what what the array holds, for the message ("an array of resolution symbols")
   * @throws IOException if the value is not an array
   */
  public static void startArray(JsonParser p, String what) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw Fail.expected(p, what);
    }
  }

  /**
   * Fails for an element that repeats an earlier one in an array that stands for a set.
   *
   * @param p the parser, at the repeated element
   * @param value the element, as written
   * @return the exception to throw
   */
  public static DoesNotFitException duplicate(JsonParser p, Object value) {
    return Fail.at(p, "Duplicate value " + Fail.quote(String.valueOf(value)) + " in a set", null);
  }

  /**
   * Reads a year written as a number, 0 to 9999 (the years a four-digit date can hold).
   *
   * @param p the parser, at the value
   * @param ctxt the context, whose problem handlers are asked about a value that does not fit
   * @return the year
   * @throws IOException if the value is not such a number
   */
  public static Year year(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return Problems.unexpectedToken(p, ctxt, Year.class, YEAR);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      return Problems.weirdNumber(p, ctxt, Year.class, YEAR);
    }
    int year = p.getIntValue();
    if (year < 0 || year > 9999) {
      return Problems.weirdNumber(p, ctxt, Year.class, YEAR);
    }
    return Year.of(year);
  }

  /**
   * Reads a number as a double. JSON has no NaN or infinity; a number too large for a double reads
   * as infinity, which wps-core's finiteness checks then refuse.
   *
   * @param p the parser, at the value
   * @param ctxt the context, whose problem handlers are asked about a value of another type
   * @return the number
   * @throws IOException if the value is not a number
   */
  public static double number(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      return Problems.unexpectedToken(p, ctxt, double.class, "a number");
    }
    return p.getDoubleValue();
  }

  /**
   * Reads an array of scalars standing for a set: an element that repeats an earlier one fails.
   *
   * @param p the parser, at the value
   * @param ctxt the context, for the elements
   * @param what the array in words ("an array of policy codes")
   * @param codec reads each element
   * @param sink receives each element, in order
   * @param <T> the element type
   * @throws IOException if the value is not such an array
   */
  public static <T> void set(JsonParser p, DeserializationContext ctxt, String what,
      ScalarCodec<T> codec, Consumer<T> sink) throws IOException {
    startArray(p, what);
    Repeats<T> seen = new Repeats<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      T value = codec.read(p, ctxt);
      if (!seen.add(value)) {
        throw duplicate(p, codec.print(value));
      }
      sink.accept(value);
    }
  }

  /**
   * Detects a repeated element in an array being read. Such arrays hold a few values, so the first
   * ones are compared in a small array without hashing; a {@code HashSet} takes over past that.
   * Keeps decoding of documents with many short arrays (a mandate's tasks) free of hash tables.
   *
   * @param <T> the element type
   */
  public static final class Repeats<T> {
    private static final int SMALL = 8;
    private Object[] few;
    private int size;
    private Set<T> many;

    /** Creates an empty detector; allocates nothing until the first value. */
    public Repeats() {}

    /**
     * Records a value.
     *
     * @param value the value, not null
     * @return false if an equal value was recorded before
     */
    @SuppressWarnings("unchecked")
    public boolean add(T value) {
      if (many != null) {
        return many.add(value);
      }
      for (int i = 0; i < size; i++) {
        if (few[i].equals(value)) {
          return false;
        }
      }
      if (size < SMALL) {
        if (few == null) {
          few = new Object[SMALL];
        }
        few[size++] = value;
        return true;
      }
      many = new HashSet<>();
      for (int i = 0; i < size; i++) {
        many.add((T) few[i]);
      }
      few = null;
      return many.add(value);
    }
  }

  /**
   * Reads an array of objects that the model keeps sorted, so that their order in the value may differ
   * from the document's. In a lenient read, unknown fields kept inside the elements are moved to the
   * elements' positions in the value, so that encoding writes each back into its own element.
   *
   * @param p the parser, at the value
   * @param ctxt the context
   * @param what the array in words ("an array of issues")
   * @param element reads each element
   * @param order the model's order of the elements (a stable sort by it gives the value's order)
   * @param sink receives each element, in document order
   * @param <T> the element type
   * @throws IOException if the value is not such an array
   */
  public static <T> void sortedList(
      JsonParser p,
      DeserializationContext ctxt,
      String what,
      JsonDeserializer<T> element,
      Comparator<? super T> order,
      Consumer<T> sink)
      throws IOException {
    List<T> values = new ArrayList<>();
    list(p, ctxt, what, element, values::add);
    Object collector = ctxt.getAttribute(UnknownFields.KEY);
    if (collector != null && !((UnknownFields) collector).fields().isEmpty()) {
      Integer[] byPosition = new Integer[values.size()];
      for (int i = 0; i < byPosition.length; i++) {
        byPosition[i] = i;
      }
      // Arrays.sort of objects is stable, like the model's own sorting.
      Arrays.sort(byPosition, (a, b) -> order.compare(values.get(a), values.get(b)));
      int[] newIndex = new int[byPosition.length];
      boolean moved = false;
      for (int k = 0; k < byPosition.length; k++) {
        newIndex[byPosition[k]] = k;
        moved |= byPosition[k] != k;
      }
      if (moved) {
        // After END_ARRAY the context is the object again, pointing at the array's field.
        ((UnknownFields) collector).renumber(Paths.of(p.getParsingContext()), newIndex);
      }
    }
    values.forEach(sink);
  }

  /**
   * Reads an array of objects, each with a nested deserializer.
   *
   * @param p the parser, at the value
   * @param ctxt the context
   * @param what the array in words ("an array of tasks")
   * @param element reads each element
   * @param sink receives each element, in order
   * @param <T> the element type
   * @throws IOException if the value is not such an array
   */
  public static <T> void list(
      JsonParser p,
      DeserializationContext ctxt,
      String what,
      JsonDeserializer<T> element,
      Consumer<T> sink)
      throws IOException {
    startArray(p, what);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      sink.accept(element.deserialize(p, ctxt));
    }
  }
}
