package io.github.wpskit.wps.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.ParseException;
import io.github.wpskit.wps.compact.FrameworkActionCode;
import io.github.wpskit.wps.compact.ProgressRating;
import io.github.wpskit.wps.compact.SignatoryKind;
import io.github.wpskit.wps.compact.ThematicArea;
import io.github.wpskit.wps.gender.GenderFunction;
import io.github.wpskit.wps.gender.GenderRole;
import io.github.wpskit.wps.gender.MissionComponent;
import io.github.wpskit.wps.gender.PostStatus;
import io.github.wpskit.wps.gender.ReportingLine;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.MissionKind;
import io.github.wpskit.wps.mission.PersonnelType;
import io.github.wpskit.wps.mission.TaskCategory;
import io.github.wpskit.wps.parity.ParityStatus;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import io.github.wpskit.wps.policy.A4pPlusPriority;
import io.github.wpskit.wps.policy.A4pPlusTheme;
import io.github.wpskit.wps.policy.A4pPriorityArea;
import io.github.wpskit.wps.policy.CallToActionCommitment;
import io.github.wpskit.wps.policy.PolicyFramework;
import io.github.wpskit.wps.policy.PolicyReference;
import io.github.wpskit.wps.resolution.MeetingRecord;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.resolution.WpsPillar;
import io.github.wpskit.wps.validation.Location;
import io.github.wpskit.wps.validation.RuleId;
import io.github.wpskit.wps.validation.Severity;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/** The codecs of identifiers and enums: one spelling each, shared by every object codec. */
final class Scalars {
  /** {@code "S/RES/1325 (2000)"}. */
  public static final TextCodec<ResolutionSymbol> SYMBOL =
      TextCodec.of(
          ResolutionSymbol.class,
          "a resolution symbol (S/RES/<number> (<year>))",
          ResolutionSymbol::parse,
          ResolutionSymbol::toString,
          Write::symbol);
  /** {@code "S/PV.4213"}. */
  public static final TextCodec<MeetingRecord> MEETING =
      TextCodec.of(
          MeetingRecord.class,
          "a meeting record (S/PV.<meeting number>)",
          MeetingRecord::parse,
          MeetingRecord::toString);
  /** {@code "UNMISS"}. */
  public static final TextCodec<MissionAcronym> MISSION =
      TextCodec.of(
          MissionAcronym.class, "a mission acronym", MissionAcronym::parse,
          MissionAcronym::toString);
  /** {@code "SSD"}. */
  public static final TextCodec<CountryCode> COUNTRY =
      TextCodec.of(
          CountryCode.class,
          "a country code (ISO 3166-1 alpha-3)",
          CountryCode::parse,
          CountryCode::toString);
  /** Any policy code, {@code "A4P.2"}. */
  public static final TextCodec<PolicyReference> POLICY =
      TextCodec.of(
          PolicyReference.class,
          "a policy code (such as A4P.2)",
          PolicyReference::parse,
          PolicyReference::code);
  /** {@code "A4P.1"} to {@code "A4P.8"}. */
  public static final TextCodec<A4pPriorityArea> A4P_PRIORITY_AREA =
      policy(A4pPriorityArea.class, "an A4P priority area code", A4pPriorityArea.values());
  /** {@code "A4P+.T1"}, {@code "A4P+.T2"}. */
  public static final TextCodec<A4pPlusTheme> A4P_PLUS_THEME =
      policy(A4pPlusTheme.class, "an A4P+ theme code", A4pPlusTheme.values());
  /** {@code "A4P+.P1"}, {@code "A4P+.P3"}. */
  public static final TextCodec<A4pPlusPriority> A4P_PLUS_PRIORITY =
      policy(A4pPlusPriority.class, "an A4P+ priority code", A4pPlusPriority.values());
  /** {@code "CTA.1"} to {@code "CTA.4"}. */
  public static final TextCodec<CallToActionCommitment> CALL_TO_ACTION =
      policy(
          CallToActionCommitment.class,
          "a Call to Action commitment code",
          CallToActionCommitment.values());
  /** {@code "A.1.1"}. */
  public static final TextCodec<FrameworkActionCode> FRAMEWORK_ACTION =
      TextCodec.of(
          FrameworkActionCode.class,
          "a Compact Framework action code (<letter A-E>.<group>.<number>)",
          FrameworkActionCode::parse,
          FrameworkActionCode::toString);
  /**
   * {@code "A"} to {@code "E"}: the Compact's thematic areas are identified by their letters, like
   * the action codes that start with them, so they are written as the letter, not in kebab case.
   */
  public static final TextCodec<ThematicArea> THEMATIC_AREA =
      TextCodec.of(
          ThematicArea.class,
          "a thematic area (one of A, B, C, D, E)",
          Scalars::thematicArea,
          area -> String.valueOf(area.letter()));

