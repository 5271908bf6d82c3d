package io.github.wpskit.wps.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The sample documents bundled with the examples, read from the class path (inside {@code wps.jar},
 * or {@code src/main/resources/samples} in the repository), so that every example runs without
 * arguments. The samples README says which facts in them are real and which figures are illustrative.
 */
public final class Samples {
  /** The complete MINUSCA gender staffing table. */
  public static final String MINUSCA_TABLE = "gender/minusca-2015-01-31.json";
  /** The MINUSMA gender staffing table, dated before the mission closed, without a Senior Gender Adviser. */
  public static final String MINUSMA_TABLE = "gender/minusma-2023-03-31.json";
  /** An UNMISS gender staffing table that places a Military Gender Adviser in the police component. */
  public static final String MISPLACED_ADVISER_TABLE =
      "invalid/military-gender-adviser-in-police.json";
  /** The MONUSCO gender staffing table, without a Women Protection Adviser. */
  public static final String MONUSCO_TABLE = "gender/monusco-2011-01-31.json";
  /** MONUSCO's mandate under resolution 1925 (2010), with CRSV tasks. */
  public static final String MONUSCO_MANDATE = "mandates/monusco-s-res-1925-2010.json";
  /** Compact commitments of two illustrative signatories. */
  public static final String COMPACT_COMMITMENTS = "compact/commitments.ndjson";
  /** An annual Compact report on 2024. */
  public static final String COMPACT_REPORT = "compact/report-2024.json";
  /** Monthly deployment figures for 2024: four missions, four personnel categories. */
  public static final String MONTHLY_DEPLOYMENTS = "deployments/monthly-2024.ndjson";
  /** A batch of deployment records with three bad lines among good ones. */
  public static final String BATCH_WITH_BAD_LINES = "invalid/deployments-with-bad-lines.ndjson";

  private Samples() {}

  /**
   * Opens a bundled sample.
   *
   * @param name the name under {@code samples/}, such as {@link #MINUSCA_TABLE}
   * @return the stream, to be closed by the caller
   * @throws UncheckedIOException if there is no such sample
   */
  public static InputStream open(String name) {
    InputStream in = Samples.class.getResourceAsStream("/samples/" + name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("No bundled sample samples/" + name));
    }
    return in;
  }

  /**
   * Reads a bundled sample whole.
   *
   * @param name the name under {@code samples/}
   * @return the bytes
   * @throws UncheckedIOException if there is no such sample or it cannot be read
   */
  public static byte[] read(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
