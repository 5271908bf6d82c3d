package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.mission.MissionAcronym;
import io.github.wpskit.wps.mission.PersonnelType;
import io.github.wpskit.wps.policy.A4pPriorityArea;
import io.github.wpskit.wps.policy.CallToActionCommitment;
import io.github.wpskit.wps.policy.PolicyFramework;
import io.github.wpskit.wps.policy.PolicyReference;
import io.github.wpskit.wps.resolution.MeetingRecord;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.resolution.Vote;
import io.github.wpskit.wps.resolution.WpsPillar;
import io.github.wpskit.wps.validation.Validator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The module in a plain ObjectMapper: discovery, envelopes only at the root, scalar spellings. */
class WpsModuleTest extends JsonTestSupport {

  @Test
  void reportsTheLibraryVersionTheBuildWrote() {
    Version version = new WpsModule().version();
    assertThat(version.toString()).isEqualTo(System.getProperty("wps.expectedVersion"));
    assertThat(version.getGroupId()).isEqualTo("io.github.wpskit");
    assertThat(version.getArtifactId()).isEqualTo("wps-json");
    assertThat(version.isUnknownVersion()).isFalse();
    assertThat(version.isSnapshot())
        .isEqualTo(System.getProperty("wps.expectedVersion").endsWith("-SNAPSHOT"));
    assertThat(version.toString()).isEqualTo(Validator.LIBRARY_VERSION);
  }

  @Test
  void foundByFindAndRegisterModules() throws Exception {
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    assertThat(plain.getRegisteredModuleIds()).contains(WpsModule.class.getName());
    Resolution r = ResolutionJsonTest.RES_1325;
    assertThat(plain.writeValueAsString(r)).isEqualTo(STRICT.encodeToString(r));
    assertThat(plain.readValue(STRICT.encode(r), Resolution.class)).isEqualTo(r);
  }

  @Test
  void nestedDocumentsCarryNoEnvelope() throws Exception {
    ObjectMapper m = mapper();
    String list = m.writeValueAsString(List.of(ResolutionJsonTest.RES_1325));
    assertThat(list).startsWith("[{\"symbol\":\"S/RES/1325 (2000)\"");
    assertThat(m.readValue(list, new TypeReference<List<Resolution>>() {}))
        .containsExactly(ResolutionJsonTest.RES_1325);
  }

