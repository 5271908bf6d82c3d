package io.github.wpskit.wps.benchmarks.baseline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Baseline (a): the records bound by Jackson databind as a typical user sets it up. A default mapper
 * plus the two lines nearly every user of {@code java.time} adds: register {@link JavaTimeModule} and
 * write dates as ISO strings rather than arrays. Readers and writers are created once and reused, as
 * Jackson recommends.
 */
public final class Databind {
  /** The mapper. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  /** Reads {@link DeploymentRecord}. */
  public static final ObjectReader DEPLOYMENT_READER = MAPPER.readerFor(DeploymentRecord.class);
  /** Writes {@link DeploymentRecord}. */
  public static final ObjectWriter DEPLOYMENT_WRITER = MAPPER.writerFor(DeploymentRecord.class);
  /** Reads {@link MandateRecord}. */
  public static final ObjectReader MANDATE_READER = MAPPER.readerFor(MandateRecord.class);
  /** Writes {@link MandateRecord}. */
  public static final ObjectWriter MANDATE_WRITER = MAPPER.writerFor(MandateRecord.class);

  private Databind() {}
}
