package io.github.wpskit.wps.gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.MissingAttributesException;
import io.github.wpskit.wps.mission.MissionAcronym;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GenderStaffingTableTest {

  private static final MissionAcronym UNMISS = MissionAcronym.parse("UNMISS");

  private static GenderPost.Builder post(String id) {
    return GenderPost.builder().postId(id).mission(UNMISS)
        .role(GenderRole.SENIOR_GENDER_ADVISER).component(MissionComponent.CIVILIAN)
        .reportingLine(ReportingLine.MISSION_LEADERSHIP).status(PostStatus.FILLED);
  }

  @Test
  void aPostCarriesNoPersonalData() {
    GenderPost p = post("GU-001").level("P-5")
        .addFunctions(GenderFunction.STRATEGIC_ADVICE, GenderFunction.TECHNICAL_GUIDANCE).build();
    assertThat(p.role().isSenior()).isTrue();
    assertThat(p.functions()).containsExactly(GenderFunction.STRATEGIC_ADVICE,
        GenderFunction.TECHNICAL_GUIDANCE);
  }

  @Test
  void missingPostAttributesAreNamed() {
    assertThatThrownBy(() -> GenderPost.builder().postId("x").build())
        .isInstanceOf(MissingAttributesException.class)
        .hasMessage("Missing required attributes mission, role, component, reportingLine, status");
  }

  @Test
  void refusesABlankPostId() {
    assertThatThrownBy(() -> post(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for GenderPost.postId (must not be blank): \" \"");
  }

  @Test
  void refusesAnOverlongLevel() {
    assertThatThrownBy(() -> post("GU-1").level("L".repeat(41)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid value for GenderPost.level (at most 40 characters):");
  }

  @Test
  void refusesAPostOfAnotherMission() {
    GenderPost other = post("GU-2").mission(MissionAcronym.parse("MONUSCO")).build();
    assertThatThrownBy(() -> GenderStaffingTable.builder().mission(UNMISS)
            .asOf(LocalDate.of(2025, 1, 1)).addPosts(post("GU-1").build(), other).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for GenderStaffingTable.posts[1].mission (must be the table's"
            + " mission UNMISS): MONUSCO");
  }

  @Test
  void refusesRepeatedPostIds() {
    assertThatThrownBy(() -> GenderStaffingTable.builder().mission(UNMISS)
            .asOf(LocalDate.of(2025, 1, 1)).addPosts(post("GU-1").build(), post("GU-1").build())
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for GenderStaffingTable.posts.postId (must not contain"
            + " duplicates): GU-1");
  }

  @Test
  void postsAreUnmodifiableAndIdIsMissionAndDate() {
    GenderStaffingTable t = GenderStaffingTable.builder().mission(UNMISS)
        .asOf(LocalDate.of(2025, 1, 1)).addPosts(post("GU-1").build()).build();
    assertThat(t.id()).isEqualTo("UNMISS 2025-01-01");
    assertThatThrownBy(() -> t.posts().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