  /** {@code "WPS-MND-003"}. */
  public static final TextCodec<RuleId> RULE_ID =
      TextCodec.of(RuleId.class, "a rule id (WPS-<AREA>-<NNN>)", RuleId::parse, RuleId::toString);
  /** {@code "$.tasks[2].category"}: the path syntax of codec errors and validation issues. */
  public static final TextCodec<Location> LOCATION =
      TextCodec.of(
          Location.class,
          "a location ($ followed by .field or [index] steps)",
          Location::parse,
          Location::toString);

  /** {@code "relief-and-recovery"}. */
  public static final EnumCodec<WpsPillar> PILLAR = EnumCodec.of(WpsPillar.class, "a WPS pillar");
  /** {@code "staff-officers"}. */
  public static final EnumCodec<PersonnelType> PERSONNEL_TYPE =
      EnumCodec.of(PersonnelType.class, "a personnel type");
  /** {@code "military-observers-and-staff-officers"}. */
  public static final EnumCodec<ParityTargetGroup> PARITY_TARGET_GROUP =
      EnumCodec.of(ParityTargetGroup.class, "a parity target group");
  /** {@code "green"}, {@code "below-yellow-threshold"}, {@code "no-personnel"}. */
  public static final EnumCodec<ParityStatus> PARITY_STATUS =
      EnumCodec.of(ParityStatus.class, "a parity status");
  /** {@code "crsv-monitoring-and-reporting"}. */
  public static final EnumCodec<TaskCategory> TASK_CATEGORY =
      EnumCodec.of(TaskCategory.class, "a task category");
  /** {@code "senior-gender-adviser"}. */
  public static final EnumCodec<GenderRole> GENDER_ROLE =
      EnumCodec.of(GenderRole.class, "a gender role");
  /** {@code "civilian"}. */
  public static final EnumCodec<MissionComponent> MISSION_COMPONENT =
      EnumCodec.of(MissionComponent.class, "a mission component");
  /** {@code "mission-leadership"}. */
  public static final EnumCodec<ReportingLine> REPORTING_LINE =
      EnumCodec.of(ReportingLine.class, "a reporting line");
  /** {@code "strategic-advice"}. */
  public static final EnumCodec<GenderFunction> GENDER_FUNCTION =
      EnumCodec.of(GenderFunction.class, "a gender function");
  /** {@code "vacant"}. */
  public static final EnumCodec<PostStatus> POST_STATUS =
      EnumCodec.of(PostStatus.class, "a post status");
  /** {@code "no-progress"}. */
  public static final EnumCodec<ProgressRating> PROGRESS_RATING =
      EnumCodec.of(ProgressRating.class, "a progress rating");
  /** {@code "member-state"}. */
  public static final EnumCodec<SignatoryKind> SIGNATORY_KIND =
      EnumCodec.of(SignatoryKind.class, "a signatory kind");
  /** {@code "a4p-plus"}. */
  public static final EnumCodec<PolicyFramework> POLICY_FRAMEWORK =
      EnumCodec.of(PolicyFramework.class, "a policy framework");

