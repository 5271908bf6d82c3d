package io.github.wpskit.wps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.wpskit.wps.compact.CompactCommitment;
import io.github.wpskit.wps.compact.CompactReport;
import io.github.wpskit.wps.compact.FrameworkActionCode;
import io.github.wpskit.wps.compact.Indicator;
import io.github.wpskit.wps.compact.ProgressEntry;
import io.github.wpskit.wps.compact.ProgressRating;
import io.github.wpskit.wps.compact.Signatory;
import io.github.wpskit.wps.compact.SignatoryKind;
import io.github.wpskit.wps.compact.ThematicArea;
import io.github.wpskit.wps.gender.GenderPost;
import io.github.wpskit.wps.internal.Checks;
import io.github.wpskit.wps.gender.GenderRole;
import io.github.wpskit.wps.gender.MissionComponent;
import io.github.wpskit.wps.gender.PostStatus;
import io.github.wpskit.wps.gender.ReportingLine;
import io.github.wpskit.wps.mission.MandateTask;
import io.github.wpskit.wps.mission.Mission;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.TaskCategory;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.validation.Location;
import io.github.wpskit.wps.validation.RuleDescriptor;
import io.github.wpskit.wps.validation.RuleId;
import io.github.wpskit.wps.validation.RuleSet;
import io.github.wpskit.wps.validation.Severity;
import io.github.wpskit.wps.validation.SkippedRule;
import io.github.wpskit.wps.validation.ValidationIssue;
import java.time.LocalDate;
import java.time.Year;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every free-text attribute of every public type, against each of the text invariants: not blank, no
 * leading or trailing white space, at most its maximum length. Each row sets one attribute on an
 * otherwise valid value and reads it back, so the valid case proves the text arrives unchanged.
 */
class TextAttributesTest {
  private static final int UNBOUNDED = Integer.MAX_VALUE;
  private static final int TEXT = Checks.MAX_TEXT_LENGTH;

  private static Resolution.Builder resolution() {
    return Resolution.builder().symbol(ResolutionSymbol.of(1325, 2000))
        .adopted(LocalDate.of(2000, 10, 31));
  }

  private static Mission.Builder mission() {
    return Mission.builder().acronym(MissionAcronym.parse("UNMISS"))
        .name("United Nations Mission in South Sudan").host("South Sudan");
  }

  private static GenderPost.Builder post() {
    return GenderPost.builder().postId("GU-001").mission(MissionAcronym.parse("UNMISS"))
        .role(GenderRole.SENIOR_GENDER_ADVISER).component(MissionComponent.CIVILIAN)
        .reportingLine(ReportingLine.MISSION_LEADERSHIP).status(PostStatus.FILLED);
  }

  private static CompactCommitment.Builder commitment() {
    return CompactCommitment.builder().id("NOR-B-01").signatory("Norway")
        .thematicArea(ThematicArea.B).action(FrameworkActionCode.parse("B.1.1"))
        .description("Support women's participation in peace talks").targetYear(Year.of(2026));
  }

  private static Indicator.Builder indicator() {
    return Indicator.builder().name("Women in delegations").baseline(10).target(30);
  }

  private static RuleDescriptor.Builder descriptor() {
    RuleDescriptor.Builder b = RuleDescriptor.builder();
    b.id("WPS-ORG-001").severity(Severity.WARNING).title("A title").messageTemplate("Message")
        .rationale("Why").source("Policy");
    return b;
  }

  private static final RuleId RULE = RuleId.parse("WPS-ORG-001");

