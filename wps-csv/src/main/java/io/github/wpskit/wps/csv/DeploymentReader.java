package io.github.wpskit.wps.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.csv.internal.Closest;
import io.github.wpskit.wps.csv.internal.DpoDates;
import io.github.wpskit.wps.csv.internal.RowKeys;
import io.github.wpskit.wps.csv.internal.TextCache;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.PersonnelType;
import io.github.wpskit.wps.parity.Deployment;
import java.io.CharConversionException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the deployments of one of DPO's CSV files lazily, row by row, in constant memory whatever
 * the file's length. Open one with {@link DpoCsv#read}; the header, read on opening, decides the
 * {@link CsvLayout}.
 *
 * <pre>{@code
 * try (DeploymentReader reader = DpoCsv.read(Path.of("monthly-by-mission.csv"))) {
 *   while (reader.hasNext()) {
 *     DeploymentRow row = reader.next();
 *     Deployment d = row.deployment();   // row.source(), row.line(), row.sourceId()
 *   }
 *   System.out.println(reader.summary()); // rows read, deployments, repaired, refused, skipped
 *   reader.findings().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>A row that cannot be a deployment is refused with ERROR findings naming the file, the line, the
 * column and the value, and reading goes on; repairs and skipped lines are INFO findings, repeated
 * rows WARNINGs (see {@link CsvFindingCode}). Only a file that cannot be read as rows at all (a
 * quote never closed) stops the reader, with a {@link CsvFormatException}.
 *
 * <p>Repeated rows (same mission, country, personnel type and date) are found with a bounded index
 * of row keys per reporting date ({@link CsvReadOptions#withMaxOpenDates(int)}): memory stays
 * bounded by the keys of the dates open at once, not by the file.
 *
 * <p>Not thread-safe: one reader per file and thread.
 */
public final class DeploymentReader implements Iterator<DeploymentRow>, Closeable {
  /** Missions given a number in row keys; beyond this the repeated-row check stops, saying so. */
  private static final int MAX_MISSIONS = 4096;

  private static final String REFUSED = "; row refused";

  private final CsvParser parser;
  private final String source;
  private final CsvReadOptions options;
  private final Consumer<CsvFinding> listener;
  private final CountryNames names = CountryNames.dpo();
  private final Header header;
  private final boolean hasSourceId;
  private final boolean hasCountryCode;
  private final String[] cells;
  private final RowKeys keys;
  /** Each mission cell's text as read, with its acronym and number: one lookup per row. */
  private final TextCache<KnownMission> missions = new TextCache<>(2 * MAX_MISSIONS);
  /** Each country cell's text found in DPO's names, with its code. */
  private final TextCache<CountryCode> countries = new TextCache<>(1024);
  /** One builder for every row: a reader is used by one thread, and builders may be reused. */
  private final Deployment.Builder builder = Deployment.builder();
  /** The number of each acronym, for row keys; texts in other cases share it. */
  private final Map<MissionAcronym, Integer> missionNumbers = new HashMap<>();
  private final List<CsvFinding> findings = new ArrayList<>();
  private final long[] counts = new long[CsvFindingCode.values().length];
  private boolean duplicateCheck = true;

  private int cellCount;
  private long line;
  private boolean repaired;
  private boolean refused;

  private String lastDateText;
  private LocalDate lastDate;
  private long lastEpochDay;
  /** The number of the mission of the row being read, or -1 when there are too many missions. */
  private int missionNumber;
  private boolean lastDateHyphenated;

  private long rows;
  private long deployments;
  private long repairedRows;
  private long refusedRows;
  private long skippedLines;

  private DeploymentRow next;
  private boolean done;

  DeploymentReader(CsvParser parser, String source, CsvReadOptions options) throws IOException {
    this.parser = parser;
    this.source = source;
    this.options = options;
    this.listener = options.findingListener().orElse(null);
    this.keys = new RowKeys(options.maxOpenDates());
    parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String> headerCells = new ArrayList<>();
    long headerLine = 1;
    try {
      if (parser.nextToken() == JsonToken.START_ARRAY
          && parser.nextToken() == JsonToken.START_ARRAY) {
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
          headerCells.add(parser.getText());
        }
      }
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (CharConversionException e) {
      throw notUtf8(e);
    }
    if (headerCells.isEmpty() || (headerCells.size() == 1 && headerCells.get(0).isBlank())) {
      throw new CsvFormatException(source, headerLine,
          "no header: the first line must name the columns of a DPO layout: "
              + String.join("; ", layoutHeaders()), null);
    }
    this.header = Header.recognise(headerCells, options.layout().orElse(null), source, headerLine);
    this.cells = new String[header.width()];
    this.hasSourceId = header.layout.sourceIdColumn().isPresent();
    this.hasCountryCode = header.layout.hasCountryCode();
  }

  private static List<String> layoutHeaders() {
    List<String> list = new ArrayList<>();
    for (CsvLayout l : CsvLayout.values()) {
      list.add(l.displayName() + " (" + l.headerText() + ")");
    }
    return list;
  }

  /**
   * Returns the layout the header was recognised as.
   *
   * @return the layout
   */
  public CsvLayout layout() {
    return header.layout;
  }

  /**
   * Returns the name of the file, as given when opening the reader.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Reads ahead to the next deployment, past refused rows and skipped lines.
   *
   * @return true if there is one
   * @throws CsvFormatException if the rest of the file cannot be read as rows
   * @throws UncheckedIOException if the stream fails
   */
  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      try {
        if (!readRow()) {
          done = true;
          break;
        }
      } catch (JsonProcessingException e) {
        done = true;
        throw malformed(e);
      } catch (CharConversionException e) {
        done = true;
        throw notUtf8(e);
      } catch (IOException e) {
        done = true;
        throw new UncheckedIOException(e);
      }
      next = row();
    }
    return next != null;
  }

  /**
   * Returns the next deployment with its provenance.
   *
   * @return the row
   * @throws NoSuchElementException at the end
   * @throws CsvFormatException if the rest of the file cannot be read as rows
   */
  @Override
  public DeploymentRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    DeploymentRow result = next;
    next = null;
    return result;
  }

  /**
   * Returns the remaining deployments as a sequential stream; closing the stream closes this reader.
   *
   * @return the stream
   */
  public Stream<DeploymentRow> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Returns the counts so far; after the last row, the file's.
   *
   * @return a snapshot
   */
  public CsvReadSummary summary() {
    return new CsvReadSummary(source, header.layout, rows, deployments, repairedRows, refusedRows,
        skippedLines, counts);
  }

  /**
   * Returns the findings so far, in line order, at most {@link CsvReadOptions#maxCollectedFindings()}
   * of them (the first); {@link #summary()} counts them all, and a
   * {@link CsvReadOptions#withFindingListener listener} hears of every one.
   *
   * @return an unmodifiable snapshot
   */
  public List<CsvFinding> findings() {
    return Collections.unmodifiableList(new ArrayList<>(findings));
  }

  /**
   * Closes the file.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    done = true;
    parser.close();
  }

  /** Reads the next record's cells; false at the end of the file. */
  private boolean readRow() throws IOException {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      return false;
    }
    int n = 0;
    while (parser.nextToken() == JsonToken.VALUE_STRING) {
      if (n == 0) {
        line = parser.currentTokenLocation().getLineNr();
      }
      if (n < cells.length) {
        cells[n] = parser.getText();
      }
      n++;
    }
    if (n == 0) {
      line = parser.currentTokenLocation().getLineNr();
    }
    cellCount = n;
    return true;
  }

  /** Turns the cells read into a row, or reports why not and returns null. */
  private DeploymentRow row() {
    rows++;
    if (cellCount <= 1 && (cellCount == 0 || cells[0].isEmpty())) {
      skippedLines++;
      report(CsvFindingCode.BLANK_LINE, null, null, "blank line skipped");
      return null;
    }
    if (allEmpty()) {
      skippedLines++;
      report(CsvFindingCode.EMPTY_CELLS, null, null,
          "line of " + cellCount + " empty cells skipped");
      return null;
    }
    if (cellCount != cells.length) {
      refusedRows++;
      report(CsvFindingCode.CELL_COUNT, null, null, "the row has " + cellCount + " cells, the"
          + " header " + cells.length + " (" + String.join(",", header.names) + ")" + REFUSED);
      return null;
    }
    repaired = false;
    refused = false;
    String sourceId = hasSourceId ? optional(Field.SOURCE_ID) : null;
    MissionAcronym mission = mission(required(Field.MISSION));
    String countryName = required(Field.COUNTRY_NAME);
    CountryCode country = country(countryName);
    PersonnelType type = personnelType(required(Field.PERSONNEL_TYPE));
    int women = count(Field.WOMEN);
    int men = count(Field.MEN);
    if (header.layout == CsvLayout.MONTHLY_TABLE) {
      checkTotal(women, men);
    }
    LocalDate date = date(required(Field.DATE));
    if (refused) {
      refusedRows++;
      return null;
    }
    Deployment deployment = builder
        .mission(mission)
        .contributingCountry(country)
        .personnelType(type)
        .reportingDate(date)
        .women(women)
        .men(men)
        .build();
    checkRepeat(deployment);
    deployments++;
    if (repaired) {
      repairedRows++;
    }
    return DeploymentRow.of(deployment, source, line, sourceId, countryName);
  }

  private boolean allEmpty() {
    for (int i = 0; i < Math.min(cellCount, cells.length); i++) {
      if (!cells[i].isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The trimmed cell of a field, reporting the trim; null (and the row refused) if empty. */
  private String required(Field field) {
    String value = optional(field);
    if (value == null) {
      refuse(CsvFindingCode.MISSING_VALUE, field, cells[header.index[field.ordinal()]],
          "empty cell" + REFUSED);
    }
    return value;
  }

  /** The trimmed cell of a field, reporting the trim; null if empty. */
  private String optional(Field field) {
    String raw = cells[header.index[field.ordinal()]];
    String value = trim(raw);
    if (value.isEmpty()) {
      return null;
    }
    if (value != raw) {
      trimmedCell(field, raw, value);
    }
    return value;
  }

  /** Strips white space, the no-break space included (spreadsheets leave it). */
  private static String trim(String s) {
    int end = s.length();
    if (end > 0 && isPrintableAscii(s.charAt(0)) && isPrintableAscii(s.charAt(end - 1))) {
      return s; // nearly every cell
    }
    int start = 0;
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == s.length() ? s : s.substring(start, end);
  }

  private static boolean isPrintableAscii(char c) {
    return c > ' ' && c < '\u007F';
  }

  /** ASCII letters, digits and punctuation answer at once: they are what cells hold. */
  private static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || Character.isWhitespace(c);
    }
    return c >= '\u0080' && (c == '\u00A0' || Character.isWhitespace(c));
  }

  /** A mission as read: its acronym and its number in row keys (-1 when beyond the bound). */
  private static final class KnownMission {
    final MissionAcronym acronym;
    final int number;

    KnownMission(MissionAcronym acronym, int number) {
      this.acronym = acronym;
      this.number = number;
    }
  }

  private MissionAcronym mission(String text) {
    if (text == null) {
      return null;
    }
    // DPO's tables are sorted by mission: most rows repeat the one before, found without hashing.
    KnownMission known = missions.get(text);
    if (known != null) {
      missionNumber = known.number;
      return known.acronym;
    }
    MissionAcronym m;
    try {
      m = MissionAcronym.parse(text);
    } catch (InvalidValueException e) {
      refuse(CsvFindingCode.MISSION, Field.MISSION, text, "'" + text + "' is not a mission acronym"
          + " (2-16 letters, digits or hyphens, starting with a letter, words separated by single"
          + " spaces)" + REFUSED);
      return null;
    }
    Integer number = missionNumbers.get(m);
    if (number == null && missionNumbers.size() < MAX_MISSIONS) {
      number = missionNumbers.size();
      missionNumbers.put(m, number);
    }
    missionNumber = number == null ? -1 : number;
    missions.put(text, new KnownMission(m, missionNumber));
    return m;
  }

  private CountryCode country(String name) {
    CountryCode byName = null;
    CountryNames.Spelling spelling = null;
    if (name != null) {
      byName = countries.get(name);
      if (byName == null) {
        byName = names.find(name);
        if (byName != null) {
          countries.put(name, byName);
        } else {
          // Not cached: every row so read gets its warning.
          spelling = names.spelledLike(name);
          byName = spelling == null ? null : spelling.code();
        }
      }
    }
    if (!hasCountryCode) {
      if (name != null && byName == null) {
        refuse(CsvFindingCode.UNKNOWN_COUNTRY, Field.COUNTRY_NAME, name, "unknown country '"
            + name + "': not among DPO's names (closest: '" + names.closest(name) + "')"
            + REFUSED);
      } else if (spelling != null) {
        reportSpelling(name, spelling, "");
      }
      return byName;
    }
    String codeText = required(Field.COUNTRY_CODE);
    if (codeText == null || name == null) {
      return null;
    }
    if (byName != null && byName.code().equalsIgnoreCase(codeText)) {
      if (spelling != null) {
        reportSpelling(name, spelling, "; " + header.name(Field.COUNTRY_CODE) + " agrees");
      }
      return byName; // the name and the code agree, as on nearly every row
    }
    return checkCode(name, byName, spelling, codeText);
  }

  private void reportSpelling(String name, CountryNames.Spelling spelling, String more) {
    report(CsvFindingCode.COUNTRY_NAME_NOT_LISTED, header.name(Field.COUNTRY_NAME), name,
        "country '" + name + "' is not among DPO's names; read as " + spelling.code() + ", "
            + spelling.how() + more);
  }

  /** The code column against a name that is unknown or names another country. */
  private CountryCode checkCode(
      String name, CountryCode byName, CountryNames.Spelling spelling, String codeText) {
    CountryCode code = parseCode(codeText);
    if (code == null) {
      if (byName == null) {
        refuse(CsvFindingCode.UNKNOWN_COUNTRY, Field.COUNTRY_NAME, name, "unknown country '"
            + name + "': not among DPO's names (closest: '" + names.closest(name) + "'), and "
            + header.name(Field.COUNTRY_CODE) + " gives no valid code" + REFUSED);
      }
      return null;
    }
    if (byName == null) {
      report(CsvFindingCode.COUNTRY_NAME_NOT_LISTED, header.name(Field.COUNTRY_NAME), name,
          "country '" + name + "' is not among DPO's names (closest: '" + names.closest(name)
              + "'); country taken from " + header.name(Field.COUNTRY_CODE) + ": " + code);
      return code;
    }
    refuse(CsvFindingCode.COUNTRY_CODE, Field.COUNTRY_CODE, codeText,
        header.name(Field.COUNTRY_CODE) + " '" + codeText + "' does not match "
            + header.name(Field.COUNTRY_NAME) + " '" + name + "', which is " + byName
            + (spelling == null ? " in DPO's names" : " (" + spelling.how() + ")") + REFUSED);
    return null;
  }

  private CountryCode parseCode(String text) {
    try {
      return CountryCode.parse(text);
    } catch (InvalidValueException e) {
      refuse(CsvFindingCode.COUNTRY_CODE, Field.COUNTRY_CODE, text,
          "'" + text + "' is not an assigned ISO 3166-1 alpha-3 code"
              + CountryCode.suggest(text).map(c -> " (did you mean " + c + "?)").orElse("")
              + REFUSED);
      return null;
    }
  }

  private PersonnelType personnelType(String text) {
    if (text == null) {
      return null;
    }
    PersonnelType c = PersonnelTypes.of(text);
    if (c == null) {
      unknownType(text);
    }
    return c;
  }

  // The messages are built in methods of their own, off the path of a good row, so that the
  // methods on it stay small enough for the JIT to inline.

  private void unknownType(String text) {
    refuse(CsvFindingCode.UNKNOWN_PERSONNEL_TYPE, Field.PERSONNEL_TYPE, text,
        "unknown personnel type '" + text + "' (DPO's values: "
            + String.join(", ", PersonnelTypes.NAMES) + "; closest: '"
            + Closest.among(text, PersonnelTypes.NAMES) + "')" + REFUSED);
  }

  private void badCount(Field field, String text, int max) {
    refuse(CsvFindingCode.COUNT, field, text, "'" + text + "' is not a count: a whole number"
        + " from 0 to " + max + REFUSED);
  }

  private void badTotal(String text, int women, int men) {
    refuse(CsvFindingCode.TOTAL, Field.TOTAL, text, header.name(Field.TOTAL) + " " + text
        + " is not " + header.name(Field.MEN) + " " + men + " + " + header.name(Field.WOMEN)
        + " " + women + " (" + (men + women) + ")" + REFUSED);
  }

  private void badDate(String text) {
    refuse(CsvFindingCode.DATE, Field.DATE, text, "'" + text + "' is not a date in DPO's"
        + " spellings " + DpoDates.SPELLINGS + REFUSED);
  }

  private void hyphenatedDate(String text) {
    repaired = true;
    report(CsvFindingCode.DATE_SPELLING, header.name(Field.DATE), text,
        "date '" + text + "' read as " + lastDate);
  }

  private void trimmedCell(Field field, String raw, String value) {
    repaired = true;
    report(CsvFindingCode.TRIMMED_CELL, header.name(field), raw,
        "'" + raw + "' trimmed to '" + value + "'");
  }

  /** A count cell's value, or -1 (and the row refused). */
  private int count(Field field) {
    String text = required(field);
    if (text == null) {
      return -1;
    }
    int v = parseCount(text, Deployment.MAX_COUNT);
    if (v < 0) {
      badCount(field, text, Deployment.MAX_COUNT);
    }
    return v;
  }

  /** Digits only, at most {@code max} (below ten million); -1 otherwise. */
  private static int parseCount(String s, int max) {
    if (s.length() > 7) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v <= max ? v : -1;
  }

  private void checkTotal(int women, int men) {
    String text = required(Field.TOTAL);
    if (text == null) {
      return;
    }
    int total = parseCount(text, 2 * Deployment.MAX_COUNT);
    if (total < 0) {
      badCount(Field.TOTAL, text, 2 * Deployment.MAX_COUNT);
    } else if (women >= 0 && men >= 0 && total != women + men) {
      badTotal(text, women, men);
    }
  }

  private LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    if (!text.equals(lastDateText)) {
      LocalDate d = DpoDates.parseSlashed(text);
      boolean hyphenated = false;
      if (d == null) {
        d = DpoDates.parseHyphenated(text);
        hyphenated = true;
      }
      if (d == null) {
        badDate(text);
        return null;
      }
      lastDateText = text;
      lastDate = d;
      lastEpochDay = d.toEpochDay();
      lastDateHyphenated = hyphenated;
    }
    if (lastDateHyphenated) {
      hyphenatedDate(text);
    }
    return lastDate;
  }

  private void checkRepeat(Deployment d) {
    if (!duplicateCheck) {
      return;
    }
    long number = missionNumber;
    if (number < 0) {
      duplicateCheck = false;
      report(CsvFindingCode.DUPLICATE_CHECK_INCOMPLETE, null, null, "more than " + MAX_MISSIONS
          + " missions: the check for repeated rows stops here");
      return;
    }
    String c = d.contributingCountry().code();
    long country = ((c.charAt(0) - 'A') * 26 + (c.charAt(1) - 'A')) * 26 + (c.charAt(2) - 'A');
    long key = (number << 20) | (country << 5) | d.personnelType().ordinal();
    long earlier = keys.put(lastEpochDay, key, line);
    if (earlier > 0) {
      report(CsvFindingCode.DUPLICATE_ROW, null, null, "same mission, country, personnel type and"
          + " date as line " + earlier + " (" + d.id() + "); both kept");
    } else if (earlier == RowKeys.REOPENED) {
      report(CsvFindingCode.DUPLICATE_CHECK_INCOMPLETE, null, null, "rows dated "
          + d.reportingDate() + " come back after the reader stopped remembering that date (it"
          + " remembers " + options.maxOpenDates() + " dates at once); repeats of that date's"
          + " earlier rows are not found. Sort the file by date, or raise"
          + " CsvReadOptions.withMaxOpenDates");
    }
  }

  private void refuse(CsvFindingCode code, Field field, String value, String message) {
    refused = true;
    report(code, header.name(field), value, message);
  }

  private void report(CsvFindingCode code, String column, String value, String message) {
    counts[code.ordinal()]++;
    if (findings.size() < options.maxCollectedFindings() || listener != null) {
      CsvFinding f = CsvFinding.of(code, source, line, column, value, message);
      if (findings.size() < options.maxCollectedFindings()) {
        findings.add(f);
      }
      if (listener != null) {
        listener.accept(f);
      }
    }
  }

  // Jackson reports bytes that are not UTF-8 as an I/O error, but they are the file's content, not a
  // failing stream: the file cannot be read as rows.
  private CsvFormatException notUtf8(CharConversionException e) {
    long at = Math.max(1, parser.currentLocation().getLineNr());
    return new CsvFormatException(source, at, "malformed CSV, reading stops: " + e.getMessage(), e);
  }

  private CsvFormatException malformed(JsonProcessingException e) {
    long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
    return new CsvFormatException(source, at, "malformed CSV, reading stops: "
        + e.getOriginalMessage(), e);
  }
}