  /** {@code "peacekeeping-operation"}, {@code "political-mission-or-office"}, {@code "other"}. */
  public static final EnumCodec<MissionKind> MISSION_KIND =
      EnumCodec.of(MissionKind.class, "a mission kind");

  /** {@code "error"}, {@code "warning"}, {@code "info"}. */
  public static final EnumCodec<Severity> SEVERITY = EnumCodec.of(Severity.class, "a severity");

  /** Every identifier codec, for registration. */
  public static final List<TextCodec<?>> TEXT_CODECS =
      List.of(SYMBOL, MEETING, MISSION, COUNTRY, POLICY, A4P_PRIORITY_AREA, A4P_PLUS_THEME,
          A4P_PLUS_PRIORITY, CALL_TO_ACTION, FRAMEWORK_ACTION, THEMATIC_AREA, RULE_ID, LOCATION);
  /** Every enum codec, for registration. */
  public static final List<EnumCodec<?>> ENUM_CODECS =
      List.of(PILLAR, PERSONNEL_TYPE, PARITY_TARGET_GROUP, PARITY_STATUS, POLICY_FRAMEWORK,
          TASK_CATEGORY, GENDER_ROLE, MISSION_COMPONENT, REPORTING_LINE, GENDER_FUNCTION,
          POST_STATUS, PROGRESS_RATING, SIGNATORY_KIND, MISSION_KIND, SEVERITY);

  private Scalars() {}

  private static ThematicArea thematicArea(String text) {
    if (text.length() != 1) {
      throw new ParseException("ThematicArea", text, text.isEmpty() ? 0 : 1, "one of A, B, C, D, E");
    }
    return ThematicArea.ofLetter(text.charAt(0));
  }

  private static <E extends Enum<E> & PolicyReference> TextCodec<E> policy(
      Class<E> type, String what, E[] values) {
    StringBuilder codes = new StringBuilder();
    for (E e : values) {
      codes.append(codes.length() == 0 ? "" : ", ").append(e.code());
    }
    Function<String, E> parser =
        text -> {
          PolicyReference ref = PolicyReference.parse(text);
          if (!type.isInstance(ref)) {
            throw new ParseException(type.getSimpleName(), text, 0, "one of " + codes);
          }
          return type.cast(ref);
        };
    return TextCodec.of(type, what + " (one of " + codes + ")", parser, PolicyReference::code);
  }

  /**
   * Reads a resolution symbol, reading the canonical form straight from the parser's buffer and
   * leaving every other text to {@link ResolutionSymbol#parse} (and its messages).
   *
   * @param p the parser, at the value
   * @param ctxt the context, whose problem handlers are asked about a value that does not fit
   * @return the symbol
   * @throws IOException if the value is not a symbol
   */
  public static ResolutionSymbol symbol(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      char[] c = p.getTextCharacters();
      int o = p.getTextOffset();
      int n = p.getTextLength();
      // S/RES/<1-5 digits> (<4 digits>): 14 to 18 characters.
      if (n >= 14 && n <= 18 && c[o] == 'S' && c[o + 1] == '/' && c[o + 2] == 'R'
          && c[o + 3] == 'E' && c[o + 4] == 'S' && c[o + 5] == '/' && c[o + 6] != '0') {
        int end = o + n;
        int i = o + 6;
        int number = 0;
        while (i < end && c[i] >= '0' && c[i] <= '9' && i < o + 11) {
          number = number * 10 + (c[i++] - '0');
        }
        if (i > o + 6 && i + 7 == end && c[i] == ' ' && c[i + 1] == '(' && c[end - 1] == ')') {
          int year = 0;
          boolean ok = true;
          for (int k = i + 2; k < i + 6; k++) {
            char d = c[k];
            ok &= d >= '0' && d <= '9';
            year = year * 10 + (d - '0');
          }
          if (ok && year >= ResolutionSymbol.MIN_YEAR) {
            return ResolutionSymbol.of(number, year);
          }
        }
      }
    }
    return SYMBOL.read(p, ctxt);
  }
}
