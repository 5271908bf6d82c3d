package io.github.wpskit.wps.json;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of the decoders, one per entry point family: each document kind (strict and lenient,
 * from bytes, stream and text), any kind ({@code Object.class}) and NDJSON. Each checks
 * {@link DecoderContract} on its input.
 *
 * <p>Under a plain {@code ./mvnw verify} Jazzer runs them in regression mode: each once with an
 * empty input and once with every committed seed, the files under
 * {@code src/test/resources/io/github/wpskit/wps/json/DecoderFuzzTestInputs/} (shared by all
 * methods; each method's own folder adds its kind's seeds and the inputs of past findings). With
 * {@code JAZZER_FUZZ=1} one method fuzzes for a set time: {@code scripts/fuzz.sh} runs each in
 * turn (docs/RELIABILITY.md).
 */
class DecoderFuzzTest {

  @FuzzTest
  void resolution(byte[] input) {
    DecoderContract.typed(DocumentKind.RESOLUTION, input);
  }

  @FuzzTest
  void mission(byte[] input) {
    DecoderContract.typed(DocumentKind.MISSION, input);
  }

  @FuzzTest
  void mandate(byte[] input) {
    DecoderContract.typed(DocumentKind.MANDATE, input);
  }

  @FuzzTest
  void genderStaffingTable(byte[] input) {
    DecoderContract.typed(DocumentKind.GENDER_STAFFING_TABLE, input);
  }

  @FuzzTest
  void signatory(byte[] input) {
    DecoderContract.typed(DocumentKind.SIGNATORY, input);
  }

  @FuzzTest
  void compactCommitment(byte[] input) {
    DecoderContract.typed(DocumentKind.COMPACT_COMMITMENT, input);
  }

  @FuzzTest
  void compactReport(byte[] input) {
    DecoderContract.typed(DocumentKind.COMPACT_REPORT, input);
  }

  @FuzzTest
  void deployment(byte[] input) {
    DecoderContract.typed(DocumentKind.DEPLOYMENT, input);
  }

  @FuzzTest
  void parityTargets(byte[] input) {
    DecoderContract.typed(DocumentKind.PARITY_TARGETS, input);
  }

  @FuzzTest
  void parityAnalysis(byte[] input) {
    DecoderContract.typed(DocumentKind.PARITY_ANALYSIS, input);
  }

  @FuzzTest
  void validationReport(byte[] input) {
    DecoderContract.typed(DocumentKind.VALIDATION_REPORT, input);
  }

  @FuzzTest
  void catalog(byte[] input) {
    DecoderContract.typed(DocumentKind.CATALOG, input);
  }

  @FuzzTest
  void anyKind(byte[] input) {
    DecoderContract.anyKind(input);
  }

  @FuzzTest
  void ndjson(byte[] input) {
    DecoderContract.ndjson(input);
  }
}
