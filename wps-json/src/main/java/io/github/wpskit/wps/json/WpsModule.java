package io.github.wpskit.wps.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.wpskit.wps.json.internal.Codecs;
import io.github.wpskit.wps.validation.Validator;

/**
 * The Jackson module of the wps JSON format: a serializer and a deserializer for every wps-core type,
 * and map-key codecs for identifiers and enums. Found by {@code ObjectMapper.findAndRegisterModules()}
 * through {@code META-INF/services/com.fasterxml.jackson.databind.Module}.
 *
 * <p>A document type (see {@link DocumentKind}) written or read as the root of a JSON text carries
 * the envelope ({@code "kind"} and {@code "formatVersion"}); nested, it does not. Values are always
 * built through wps-core's builders and factories, so no invalid value can be read.
 *
 * <p>The module does not configure the mapper: an application's own mapper keeps its own limits and
 * features. {@link WpsJson} offers mappers configured for untrusted input.
 *
 * <p>A value that does not fit goes through the mapper's {@code DeserializationContext}, as
 * Jackson's own deserializers do, so the mapper's {@code DeserializationProblemHandler}s are asked
 * first: {@code handleUnknownProperty} for an unknown field, {@code handleUnexpectedToken} for a
 * value of the wrong token type, {@code handleWeirdStringValue} for a string that is no value of
 * the type, {@code handleWeirdNumberValue} for an integer the value cannot hold,
 * {@code handleWeirdKey} for a map key. Each is told the format's message (without the path); a
 * replacement must be a non-null value of the target type, else Jackson's
 * {@code InvalidDefinitionException} reports the broken handler. Then an unknown field is skipped
 * when {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} is disabled, and refused with an
 * {@link UnknownFieldException} (a Jackson {@code UnrecognizedPropertyException}) when it is
 * enabled (Jackson's default). Any other value that does not fit, including what wps-core's rules
 * refuse once the value is read (which no handler is offered), is a {@link DoesNotFitException} (a
 * Jackson {@code MismatchedInputException}). Both name the JSON path and carry the message
 * {@link WpsJson} reports; docs/json-format.md lists the cases.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WpsModule extends Module {
  /** The library's version, parsed once from the one the build wrote. */
  private static final Version VERSION =
      VersionUtil.parseVersion(Validator.LIBRARY_VERSION, "io.github.wpskit", "wps-json");

  /** Creates the module. */
  public WpsModule() {}

  @Override
  public String getModuleName() {
    return "wps";
  }

  /**
   * Returns the version of the wps library, as {@code io.github.wpskit:wps-json} with the version
   * the build wrote into wps-core (the one {@code Validator.LIBRARY_VERSION} reports), so that
   * {@code ObjectMapper.getRegisteredModuleIds()} and Jackson's diagnostics name the release.
   *
   * @return the version, such as {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}
   */
  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    SimpleSerializers keySerializers = new SimpleSerializers();
    SimpleKeyDeserializers keyDeserializers = new SimpleKeyDeserializers();
    Codecs.register(serializers, deserializers, keySerializers, keyDeserializers);
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
    context.addKeySerializers(keySerializers);
    context.addKeyDeserializers(keyDeserializers);
  }
}