  static Stream<Arguments> attributes() {
    return Stream.of(
        row("Resolution.title", TEXT, t -> resolution().title(t).build().title().get()),
        row("Resolution.summary", TEXT,
            t -> resolution().summary(t).build().summary().get()),
        row("Mission.name", 500, t -> mission().name(t).build().name().get()),
        row("Mission.host", 200, t -> mission().host(t).build().host().get()),
        row("MandateTask.description", TEXT,
            t -> MandateTask.of(TaskCategory.GENDER_MAINSTREAMING, t).description()),
        row("GenderPost.postId", 100, t -> post().postId(t).build().postId()),
        row("GenderPost.level", 40, t -> post().level(t).build().level().get()),
        row("Signatory.name", Signatory.MAX_NAME_LENGTH,
            t -> Signatory.builder().name(t).kind(SignatoryKind.MEMBER_STATE).build().name()),
        row("CompactCommitment.id", CompactCommitment.MAX_ID_LENGTH,
            t -> commitment().id(t).build().id()),
        row("CompactCommitment.signatory", Signatory.MAX_NAME_LENGTH,
            t -> commitment().signatory(t).build().signatory()),
        row("CompactCommitment.description", TEXT,
            t -> commitment().description(t).build().description()),
        row("CompactReport.signatory", Signatory.MAX_NAME_LENGTH,
            t -> CompactReport.builder().signatory(t).reportingYear(Year.of(2022)).build()
                .signatory()),
        row("ProgressEntry.commitmentId", CompactCommitment.MAX_ID_LENGTH,
            t -> ProgressEntry.of(t, ProgressRating.MET).commitmentId()),
        row("ProgressEntry.note", TEXT,
            t -> ProgressEntry.builder().commitmentId("NOR-B-01").rating(ProgressRating.MET)
                .note(t).build().note().get()),
        row("Indicator.name", TEXT, t -> indicator().name(t).build().name()),
        row("Indicator.unit", TEXT, t -> indicator().unit(t).build().unit().get()),
        row("RuleDescriptor.title", TEXT, t -> descriptor().title(t).build().title()),
        row("RuleDescriptor.messageTemplate", TEXT,
            t -> descriptor().messageTemplate(t).build().messageTemplate()),
        row("RuleDescriptor.rationale", TEXT,
            t -> descriptor().rationale(t).build().rationale()),
        row("RuleDescriptor.source", TEXT, t -> descriptor().source(t).build().source()),
        row("RuleSet.name", TEXT, t -> RuleSet.builder().name(t).build().name()),
        row("SkippedRule.objectId", TEXT,
            t -> SkippedRule.of(RULE, t, "no vote recorded").objectId()),
        row("SkippedRule.reason", TEXT, t -> SkippedRule.of(RULE, "x", t).reason()),
        row("ValidationIssue.objectId", TEXT,
            t -> ValidationIssue.of(RULE, Severity.ERROR, Location.root(), t, "m", "s")
                .objectId()),
        row("ValidationIssue.message", UNBOUNDED,
            t -> ValidationIssue.of(RULE, Severity.ERROR, Location.root(), "x", t, "s")
                .message()),
        row("ValidationIssue.source", TEXT,
            t -> ValidationIssue.of(RULE, Severity.ERROR, Location.root(), "x", "m", t)
                .source()));
  }

  private static Arguments row(String attribute, int max, UnaryOperator<String> setAndReadBack) {
    return arguments(attribute, max, setAndReadBack);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attributes")
  void acceptsTextOfTheMaximumLengthAndReadsItBack(
      String attribute, int max, UnaryOperator<String> setAndReadBack) {
    String text = max == UNBOUNDED ? "m".repeat(100_000) : "m".repeat(max);
    assertThat(setAndReadBack.apply(text)).isEqualTo(text);
    assertThat(setAndReadBack.apply("a b")).isEqualTo("a b");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attributes")
  void refusesBlankText(String attribute, int max, UnaryOperator<String> setAndReadBack) {
    for (String blank : new String[] {"", " ", "\t\n", "\u2003"}) {
      assertThatThrownBy(() -> setAndReadBack.apply(blank))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("Invalid value for " + attribute + " (must not be blank): \"" + blank + "\"");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attributes")
  void refusesLeadingOrTrailingWhiteSpace(
      String attribute, int max, UnaryOperator<String> setAndReadBack) {
    for (String padded : new String[] {" a", "a ", "\ta", "a\n", "\u2003a"}) {
      assertThatThrownBy(() -> setAndReadBack.apply(padded))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("Invalid value for " + attribute
              + " (must not start or end with white space): \"" + padded + "\"");
    }
  }

  /** The bounded attributes: a validation message has no length limit (it quotes values). */
  static Stream<Arguments> boundedAttributes() {
    return attributes().filter(a -> (int) a.get()[1] != UNBOUNDED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boundedAttributes")
  void refusesTextOneCharacterTooLong(
      String attribute, int max, UnaryOperator<String> setAndReadBack) {
    String text = "x".repeat(max + 1);
    assertThatThrownBy(() -> setAndReadBack.apply(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for " + attribute + " (at most " + max + " characters): \""
            + "x".repeat(40) + "...\" (" + (max + 1) + " characters)");
  }
}
