package io.github.wpskit.wps.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.parity.ParityAnalysis;
import io.github.wpskit.wps.parity.ParityRow;
import io.github.wpskit.wps.parity.ParityTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code wps parity --format csv}: one row per {@link ParityRow}, overall rows first, then mission
 * rows, then country rows (each in the analysis' order: month, group, then mission or country), as
 * RFC 4180 CSV (UTF-8, CRLF line ends, quotes only where needed) written by jackson-dataformat-csv.
 *
 * <p>The columns, {@link #COLUMNS}: {@code scope} ({@code overall}, {@code mission} or
 * {@code country}), {@code month} ({@code 2024-06}), {@code group} (the target group as the JSON
 * format spells it, {@code military-contingents}), {@code contributing_country} (ISO 3166-1
 * alpha-3, country rows only), {@code mission} (mission rows only), {@code women}, {@code total},
 * {@code share} (percent, rounded down to four decimals, so a share below its target never reads as
 * at it; empty for a total of 0), {@code target} (percent; empty when no target is known for the
 * year), {@code target_source} ({@code ugps} for a target the library ships, {@code supplied} for a
 * user's), {@code shortfall} (how many more women at the same total would meet the target; empty
 * without a target or at a total of 0) and {@code status} (country rows only: DPO's colour
 * {@code green}, {@code yellow}, {@code red}, or {@code below-yellow-threshold},
 * {@code target-unknown}, {@code no-personnel}).
 */
final class ParityCsv {
  /** The columns written, in order. */
  static final List<String> COLUMNS = List.of("scope", "month", "group", "contributing_country",
      "mission", "women", "total", "share", "target", "target_source", "shortfall", "status");

  private static final CsvFactory FACTORY =
      CsvFactory.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private ParityCsv() {}

  /**
   * Writes the rows of an analysis.
   *
   * @param out where to write; flushed, not closed
   * @param analysis the analysis
   * @param batch where the targets came from
   * @param views the scopes to write
   * @param month the only month to write, or null for every month
   */
  static void write(Writer out, ParityAnalysis analysis, ParityBatch batch,
      Set<ParityCommand.View> views, YearMonth month) {
    try {
      CsvGenerator g = FACTORY.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setSchema(CsvSchema.emptySchema().withLineSeparator("\r\n"));
      g.writeStartArray();
      for (String c : COLUMNS) {
        g.writeString(c);
      }
      g.writeEndArray();
      if (views.contains(ParityCommand.View.overall)) {
        rows(g, "overall", analysis.overall(), batch, month);
      }
      if (views.contains(ParityCommand.View.mission)) {
        rows(g, "mission", analysis.byMission(), batch, month);
      }
      if (views.contains(ParityCommand.View.country)) {
        rows(g, "country", analysis.byCountry(), batch, month);
      }
      g.close();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rows(CsvGenerator g, String scope, List<ParityRow> rows, ParityBatch batch,
      YearMonth month) throws IOException {
    for (ParityRow r : rows) {
      if (month != null && !r.month().equals(month)) {
        continue;
      }
      ParityTarget t = r.target().orElse(null);
      g.writeStartArray();
      g.writeString(scope);
      g.writeString(r.month().toString());
      g.writeString(spelling(r.group()));
      g.writeString(r.contributingCountry().map(CountryCode::code).orElse(""));
      g.writeString(r.mission().map(MissionAcronym::toString).orElse(""));
      g.writeString(Long.toString(r.women()));
      g.writeString(Long.toString(r.total()));
      g.writeString(r.total() == 0 ? "" : BigDecimal.valueOf(r.women())
          .multiply(BigDecimal.valueOf(100))
          .divide(BigDecimal.valueOf(r.total()), 4, RoundingMode.DOWN).toPlainString());
      g.writeString(t == null ? ""
          : BigDecimal.valueOf(t.percentage()).stripTrailingZeros().toPlainString());
      g.writeString(t == null ? "" : batch.supplied(t).isPresent() ? "supplied" : "ugps");
      g.writeString(r.shortfall().isPresent() ? Long.toString(r.shortfall().getAsLong()) : "");
      g.writeString(r.status().map(ParityCsv::spelling).orElse(""));
      g.writeEndArray();
    }
  }

  /** An enum constant as the JSON format spells it: lower case, words joined by hyphens. */
  static String spelling(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
