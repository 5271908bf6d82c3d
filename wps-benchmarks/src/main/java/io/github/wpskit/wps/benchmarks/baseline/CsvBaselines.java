package io.github.wpskit.wps.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The two baselines for reading DPO's monthly table: (a) {@link MonthlyRow} records bound by
 * jackson-dataformat-csv's {@link MappingIterator}, with the header as schema, as its documentation
 * shows; (b) the floor, a hand-written {@link CsvParser} loop producing the same records: cells by
 * position, {@link Integer#parseInt}, the date through a {@link DateTimeFormatter} and reused while
 * it repeats. Neither checks anything beyond what parsing needs.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CsvBaselines {
  /** The mapper of baseline (a): a default {@link CsvMapper} plus {@link JavaTimeModule}. */
  public static final CsvMapper MAPPER = CsvMapper.builder().addModule(new JavaTimeModule()).build();

  /** Reads {@link MonthlyRow}s, the first line being the header. */
  public static final ObjectReader READER =
      MAPPER.readerFor(MonthlyRow.class).with(CsvSchema.emptySchema().withHeader());

  private static final DateTimeFormatter DAY_FIRST =
      DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

  private CsvBaselines() {}

  /**
   * Baseline (a): binds every row.
   *
   * @param in the file
   * @param sink receives each row
   * @return the number of rows
   * @throws IOException if reading fails
   */
  public static long bind(InputStream in, Consumer<MonthlyRow> sink) throws IOException {
    long n = 0;
    try (MappingIterator<MonthlyRow> it = READER.readValues(in)) {
      while (it.hasNextValue()) {
        sink.accept(it.nextValue());
        n++;
      }
    }
    return n;
  }

  /**
   * Baseline (b), the floor: a hand-written parser loop.
   *
   * @param in the file
   * @param sink receives each row
   * @return the number of rows
   * @throws IOException if reading fails
   */
  public static long parse(InputStream in, Consumer<MonthlyRow> sink) throws IOException {
    long n = 0;
    String[] cells = new String[7];
    String lastDateText = null;
    LocalDate lastDate = null;
    try (CsvParser p = MAPPER.getFactory().createParser(in)) {
      p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      p.nextToken();
      boolean header = true;
      while (p.nextToken() == JsonToken.START_ARRAY) {
        int i = 0;
        while (p.nextToken() == JsonToken.VALUE_STRING) {
          if (i < cells.length) {
            cells[i] = p.getText();
          }
          i++;
        }
        if (header) {
          header = false;
          continue;
        }
        if (!cells[0].equals(lastDateText)) {
          lastDateText = cells[0];
          lastDate = LocalDate.parse(cells[0], DAY_FIRST);
        }
        sink.accept(new MonthlyRow(lastDate, cells[1], cells[2], cells[3],
            Integer.parseInt(cells[4]), Integer.parseInt(cells[5]), Integer.parseInt(cells[6])));
        n++;
      }
    }
    return n;
  }
}
