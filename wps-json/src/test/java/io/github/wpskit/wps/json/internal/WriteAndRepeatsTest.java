package io.github.wpskit.wps.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The allocation-saving writers and readers must write and detect exactly what the plain ones do. */
class WriteAndRepeatsTest {

  @ParameterizedTest
  @CsvSource({"1,1946", "9,2000", "10,2000", "99,2000", "100,2000", "999,2000", "1325,2000",
      "9999,2099", "10000,2100", "99999,9999"})
  void symbolIsWrittenAsItsCanonicalText(int number, int year) throws IOException {
    ResolutionSymbol symbol = ResolutionSymbol.of(number, year);
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      Write.symbol(g, symbol);
    }
    assertThat(out.toString()).isEqualTo("\"" + symbol + "\"");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 8, 9, 40})
  void repeatsFindsARepeatBeforeAndAfterSwitchingToHashing(int distinct) {
    Read.Repeats<String> seen = new Read.Repeats<>();
    for (int i = 0; i < distinct; i++) {
      assertThat(seen.add("v" + i)).as("v%d is new", i).isTrue();
    }
    for (int i = 0; i < distinct; i++) {
      assertThat(seen.add("v" + i)).as("v%d repeats", i).isFalse();
    }
    assertThat(seen.add("new")).isTrue();
  }
}