  @Test
  void envelopeInsideANestedValueIsAnUnknownField() {
    ObjectMapper m = mapper();
    String list = "[" + resolutionWith("") + "]";
    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
        () -> m.readValue(list, new TypeReference<List<Resolution>>() {}));
    assertThat(e.getOriginalMessage()).startsWith("Unknown field 'kind' (known fields: symbol,");
    assertThat(e.getOriginalMessage()).endsWith(" at $[0].kind");
  }

  @Test
  void identifiersAreTheirCanonicalStrings() throws Exception {
    ObjectMapper m = mapper();
    assertThat(m.writeValueAsString(ResolutionSymbol.of(1820, 2008)))
        .isEqualTo("\"S/RES/1820 (2008)\"");
    assertThat(m.writeValueAsString(MeetingRecord.of(4213))).isEqualTo("\"S/PV.4213\"");
    assertThat(m.writeValueAsString(MissionAcronym.parse("unmiss"))).isEqualTo("\"UNMISS\"");
    assertThat(m.writeValueAsString(CountryCode.parse("ssd"))).isEqualTo("\"SSD\"");
    assertThat(m.writeValueAsString(A4pPriorityArea.WOMEN_PEACE_AND_SECURITY))
        .isEqualTo("\"A4P.2\"");
    assertThat(m.readValue("\"S/RES/1888(2009)\"", ResolutionSymbol.class))
        .isEqualTo(ResolutionSymbol.of(1888, 2009));
    assertThat(m.readValue("\"CTA.3\"", PolicyReference.class))
        .isEqualTo(CallToActionCommitment.GENDER_DATA_REVOLUTION);
    assertThat(m.readValue("\"A4P.2\"", A4pPriorityArea.class))
        .isEqualTo(A4pPriorityArea.WOMEN_PEACE_AND_SECURITY);
  }

  @Test
  void policyCodeOfAnotherFrameworkIsRefusedForAFrameworkType() {
    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
        () -> mapper().readValue("\"CTA.1\"", A4pPriorityArea.class));
    assertThat(e.getOriginalMessage())
        .isEqualTo("Text 'CTA.1' could not be parsed as A4pPriorityArea at index 0 (expected one"
            + " of A4P.1, A4P.2, A4P.3, A4P.4, A4P.5, A4P.6, A4P.7, A4P.8) at $");
  }

  @Test
  void enumsAreLowerKebabCase() throws Exception {
    ObjectMapper m = mapper();
    assertThat(m.writeValueAsString(WpsPillar.RELIEF_AND_RECOVERY))
        .isEqualTo("\"relief-and-recovery\"");
    assertThat(m.writeValueAsString(PersonnelType.MILITARY_OBSERVERS_AND_STAFF_OFFICERS))
        .isEqualTo("\"military-observers-and-staff-officers\"");
    assertThat(m.writeValueAsString(PolicyFramework.A4P_PLUS)).isEqualTo("\"a4p-plus\"");
    assertThat(m.readValue("\"formed-police-units\"", PersonnelType.class))
        .isEqualTo(PersonnelType.FORMED_POLICE_UNITS);
    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
        () -> m.readValue("\"FORMED_POLICE_UNITS\"", PersonnelType.class));
    assertThat(e.getOriginalMessage()).startsWith("Expected a personnel type (one of"
        + " military-contingents, staff-officers, ");
  }

  @Test
  void identifiersAndEnumsWorkAsMapKeys() throws Exception {
    ObjectMapper m = mapper();
    Map<PersonnelType, Integer> strength = Map.of(PersonnelType.FORMED_POLICE_UNITS, 5);
    String json = m.writeValueAsString(strength);
    assertThat(json).isEqualTo("{\"formed-police-units\":5}");
    assertThat(m.readValue(json, new TypeReference<Map<PersonnelType, Integer>>() {}))
        .isEqualTo(strength);
    Map<ResolutionSymbol, String> bySymbol = Map.of(ResolutionSymbol.of(1325, 2000), "x");
    String json2 = m.writeValueAsString(bySymbol);
    assertThat(json2).isEqualTo("{\"S/RES/1325 (2000)\":\"x\"}");
    assertThat(m.readValue(json2, new TypeReference<Map<ResolutionSymbol, String>>() {}))
        .isEqualTo(bySymbol);
  }

  @Test
  void voteAtTheRootIsABareObject() throws Exception {
    assertThat(mapper().writeValueAsString(Vote.recorded(13, 0, 2, 0)))
        .isEqualTo("{\"inFavour\":13,\"against\":0,\"abstentions\":2,\"nonVoting\":0,"
            + "\"adoptedWithoutVote\":false}");
  }

  @Test
  void plainMapperWithUnknownFieldsAllowedSkipsThem() throws Exception {
    ObjectMapper m = new ObjectMapper().registerModule(new WpsModule())
        .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(m.readValue(resolutionWith("'x':{'y':[1]}"), Resolution.class).symbol())
        .isEqualTo(ResolutionSymbol.of(1325, 2000));
  }

  @Test
  void facadeReaderAndWriterAreConfigured() throws Exception {
    Resolution r = ResolutionJsonTest.RES_1325;
    byte[] bytes = STRICT.writer(Resolution.class).writeValueAsBytes(r);
    assertThat(bytes).isEqualTo(STRICT.encode(r));
    assertThat((Resolution) STRICT.reader(Resolution.class).readValue(bytes)).isEqualTo(r);
  }
}
