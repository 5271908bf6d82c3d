package io.github.wpskit.wps.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.ParseException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Compact's fixed vocabularies and constants, against the fact sheet (section 3). */
class CompactVocabularyTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A | Financing the WPS agenda and gender equality in humanitarian programming"
            + " | Financing",
        "B | Women's meaningful participation in peace processes | Participation",
        "C | Women's economic security, access to resources and other essential services"
            + " | Economic Security",
        "D | Women's leadership and agency across peace, security and humanitarian sectors"
            + " | Leadership",
        "E | Protection of women in conflict and crisis contexts, including women human rights"
            + " defenders | Protection",
      })
  void thematicAreasCarryTheConfirmedTitlesAndShortNames(
      char letter, String title, String shortName) {
    ThematicArea area = ThematicArea.ofLetter(letter);

    assertThat(area.letter()).isEqualTo(letter);
    assertThat(area.name()).isEqualTo(String.valueOf(letter));
    assertThat(area.title()).isEqualTo(title);
    assertThat(area.shortName()).isEqualTo(shortName);
  }

  @Test
  void thereAreExactlyFiveThematicAreasInLetterOrder() {
    assertThat(ThematicArea.values())
        .extracting(ThematicArea::letter)
        .containsExactly('A', 'B', 'C', 'D', 'E');
  }

  @ParameterizedTest
  @CsvSource({"F", "a", "e", "@", "1"})
  void ofLetterRefusesAnythingButAToE(char letter) {
    assertThatThrownBy(() -> ThematicArea.ofLetter(letter))
        .isInstanceOf(ParseException.class)
        .hasMessage(
            "Text '" + letter + "' could not be parsed as ThematicArea at index 0"
                + " (expected one of A, B, C, D, E)");
  }

  @ParameterizedTest
  @CsvSource({
    "EXCEEDED, Exceeded progress",
    "MET, Met progress",
    "LIMITED, Limited progress",
    "NO_PROGRESS, No progress",
  })
  void progressRatingsUseTheCompactsScale(ProgressRating rating, String displayName) {
    assertThat(rating.displayName()).isEqualTo(displayName);
  }

  @Test
  void progressRatingsRunFromMostToLeastProgress() {
    assertThat(ProgressRating.values())
        .containsExactly(
            ProgressRating.EXCEEDED,
            ProgressRating.MET,
            ProgressRating.LIMITED,
            ProgressRating.NO_PROGRESS);
  }

  @ParameterizedTest
  @CsvSource({
    "MEMBER_STATE, Member State",
    "UN_ENTITY, UN entity",
    "REGIONAL_ORGANIZATION, Regional organization",
    "CIVIL_SOCIETY, Civil society organization",
    "ACADEMIA, Academic or research institution",
    "PRIVATE_SECTOR, Private sector",
  })
  void signatoryKindsHaveDisplayNames(SignatoryKind kind, String displayName) {
    assertThat(kind.displayName()).isEqualTo(displayName);
  }

  @Test
  void thereAreSixSignatoryKinds() {
    assertThat(SignatoryKind.values()).hasSize(6);
  }

  @Test
  void compactConstantsMatchTheFactSheet() {
    assertThat(Compact.LAUNCH_DATE).isEqualTo(LocalDate.parse("2021-07-02"));
    assertThat(Compact.FRAMEWORK_ACTION_COUNT).isEqualTo(134);
  }
}
