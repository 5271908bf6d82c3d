package io.github.wpskit.wps.csv;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The entry point of wps-csv: readers and writers of DPO's CSV tables of uniformed personnel by
 * sex, and of validation reports as CSV.
 *
 * <pre>{@code
 * try (DeploymentReader reader = DpoCsv.read(Path.of("odp_contributionsbygender.csv"));
 *     DeploymentCsvWriter writer = DpoCsv.writer(out, CsvLayout.MONTHLY_TABLE)) {
 *   while (reader.hasNext()) {
 *     writer.write(reader.next());
 *   }
 *   System.out.println(reader.summary());
 * }
 * }</pre>
 *
 * <p>Files are read and written as UTF-8; a byte order mark is ignored on reading and never
 * written. Built on jackson-dataformat-csv's streaming parser and generator; no data binding.
 *
 * <p>This class is thread-safe; the readers and writers it opens are not.
 */
public final class DpoCsv {
  /** Shared and thread-safe, as Jackson's factories are once configured. */
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private DpoCsv() {}

  /**
   * Opens a file with the default options, and reads its header.
   *
   * @param file the file, not null; its path as given names it in findings
   * @return the reader; close it
   * @throws IOException if the file cannot be opened or its header read
   * @throws CsvFormatException if the header matches no layout, or is DPO's pre-2010 file's
   */
  public static DeploymentReader read(Path file) throws IOException {
    return read(file, CsvReadOptions.defaults());
  }

  /**
   * Opens a file and reads its header.
   *
   * @param file the file, not null; its path as given names it in findings
   * @param options how to read, not null
   * @return the reader; close it
   * @throws IOException if the file cannot be opened or its header read
   * @throws CsvFormatException if the header matches no layout (or not the required one), or is
   *     DPO's pre-2010 file's
   */
  public static DeploymentReader read(Path file, CsvReadOptions options) throws IOException {
    Objects.requireNonNull(options, "options");
    return open(Files.newInputStream(file), file.toString(), options);
  }

  /**
   * Opens a reader on a stream of UTF-8 bytes and reads the header.
   *
   * @param in the stream, not null; closed when the reader is
   * @param source the name findings give the file, not null
   * @param options how to read, not null
   * @return the reader; close it
   * @throws IOException if the header cannot be read
   * @throws CsvFormatException if the header matches no layout (or not the required one), or is
   *     DPO's pre-2010 file's
   */
  public static DeploymentReader read(InputStream in, String source, CsvReadOptions options)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    return open(in, Objects.requireNonNull(source, "source"), options);
  }

  /**
   * Opens a reader on characters and reads the header.
   *
   * @param in the characters, not null; closed when the reader is
   * @param source the name findings give the file, not null
   * @param options how to read, not null
   * @return the reader; close it
   * @throws IOException if the header cannot be read
   * @throws CsvFormatException if the header matches no layout (or not the required one), or is
   *     DPO's pre-2010 file's
   */
  public static DeploymentReader read(Reader in, String source, CsvReadOptions options)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    return open(FACTORY.createParser(in), Objects.requireNonNull(source, "source"), options);
  }

  private static DeploymentReader open(InputStream in, String source, CsvReadOptions options)
      throws IOException {
    CsvParser parser;
    try {
      parser = FACTORY.createParser(in);
    } catch (CharConversionException e) {
      // Jackson sniffs the first four bytes for a UTF-16 or UTF-32 layout before any row is read,
      // and refuses some it detects ("Unsupported UCS-4 endianness"): the bytes are the file's
      // content, not a failing stream, so the file cannot be read as rows.
      in.close();
      throw new CsvFormatException(source, 1,
          "malformed CSV, reading stops: not UTF-8: " + e.getMessage(), e);
    }
    return open(parser, source, options);
  }

  private static DeploymentReader open(CsvParser parser, String source, CsvReadOptions options)
      throws IOException {
    try {
      return new DeploymentReader(parser, source, options);
    } catch (RuntimeException | IOException e) {
      parser.close();
      throw e;
    }
  }

  /**
   * Opens a writer of deployments in a layout, as UTF-8, and writes the header.
   *
   * @param out the stream, not null; closed when the writer is
   * @param layout the layout, not null
   * @return the writer; close it
   * @throws IOException if the header cannot be written
   */
  public static DeploymentCsvWriter writer(OutputStream out, CsvLayout layout) throws IOException {
    Objects.requireNonNull(out, "out");
    return new DeploymentCsvWriter(generator(FACTORY.createGenerator(out, JsonEncoding.UTF8),
        layout.lineSeparator()), layout);
  }

  /**
   * Opens a writer of deployments in a layout and writes the header.
   *
   * @param out the characters' destination, not null; closed when the writer is
   * @param layout the layout, not null
   * @return the writer; close it
   * @throws IOException if the header cannot be written
   */
  public static DeploymentCsvWriter writer(Writer out, CsvLayout layout) throws IOException {
    Objects.requireNonNull(out, "out");
    return new DeploymentCsvWriter(generator(FACTORY.createGenerator(out),
        layout.lineSeparator()), layout);
  }

  /**
   * Opens a writer of validation issues and findings as CSV (see {@link ReportCsvWriter}), as UTF-8
   * with CRLF line ends (RFC 4180), and writes the header.
   *
   * @param out the stream, not null; closed when the writer is
   * @return the writer; close it
   * @throws IOException if the header cannot be written
   */
  public static ReportCsvWriter reportWriter(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    return new ReportCsvWriter(generator(FACTORY.createGenerator(out, JsonEncoding.UTF8), "\r\n"));
  }

  /**
   * Opens a writer of validation issues and findings as CSV (see {@link ReportCsvWriter}), with CRLF
   * line ends (RFC 4180), and writes the header.
   *
   * @param out the characters' destination, not null; closed when the writer is
   * @return the writer; close it
   * @throws IOException if the header cannot be written
   */
  public static ReportCsvWriter reportWriter(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    return new ReportCsvWriter(generator(FACTORY.createGenerator(out), "\r\n"));
  }

  private static CsvGenerator generator(CsvGenerator g, String lineSeparator) {
    g.setSchema(CsvSchema.emptySchema().withLineSeparator(lineSeparator));
    return g;
  }
}
