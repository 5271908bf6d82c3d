package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wpskit.wps.json.WpsJsonException.Problem;
import io.github.wpskit.wps.mission.Mandate;
import io.github.wpskit.wps.mission.PersonnelType;
import io.github.wpskit.wps.parity.Deployment;
import io.github.wpskit.wps.parity.ParityTargetGroup;
import io.github.wpskit.wps.parity.ParityTargets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Personnel types as DPO reports them, and the documents of format version 1 that spelled every
 * individual military figure {@code military-observers-and-staff-officers}.
 */
class PersonnelTypeJsonTest extends JsonTestSupport {

  private static String deployment(String category) {
    return json("{'kind':'deployment','formatVersion':1,'mission':'UNMISS',"
        + "'contributingCountry':'NPL','category':'" + category + "','reportingDate':'2024-06-30',"
        + "'women':3,'men':17}");
  }

  @ParameterizedTest
  @CsvSource({
    "military-contingents, MILITARY_CONTINGENTS, MILITARY_CONTINGENTS",
    "staff-officers, STAFF_OFFICERS, MILITARY_OBSERVERS_AND_STAFF_OFFICERS",
    "military-experts-on-mission, MILITARY_EXPERTS_ON_MISSION,"
        + " MILITARY_OBSERVERS_AND_STAFF_OFFICERS",
    "military-observers-and-staff-officers, MILITARY_OBSERVERS_AND_STAFF_OFFICERS,"
        + " MILITARY_OBSERVERS_AND_STAFF_OFFICERS",
    "formed-police-units, FORMED_POLICE_UNITS, FORMED_POLICE_UNITS",
    "individual-police-officers, INDIVIDUAL_POLICE_OFFICERS, INDIVIDUAL_POLICE_OFFICERS",
    "justice-and-corrections, JUSTICE_AND_CORRECTIONS, JUSTICE_AND_CORRECTIONS",
  })
  void everyTypeDecodesIntoItsTargetGroupAndRoundTripsByteForByte(
      String spelling, PersonnelType type, ParityTargetGroup group) {
    String document = deployment(spelling);
    Deployment d = STRICT.decode(document, Deployment.class);

    assertThat(d.personnelType()).isEqualTo(type);
    assertThat(d.targetGroup()).isEqualTo(group);
    assertThat(STRICT.encodeToString(d)).isEqualTo(document);
    assertThat(schemaErrors(DocumentKind.DEPLOYMENT, document)).isEmpty();
  }

  @Test
  void versionOneMandateWithTheCombinedCeilingStillDecodesAndRoundTrips() {
    String document = json("{'kind':'mandate','formatVersion':1,'mission':'UNMISS',"
        + "'authorisedBy':'S/RES/2779 (2025)','start':'2025-05-01','end':'2026-04-30',"
        + "'authorisedStrength':{'military-contingents':17000,"
        + "'military-observers-and-staff-officers':400},'tasks':[]}");
    Mandate m = STRICT.decode(document, Mandate.class);

    assertThat(m.authorisedStrength())
        .containsEntry(PersonnelType.MILITARY_OBSERVERS_AND_STAFF_OFFICERS, 400)
        .hasSize(2);
    assertThat(STRICT.encodeToString(m)).isEqualTo(document);
    assertThat(schemaErrors(DocumentKind.MANDATE, document)).isEmpty();
  }

  @Test
  void versionOneParityTargetsKeepTheirSpellingsAsTargetGroups() {
    String document = resource("/golden/parity-targets.json");
    ParityTargets targets = STRICT.decode(document, ParityTargets.class);

    assertThat(targets).isEqualTo(ParityTargets.ugps());
    assertThat(targets.targets()).extracting(t -> t.group())
        .contains(ParityTargetGroup.MILITARY_OBSERVERS_AND_STAFF_OFFICERS);
  }

  @Test
  void aPersonnelTypeIsNotATargetGroup() {
    String document = json("{'kind':'parity-targets','formatVersion':1,'targets':["
        + "{'category':'staff-officers','year':2028,'percentage':25}]}");
    assertFails(() -> STRICT.decode(document, ParityTargets.class), Problem.DOES_NOT_FIT,
        "$.targets[0].category",
        "Expected a parity target group (one of military-contingents,"
            + " military-observers-and-staff-officers, formed-police-units,"
            + " individual-police-officers, justice-and-corrections) but was \"staff-officers\""
            + " at $.targets[0].category (line 1, column 67)");
    assertThat(schemaErrors(DocumentKind.PARITY_TARGETS, document)).isNotEmpty();
  }
}
