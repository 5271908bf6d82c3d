package io.github.wpskit.wps.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The group id and version of this library, read once from {@code library.properties} beside this
 * class, which the build writes from the POM (a filtered resource). One source, so the version in
 * validation reports, in {@code WpsModule.version()} and in the published artifacts cannot drift
 * apart as a hand-written literal would.
 *
 * <p>Internal: not part of the public API; users read {@code Validator.LIBRARY_VERSION}.
 */
public final class LibraryVersion {
  /** The resource, next to this class. */
  static final String RESOURCE = "library.properties";

  private static final Properties PROPERTIES = load();

  private LibraryVersion() {}

  /**
   * Returns the version the build gave this library, such as {@code 0.1.0} or
   * {@code 0.2.0-SNAPSHOT}.
   *
   * @return the version
   */
  public static String version() {
    return PROPERTIES.getProperty("version");
  }

  /**
   * Returns the Maven group id of the library's artifacts, {@code io.github.wpskit}.
   *
   * @return the group id
   */
  public static String groupId() {
    return PROPERTIES.getProperty("groupId");
  }

  private static Properties load() {
    try (InputStream in = LibraryVersion.class.getResourceAsStream(RESOURCE)) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE + " of wps-core", e);
    }
  }

  /**
   * Reads and checks the properties: a missing resource or an unfiltered {@code ${...}} is a broken
   * build, reported as such rather than written into every report.
   *
   * @param in the resource's bytes, or null if it is missing
   * @return the properties, with {@code groupId} and {@code version}
   * @throws IOException if the resource cannot be read
   * @throws IllegalStateException if it is missing or a value is absent or unfiltered
   */
  static Properties parse(InputStream in) throws IOException {
    if (in == null) {
      throw new IllegalStateException(
          "wps-core is built wrongly: resource " + RESOURCE + " is missing");
    }
    Properties properties = new Properties();
    properties.load(in);
    for (String key : new String[] {"groupId", "version"}) {
      String value = properties.getProperty(key, "");
      if (value.isBlank() || value.contains("${")) {
        throw new IllegalStateException("wps-core is built wrongly: " + key + " in " + RESOURCE
            + " is not set by the build: '" + value + "'");
      }
    }
    return properties;
  }
}
