package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.MissingAttributesException;
import io.github.wpskit.wps.parity.ParityRow;
import io.github.wpskit.wps.parity.ParityStatus;
import io.github.wpskit.wps.parity.ParityTarget;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@link ParityRow}, nested in a parity analysis: {@code month} ({@code yyyy-mm}), {@code group}
 * (a parity target group), {@code mission} (a mission row) or {@code contributingCountry} (a
 * country row), {@code women} and {@code total} (counts), all required; {@code target} (the
 * percentage in force for the month's year, absent when none is known); and the derived
 * {@code share}, {@code shortfall} and, on a country row only, {@code status}.
 *
 * <p>Derived values are written, when they exist, for readers that do not compute them: the share is
 * the double nearest {@code women * 100 / total} (what JavaScript's {@code women * 100 / total}
 * gives), absent at a total of 0. On input they may be left out; when given they must agree with
 * women, total and target, so an edited row cannot claim a colour or a share its figures do not
 * have. A share agrees when it is that double, or that share rounded to the decimals written
 * ({@code 7.76} for 7.7621...), for writers that round. The value never keeps them: they are
 * recomputed, so encoding writes the library's own.
 *
 * <p>The three lists of an analysis read their rows with their own field lists ({@link #OVERALL},
 * {@link #MISSION}, {@link #COUNTRY}): a {@code status} on an overall row is an unknown field, a
 * mission row without {@code mission} lacks a required field. The registered deserializer
 * ({@link #DESERIALIZER}) reads any row.
 */
final class ParityRowCodec {
  /** Which rows a deserializer reads: the lists of an analysis differ in their fields. */
  enum Scope {
    /** Overall rows: neither mission nor country. */
    OVERALL("an overall parity row (an object)", "month", "group", "women", "total", "target",
        "share", "shortfall"),
    /** Mission rows: a mission is required. */
    MISSION("a mission's parity row (an object)", "month", "group", "mission", "women", "total",
        "target", "share", "shortfall"),
    /** Country rows: a country is required, and they alone have a status. */
    COUNTRY("a contributing country's parity row (an object)", "month", "group",
        "contributingCountry", "women", "total", "target", "share", "shortfall", "status"),
    /** Any row, as a row read on its own. */
    ANY("a parity row (an object)", "month", "group", "mission", "contributingCountry", "women",
        "total", "target", "share", "shortfall", "status");

    final String what;
    final String[] fields;

    Scope(String what, String... fields) {
      this.what = what;
      this.fields = fields;
    }
  }

  private static final SerializedString MONTH = new SerializedString("month");
  private static final SerializedString GROUP = new SerializedString("group");
  private static final SerializedString MISSION_NAME = new SerializedString("mission");
  private static final SerializedString COUNTRY_NAME = new SerializedString("contributingCountry");
  private static final SerializedString WOMEN = new SerializedString("women");
  private static final SerializedString TOTAL = new SerializedString("total");
  private static final SerializedString TARGET = new SerializedString("target");
  private static final SerializedString SHARE = new SerializedString("share");
  private static final SerializedString SHORTFALL = new SerializedString("shortfall");
  private static final SerializedString STATUS = new SerializedString("status");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  /**
   * Beyond this many decimals a written share is not read as a rounding: the double's own digits
   * (up to 17 significant) are compared as the double.
   */
  private static final int MAX_ROUNDED_DECIMALS = 15;

  /** The serializer, of every row. */
  public static final Serializer SERIALIZER = new Serializer();
  /** The deserializer of a row read on its own: any of the three. */
  public static final Deserializer DESERIALIZER = new Deserializer(Scope.ANY);
  /** The deserializer of an analysis's {@code overall} rows. */
  static final Deserializer OVERALL = new Deserializer(Scope.OVERALL);
  /** The deserializer of an analysis's {@code byMission} rows. */
  static final Deserializer MISSION = new Deserializer(Scope.MISSION);
  /** The deserializer of an analysis's {@code byCountry} rows. */
  static final Deserializer COUNTRY = new Deserializer(Scope.COUNTRY);

  private ParityRowCodec() {}

  /** The fields of one row: the builder, and what the row's derived values must be checked with. */
  static final class State {
    final ParityRow.Builder b = ParityRow.builder();
    YearMonth month;
    ParityTargetGroup group;
    double target;
    String targetText;
    BigDecimal share;
    /** A share was written whose exponent no BigDecimal holds (8.57e10428571428571). */
    boolean shareBeyondDecimal;
    double shareValue;
    String shareText;
    Long shortfall;
    ParityStatus status;
  }

  /** Reads a row through {@link ParityRow#builder()}, then checks the derived values given. */
  public static final class Deserializer extends ObjectDeserializer<ParityRow, State> {
    private static final long serialVersionUID = 1L;

    private final Scope scope;
    private final Map<String, Integer> index = new HashMap<>();

    Deserializer(Scope scope) {
      super(ParityRow.class, null, scope.what, scope.fields);
      this.scope = scope;
      for (int i = 0; i < scope.fields.length; i++) {
        index.put(scope.fields[i], i);
      }
    }

    @Override
    protected State newBuilder() {
      return new State();
    }

    @Override
    protected int readField(String name, JsonParser p, DeserializationContext ctxt, State s)
        throws IOException {
      Integer i = index.get(name);
      if (i == null) {
        return -1;
      }
      switch (name) {
        case "month":
          s.month = Read.month(p, ctxt);
          s.b.month(s.month);
          break;
        case "group":
          s.group = Scalars.PARITY_TARGET_GROUP.read(p, ctxt);
          s.b.group(s.group);
          break;
        case "mission":
          // Optional only on a row read on its own; a mission row's is required, so not null.
          if (scope != Scope.ANY || !Read.isNull(p)) {
            s.b.mission(Scalars.MISSION.read(p, ctxt));
          }
          break;
        case "contributingCountry":
          if (scope != Scope.ANY || !Read.isNull(p)) {
            s.b.contributingCountry(Scalars.COUNTRY.read(p, ctxt));
          }
          break;
        case "women":
          s.b.women(Read.count(p, ctxt));
          break;
        case "total":
          s.b.total(Read.count(p, ctxt));
          break;
        case "target":
          if (!Read.isNull(p)) {
            s.target = Read.number(p, ctxt);
            s.targetText = written(p, s.target);
          }
          break;
        case "share":
          if (!Read.isNull(p)) {
            s.shareValue = Read.number(p, ctxt);
            s.shareText = written(p, s.shareValue);
            try {
              s.share = p.currentToken().isNumeric()
                  ? p.getDecimalValue() : BigDecimal.valueOf(s.shareValue);
            } catch (NumberFormatException e) {
              // Jackson refuses an exponent beyond an int; no share of women in a total has one,
              // so the row is refused in build() as any other wrong share is (fuzzing finding).
              s.shareBeyondDecimal = true;
            }
          }
          break;
        case "shortfall":
          if (!Read.isNull(p)) {
            s.shortfall = Read.count(p, ctxt);
          }
          break;
        case "status":
          if (!Read.isNull(p)) {
            s.status = Scalars.PARITY_STATUS.read(p, ctxt);
          }
          break;
        default:
          throw new AssertionError(name);
      }
      return i;
    }

    @Override
    protected ParityRow build(State s) {
      if (s.targetText != null) {
        if (s.month == null || s.group == null) {
          // The builder names what is missing; the target needs both.
          s.b.build();
        }
        s.b.target(target(s));
      }
      ParityRow row = s.b.build();
      if (scope == Scope.MISSION && row.mission().isEmpty()) {
        throw new MissingAttributesException("mission");
      }
      if (scope == Scope.COUNTRY && row.contributingCountry().isEmpty()) {
        throw new MissingAttributesException("contributingCountry");
      }
      checkShare(s, row);
      checkShortfall(s, row);
      checkStatus(s, row);
      return row;
    }
  }

  /**
   * The number as written, for messages; a problem handler's replacement for a value that was no
   * number is the replacement's own spelling.
   */
  private static String written(JsonParser p, double value) throws IOException {
    return p.currentToken().isNumeric() ? p.getText() : String.valueOf(value);
  }

  private static ParityTarget target(State s) {
    if (!(s.target >= 0 && s.target <= 100)) {
      throw new InvalidValueException(
          "ParityRow.target", s.targetText, "must be a percentage from 0 to 100");
    }
    int year = s.month.getYear();
    if (year < ParityTarget.MIN_YEAR) {
      throw new InvalidValueException("ParityRow.target", s.targetText,
          "a target applies to a year from " + ParityTarget.MIN_YEAR + " to "
              + ParityTarget.MAX_YEAR + ", not to the row's year " + year);
    }
    return ParityTarget.of(s.group, Year.of(year), s.target);
  }

  private static void checkShare(State s, ParityRow row) {
    if (s.share == null && !s.shareBeyondDecimal) {
      return;
    }
    if (row.total() == 0) {
      throw new InvalidValueException("ParityRow.share", s.shareText,
          "must be absent: the total is 0, so there is no share");
    }
    double exact = row.share().getAsDouble();
    if (s.shareBeyondDecimal
        || s.shareValue != exact && !roundsTo(s.share, row.women(), row.total())) {
      throw new InvalidValueException("ParityRow.share", s.shareText,
          "must be " + exact + ", the share of " + row.women() + " women in " + row.total()
              + " (or that share rounded to the decimals written)");
    }
  }

  /** Whether {@code written} is 100 women / total rounded to its own decimals, computed exactly. */
  private static boolean roundsTo(BigDecimal written, long women, long total) {
    int decimals = Math.max(written.scale(), 0);
    // Outside 0-100 nothing agrees; checked first (by exponent, cheaply), because exact arithmetic
    // on a number such as 1e999999999 would build a number of a billion digits.
    if (decimals > MAX_ROUNDED_DECIMALS || written.signum() < 0 || written.compareTo(HUNDRED) > 0) {
      return false;
    }
    // |written - 100 women / total| <= 0.5 * 10^-decimals, multiplied out by 2 * total * 10^decimals.
    BigDecimal t = BigDecimal.valueOf(total);
    BigDecimal off = written.multiply(t).subtract(BigDecimal.valueOf(women).multiply(HUNDRED)).abs();
    return off.scaleByPowerOfTen(decimals).multiply(TWO).compareTo(t) <= 0;
  }

  private static void checkShortfall(State s, ParityRow row) {
    if (s.shortfall == null) {
      return;
    }
    OptionalLong expected = row.shortfall();
    if (expected.isEmpty()) {
      throw new InvalidValueException("ParityRow.shortfall", s.shortfall, row.total() == 0
          ? "must be absent: the total is 0, and no number of women meets a target among nobody"
          : "must be absent: no target is known for " + Scalars.PARITY_TARGET_GROUP.print(
              row.group()) + " in " + row.month().getYear());
    }
    if (s.shortfall != expected.getAsLong()) {
      throw new InvalidValueException("ParityRow.shortfall", s.shortfall,
          "must be " + expected.getAsLong() + ", the women missing from " + row.women() + " in "
              + row.total() + " to meet the target " + s.targetText + "%");
    }
  }

  private static void checkStatus(State s, ParityRow row) {
    if (s.status == null) {
      return;
    }
    Optional<ParityStatus> expected = row.status();
    if (expected.isEmpty()) {
      throw new InvalidValueException("ParityRow.status", Scalars.PARITY_STATUS.print(s.status),
          "must be absent: only a contributing country's row has a status");
    }
    if (s.status != expected.get()) {
      throw new InvalidValueException("ParityRow.status", Scalars.PARITY_STATUS.print(s.status),
          "must be " + Scalars.PARITY_STATUS.print(expected.get()) + " for " + row.women()
              + " women in " + row.total() + (row.target().isPresent()
                  ? " against the target " + s.targetText + "%" : " with no target known"));
    }
  }

  /** Writes a row with its derived values. */
  public static final class Serializer extends ObjectSerializer<ParityRow> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(ParityRow.class, null);
    }

    @Override
    protected void writeFields(ParityRow r, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(MONTH);
      Write.month(g, r.month());
      g.writeFieldName(GROUP);
      Scalars.PARITY_TARGET_GROUP.write(g, r.group());
      if (r.mission().isPresent()) {
        g.writeFieldName(MISSION_NAME);
        Scalars.MISSION.write(g, r.mission().get());
      }
      if (r.contributingCountry().isPresent()) {
        g.writeFieldName(COUNTRY_NAME);
        Scalars.COUNTRY.write(g, r.contributingCountry().get());
      }
      g.writeFieldName(WOMEN);
      g.writeNumber(r.women());
      g.writeFieldName(TOTAL);
      g.writeNumber(r.total());
      if (r.target().isPresent()) {
        g.writeFieldName(TARGET);
        g.writeNumber(r.target().get().percentage());
      }
      if (r.total() > 0) {
        g.writeFieldName(SHARE);
        g.writeNumber(r.share().getAsDouble());
      }
      OptionalLong shortfall = r.shortfall();
      if (shortfall.isPresent()) {
        g.writeFieldName(SHORTFALL);
        g.writeNumber(shortfall.getAsLong());
      }
      Optional<ParityStatus> status = r.status();
      if (status.isPresent()) {
        g.writeFieldName(STATUS);
        Scalars.PARITY_STATUS.write(g, status.get());
      }
    }
  }
}
