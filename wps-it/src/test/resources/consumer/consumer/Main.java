package consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wpskit.wps.catalog.ReferenceCatalog;
import io.github.wpskit.wps.json.DocumentKind;
import io.github.wpskit.wps.json.WpsJson;
import io.github.wpskit.wps.json.WpsJsonException;
import io.github.wpskit.wps.json.WpsModule;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.validation.ValidationContext;
import io.github.wpskit.wps.validation.Validator;
import java.io.InputStream;

/** Uses the public API the way the README shows it, and prints what it saw, one fact a line. */
public final class Main {
  private Main() {}

  /** Prints the type a plain mapper's user catches, and whether its package is exported to them. */
  private static void plainMapperError(ObjectMapper mapper, String json) {
    try {
      mapper.readValue(json, Resolution.class);
      System.out.println("plain mapper error: none");
    } catch (JsonProcessingException e) {
      Class<?> type = e.getClass();
      System.out.println("plain mapper error: " + type.getName() + " exported: "
          + type.getModule().isExported(type.getPackageName()) + ": " + e.getOriginalMessage());
    }
  }

  public static void main(String[] args) throws Exception {
    ReferenceCatalog catalog = ReferenceCatalog.standard();
    Resolution r1325 = catalog.resolution(ResolutionSymbol.parse("S/RES/1325(2000)")).orElseThrow();
    String json = WpsJson.strict().encodeToString(r1325);
    System.out.println("facade: " + WpsJson.strict().decode(json, Resolution.class).symbol());

    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    System.out.println("service loader: "
        + mapper.getRegisteredModuleIds().contains(WpsModule.class.getName()));
    System.out.println("plain mapper: " + mapper.readValue(json, Resolution.class).equals(r1325));
    System.out.println("module version: " + new WpsModule().version());

    Validator validator = Validator.of(ValidationContext.of(catalog));
    System.out.println("valid: " + validator.validate(r1325).isValid());
    System.out.println("library version: " + Validator.LIBRARY_VERSION);

    try (InputStream schema =
        WpsJson.class.getResourceAsStream(DocumentKind.RESOLUTION.schemaResource())) {
      System.out.println("schema readable: " + (schema != null));
    }
    try {
      WpsJson.strict().decode("{\"kind\":\"resolution\",\"formatVersion\":1}", Resolution.class);
    } catch (WpsJsonException e) {
      System.out.println("error: " + e.getMessage());
    }
    String head = "{\"kind\":\"resolution\",\"formatVersion\":1,\"symbol\":\"S/RES/1325 (2000)\","
        + "\"adopted\":\"2000-10-31\",";
    plainMapperError(mapper, head + "\"wpsAgenda\":\"yes\"}");
    plainMapperError(mapper, head + "\"comment\":\"x\"}");
    Module json0 = WpsJson.class.getModule();
    System.out.println("named module: " + json0.isNamed() + " " + json0.getName());
    System.out.println("internal exported: "
        + json0.isExported("io.github.wpskit.wps.json.internal"));
  }
}
