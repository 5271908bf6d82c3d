package io.github.wpskit.wps.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.MissingAttributesException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResolutionTest {

  private static Resolution.Builder valid() {
    return Resolution.builder()
        .symbol(ResolutionSymbol.of(1325, 2000))
        .adopted(LocalDate.of(2000, 10, 31));
  }

  @Test
  void buildsWithOnlyRequiredAttributes() {
    Resolution r = valid().build();
    assertThat(r.meeting()).isEmpty();
    assertThat(r.vote()).isEmpty();
    assertThat(r.title()).isEmpty();
    assertThat(r.wpsAgenda()).isFalse();
    assertThat(r.pillars()).isEmpty();
    assertThat(r.recalls()).isEmpty();
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    assertThatThrownBy(() -> Resolution.builder().title("x").build())
        .isInstanceOf(MissingAttributesException.class)
        .hasMessage("Missing required attributes symbol, adopted")
        .satisfies(e -> assertThat(((MissingAttributesException) e).missingAttributes())
            .containsExactly("symbol", "adopted"));
  }

  @Test
  void refusesABlankTitle() {
    assertThatThrownBy(() -> valid().title("  ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Resolution.title (must not be blank): \"  \"");
  }

  @Test
  void refusesATitleWithSurroundingWhiteSpace() {
    assertThatThrownBy(() -> valid().title(" Women and peace").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Resolution.title (must not start or end with white space):"
            + " \" Women and peace\"");
  }

  @Test
  void refusesAHugeSummary() {
    String huge = "x".repeat(10_001);
    assertThatThrownBy(() -> valid().summary(huge).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid value for Resolution.summary (at most 10000 characters):")
        .hasMessageEndingWith("(10001 characters)");
  }

  @Test
  void refusesRecallingItself() {
    assertThatThrownBy(() -> valid().addRecalls(ResolutionSymbol.of(1325, 2000)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Resolution.recalls (a resolution cannot recall itself):"
            + " S/RES/1325 (2000)");
  }

  @Test
  void refusesNullAttributes() {
    assertThatThrownBy(() -> valid().title((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("title");
  }

  @Test
  void collectionsAreUnmodifiable() {
    Resolution r = valid().addPillars(WpsPillar.PROTECTION)
        .addRecalls(ResolutionSymbol.of(1, 1946)).build();
    assertThatThrownBy(() -> r.pillars().add(WpsPillar.PARTICIPATION))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.recalls().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void pillarsAreKeptInPillarOrder() {
    Resolution r = valid()
        .addPillars(WpsPillar.RELIEF_AND_RECOVERY, WpsPillar.PARTICIPATION).build();
    assertThat(r.pillars()).containsExactly(WpsPillar.PARTICIPATION, WpsPillar.RELIEF_AND_RECOVERY);
  }

  @Test
  void equalValuesAreEqual() {
    assertThat(valid().build()).isEqualTo(valid().build()).hasSameHashCodeAs(valid().build());
    assertThat(valid().wpsAgenda(true).build()).isNotEqualTo(valid().build());
  }
}
