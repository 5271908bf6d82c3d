package io.github.wpskit.wps.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.MissingAttributesException;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignatoryTest {

  private static Signatory.Builder valid() {
    return Signatory.builder().name("Norway").kind(SignatoryKind.MEMBER_STATE);
  }

  @Test
  void buildsWithAndWithoutCountry() {
    Signatory norway = valid().country(CountryCode.parse("NOR")).build();
    Signatory network = Signatory.builder()
        .name("Global Network of Women Peacebuilders")
        .kind(SignatoryKind.CIVIL_SOCIETY)
        .build();

    assertThat(norway.name()).isEqualTo("Norway");
    assertThat(norway.kind()).isEqualTo(SignatoryKind.MEMBER_STATE);
    assertThat(norway.country()).contains(CountryCode.parse("NOR"));
    assertThat(network.country()).isEmpty();
    assertThat(norway).isEqualTo(valid().country(CountryCode.parse("NOR")).build());
  }

  @Test
  void acceptsANameOfExactlyTheMaximumLength() {
    String name = "x".repeat(Signatory.MAX_NAME_LENGTH);
    assertThat(valid().name(name).build().name()).hasSize(300);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        arguments(
            named("blank name", (UnaryOperator<Signatory.Builder>) b -> b.name("  ")),
            "Invalid value for Signatory.name (must not be blank): \"  \""),
        arguments(
            named("empty name", (UnaryOperator<Signatory.Builder>) b -> b.name("")),
            "Invalid value for Signatory.name (must not be blank): \"\""),
        arguments(
            named("padded name", (UnaryOperator<Signatory.Builder>) b -> b.name(" Norway")),
            "Invalid value for Signatory.name (must not start or end with white space):"
                + " \" Norway\""),
        arguments(
            named("name of 301", (UnaryOperator<Signatory.Builder>) b -> b.name("y".repeat(301))),
            "Invalid value for Signatory.name (at most 300 characters): \""
                + "y".repeat(40) + "...\" (301 characters)"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void refusesInvalidValues(UnaryOperator<Signatory.Builder> change, String message) {
    assertThatThrownBy(() -> change.apply(valid()).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Test
  void missingRequiredAttributesAreListedByName() {
    assertThatThrownBy(() -> Signatory.builder().build())
        .isInstanceOfSatisfying(
            MissingAttributesException.class,
            e -> assertThat(e.missingAttributes()).containsExactly("name", "kind"))
        .hasMessage("Missing required attributes name, kind");
  }

  @Test
  void nullsAreRefusedWithNullPointerException() {
    assertThatThrownBy(() -> valid().name(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> valid().country((CountryCode) null))
        .isInstanceOf(NullPointerException.class);
  }
}
