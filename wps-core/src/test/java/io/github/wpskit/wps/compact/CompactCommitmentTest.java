package io.github.wpskit.wps.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.MissingAttributesException;
import io.github.wpskit.wps.policy.PolicyReference;
import java.time.Year;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompactCommitmentTest {

  private static Indicator indicator(String name) {
    return Indicator.builder().name(name).baseline(0).target(1).build();
  }

  private static CompactCommitment.Builder valid() {
    return CompactCommitment.builder()
        .id("NOR-B-01")
        .signatory("Norway")
        .thematicArea(ThematicArea.B)
        .action(FrameworkActionCode.parse("B.1.1"))
        .description("Support women's participation in peace talks")
        .targetYear(Year.of(2026));
  }

  @Test
  void buildsWithIndicatorsAndPolicyReferences() {
    PolicyReference a4pWps = PolicyReference.parse("A4P.2");
    CompactCommitment c =
        valid()
            .addIndicators(indicator("Women in delegations"), indicator("Consultations held"))
            .addPolicyReferences(a4pWps)
            .build();

    assertThat(c.id()).isEqualTo("NOR-B-01");
    assertThat(c.signatory()).isEqualTo("Norway");
    assertThat(c.thematicArea()).isEqualTo(ThematicArea.B);
    assertThat(c.action()).hasToString("B.1.1");
    assertThat(c.targetYear()).contains(Year.of(2026));
    assertThat(c.indicators())
        .extracting(Indicator::name)
        .containsExactly("Women in delegations", "Consultations held");
    assertThat(c.policyReferences()).containsExactly(a4pWps);
  }

  @Test
  void anActionOfAnotherThematicAreaIsNotAnInvariant() {
    // The letter/area match is validation rule material (issue #3): it must load, then be reported.
    CompactCommitment c = valid().action(FrameworkActionCode.parse("E.2.1")).build();
    assertThat(c.thematicArea()).isEqualTo(ThematicArea.B);
    assertThat(c.action().thematicArea()).isEqualTo(ThematicArea.E);
  }

  @Test
  void targetYearsAtTheSanityBoundsAreAccepted() {
    assertThat(valid().targetYear(Year.of(1946)).build().targetYear()).contains(Year.of(1946));
    assertThat(valid().targetYear(Year.of(9999)).build().targetYear()).contains(Year.of(9999));
  }

  @Test
  void theTargetYearIsOptional() {
    // The Compact's guidance does not confirm that a commitment has a target year (issue #9).
    CompactCommitment c = CompactCommitment.builder().id("NOR-B-01").signatory("Norway")
        .thematicArea(ThematicArea.B).action(FrameworkActionCode.parse("B.1.1"))
        .description("Support women's participation in peace talks").build();
    assertThat(c.targetYear()).isEmpty();
    assertThat(CompactCommitment.builder().from(valid().build()).targetYear(Optional.empty()).build()
        .targetYear()).isEmpty();
  }

  @Test
  void anIdOfExactlyOneHundredCharactersIsAccepted() {
    assertThat(valid().id("k".repeat(100)).build().id()).hasSize(100);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        arguments(
            named("blank id", (UnaryOperator<CompactCommitment.Builder>) b -> b.id(" ")),
            "Invalid value for CompactCommitment.id (must not be blank): \" \""),
        arguments(
            named(
                "id of 101",
                (UnaryOperator<CompactCommitment.Builder>) b -> b.id("k".repeat(101))),
            "Invalid value for CompactCommitment.id (at most 100 characters): \""
                + "k".repeat(40) + "...\" (101 characters)"),
        arguments(
            named("blank signatory", (UnaryOperator<CompactCommitment.Builder>) b -> b.signatory("")),
            "Invalid value for CompactCommitment.signatory (must not be blank): \"\""),
        arguments(
            named(
                "padded description",
                (UnaryOperator<CompactCommitment.Builder>) b -> b.description("Fund\n")),
            "Invalid value for CompactCommitment.description"
                + " (must not start or end with white space): \"Fund\n\""),
        arguments(
            named(
                "target year 1945",
                (UnaryOperator<CompactCommitment.Builder>) b -> b.targetYear(Year.of(1945))),
            "Invalid value for CompactCommitment.targetYear (valid values 1946 - 9999): 1945"),
        arguments(
            named(
                "target year 10000",
                (UnaryOperator<CompactCommitment.Builder>) b -> b.targetYear(Year.of(10000))),
            "Invalid value for CompactCommitment.targetYear (valid values 1946 - 9999): 10000"),
        arguments(
            named(
                "duplicate indicator names",
                (UnaryOperator<CompactCommitment.Builder>)
                    b -> b.addIndicators(indicator("A"), indicator("B"), indicator("A"))),
            "Invalid value for CompactCommitment.indicators (must not contain duplicates): A"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void refusesInvalidValues(UnaryOperator<CompactCommitment.Builder> change, String message) {
    assertThatThrownBy(() -> change.apply(valid()).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void missingRequiredAttributesAreListedByName() {
    assertThatThrownBy(() -> CompactCommitment.builder().id("x").build())
        .isInstanceOfSatisfying(
            MissingAttributesException.class,
            e ->
                assertThat(e.missingAttributes())
                    .containsExactly("signatory", "thematicArea", "action", "description"))
        .hasMessage("Missing required attributes signatory, thematicArea, action, description");
  }

  @Test
  void returnedCollectionsAreUnmodifiable() {
    CompactCommitment c =
        valid().addIndicators(indicator("A")).addPolicyReferences(PolicyReference.parse("A4P.2"))
            .build();

    assertThatThrownBy(() -> c.indicators().add(indicator("B")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.policyReferences().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
