package io.github.wpskit.wps.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.MissingAttributesException;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IndicatorTest {

  private static Indicator.Builder valid() {
    return Indicator.builder().name("Women in delegations").baseline(10).target(30);
  }

  @Test
  void buildsWithOptionalUnitAndLatest() {
    Indicator full = valid().unit("percent").latest(22.5).build();
    Indicator bare = valid().build();

    assertThat(full.unit()).contains("percent");
    assertThat(full.latest()).contains(22.5);
    assertThat(full.baseline()).isEqualTo(10.0);
    assertThat(full.target()).isEqualTo(30.0);
    assertThat(bare.unit()).isEmpty();
    assertThat(bare.latest()).isEmpty();
  }

  @Test
  void aTargetBelowTheBaselineIsNotAnInvariant() {
    // Fewer incidents is progress: direction is a validation rule, never refused here.
    assertThat(valid().baseline(50).target(5).latest(80.0).build().target()).isEqualTo(5.0);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        arguments(
            named("blank name", (UnaryOperator<Indicator.Builder>) b -> b.name(" ")),
            "Invalid value for Indicator.name (must not be blank): \" \""),
        arguments(
            named("blank unit", (UnaryOperator<Indicator.Builder>) b -> b.unit("")),
            "Invalid value for Indicator.unit (must not be blank): \"\""),
        arguments(
            named("NaN baseline", (UnaryOperator<Indicator.Builder>) b -> b.baseline(Double.NaN)),
            "Invalid value for Indicator.baseline (must be a finite number): NaN"),
        arguments(
            named(
                "infinite target",
                (UnaryOperator<Indicator.Builder>) b -> b.target(Double.POSITIVE_INFINITY)),
            "Invalid value for Indicator.target (must be a finite number): Infinity"),
        arguments(
            named(
                "infinite latest",
                (UnaryOperator<Indicator.Builder>) b -> b.latest(Double.NEGATIVE_INFINITY)),
            "Invalid value for Indicator.latest (must be a finite number): -Infinity"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void refusesInvalidValues(UnaryOperator<Indicator.Builder> change, String message) {
    assertThatThrownBy(() -> change.apply(valid()).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void missingRequiredAttributesAreListedByName() {
    assertThatThrownBy(() -> Indicator.builder().name("x").build())
        .isInstanceOfSatisfying(
            MissingAttributesException.class,
            e -> assertThat(e.missingAttributes()).containsExactly("baseline", "target"))
        .hasMessage("Missing required attributes baseline, target");
  }
}
