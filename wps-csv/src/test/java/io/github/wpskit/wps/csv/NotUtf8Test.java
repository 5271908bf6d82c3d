package io.github.wpskit.wps.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for a fuzzing finding (issue 14): bytes that are not UTF-8 escaped the reader as
 * a bare {@link java.io.CharConversionException} in the header and as an
 * {@link java.io.UncheckedIOException} ("the stream fails") in a row. They are the file's content,
 * so reading stops with a {@link CsvFormatException} naming the file and the line.
 */
class NotUtf8Test {
  private static final String HEADER = "As_of,Mission,Country,Personnel_Type,Male,Female,Total\n";

  private static byte[] bytes(String before, String after) {
    byte[] a = before.getBytes(StandardCharsets.UTF_8);
    byte[] b = after.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[a.length + 1 + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    all[a.length] = (byte) 0xff;
    System.arraycopy(b, 0, all, a.length + 1, b.length);
    return all;
  }

  @Test
  void byteThatIsNotUtf8InTheHeaderIsAFormatErrorOnLineOne() {
    CsvFormatException e =
        catchThrowableOfType(
            CsvFormatException.class,
            () -> DpoCsv.read(new ByteArrayInputStream(bytes("As_of,Mission,Country", ",Male\n")),
                "t.csv", CsvReadOptions.defaults()));
    assertThat(e).isNotNull();
    assertThat(e.source()).isEqualTo("t.csv");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getMessage()).contains("malformed CSV, reading stops: Invalid UTF-8 start byte 0xff");
  }

  @Test
  void byteThatIsNotUtf8InARowIsAFormatErrorOnItsLineAfterTheGoodRows() throws IOException {
    byte[] file = bytes(HEADER + "31/01/2023,BINUH,Benin,Individual Police,1,0,1\n31/01/2023,BINUH,B",
        "enin,Troops,1,0,1\n");
    try (DeploymentReader reader =
        DpoCsv.read(new ByteArrayInputStream(file), "t.csv", CsvReadOptions.defaults())) {
      assertThat(reader.next().line()).isEqualTo(2);
      CsvFormatException e = catchThrowableOfType(CsvFormatException.class, reader::hasNext);
      assertThat(e).isNotNull();
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.getMessage()).contains("malformed CSV, reading stops: Invalid UTF-8 start byte 0xff");
      assertThat(reader.hasNext()).isFalse();
    }
  }

  @Test
  void firstBytesThatLookLikeUcs4OfNoSupportedOrderAreAFormatErrorOnLineOne() throws IOException {
    // The fuzzing finding: Jackson's encoding detection refused these bytes with a bare
    // CharConversionException ("Unsupported UCS-4 endianness") before the reader existed.
    byte[] file = java.util.Base64.getDecoder()
        .decode("AABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZW1hbCRlQkl4AEgK");
    boolean[] closed = {false};
    ByteArrayInputStream in = new ByteArrayInputStream(file) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    CsvFormatException e = catchThrowableOfType(CsvFormatException.class,
        () -> DpoCsv.read(in, "t.csv", CsvReadOptions.defaults()));
    assertThat(e).isNotNull();
    assertThat(e.source()).isEqualTo("t.csv");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getMessage())
        .contains("malformed CSV, reading stops: not UTF-8: Unsupported UCS-4 endianness");
    assertThat(closed[0]).as("the stream is closed").isTrue();
  }
}
