package io.github.wpskit.wps.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.wpskit.wps.InvalidValueException;
import io.github.wpskit.wps.mission.PersonnelType;
import io.github.wpskit.wps.resolution.Resolution;
import io.github.wpskit.wps.resolution.ResolutionSymbol;
import io.github.wpskit.wps.resolution.Vote;
import io.github.wpskit.wps.resolution.WpsPillar;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plain {@code ObjectMapper} with {@link WpsModule}: values that do not fit go through Jackson's
 * {@code DeserializationContext}, so the application's {@link DeserializationProblemHandler} runs
 * (unknown fields, wrong token types, unparsable text, numbers out of range, map keys), and what
 * the application catches, reading or writing, is a public type of an exported package, with the
 * facade's message.
 */
class ProblemHandlerTest extends JsonTestSupport {
  private static final Resolution WITHOUT_EXTRAS = STRICT.decode(resolutionWith(""), Resolution.class);
  private static final String VOTE = "'vote':{'inFavour':15,'against':0,'abstentions':0,'nonVoting':0}";

  /** Records every unknown field offered to it and takes it (skipping its value) or declines. */
  private static final class Recorder extends DeserializationProblemHandler {
    final List<String> seen = new ArrayList<>();
    final boolean take;

    Recorder(boolean take) {
      this.take = take;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
        JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName)
        throws IOException {
      seen.add(propertyName + " of " + ((Class<?>) beanOrClass).getSimpleName() + ", known "
          + deserializer.getKnownPropertyNames().iterator().next() + "...");
      if (take) {
        p.skipChildren();
      }
      return take;
    }
  }

  /** Records what Jackson's value callbacks are told and answers with a fixed value. */
  private static final class Replacer extends DeserializationProblemHandler {
    final List<String> seen = new ArrayList<>();
    final Object answer;

    Replacer(Object answer) {
      this.answer = answer;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType,
        JsonToken t, JsonParser p, String failureMsg) throws IOException {
      seen.add("token " + targetType.getRawClass().getSimpleName() + " " + t + ": " + failureMsg);
      p.skipChildren();
      return answer;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType,
        String valueToConvert, String failureMsg) {
      seen.add("string " + targetType.getSimpleName() + " " + valueToConvert + ": " + failureMsg);
      return answer;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType,
        Number valueToConvert, String failureMsg) {
      seen.add("number " + targetType.getSimpleName() + " " + valueToConvert + " ("
          + valueToConvert.getClass().getSimpleName() + "): " + failureMsg);
      return answer;
    }

    @Override
    public Object handleWeirdKey(DeserializationContext ctxt, Class<?> rawKeyType,
        String keyValue, String failureMsg) {
      seen.add("key " + rawKeyType.getSimpleName() + " " + keyValue + ": " + failureMsg);
      return answer;
    }
  }

  private static ObjectMapper plain() {
    return new ObjectMapper().registerModule(new WpsModule());
  }

  private static Resolution readWith(DeserializationProblemHandler handler, String fields)
      throws IOException {
    return plain().addHandler(handler).readValue(resolutionWith(json(fields)), Resolution.class);
  }

  @Test
  void problemHandlerTakesUnknownFieldsAtTheTopAndNested() throws Exception {
    Recorder recorder = new Recorder(true);
    Resolution read = readWith(recorder,
        "'comment':'x','note':{'a':[1,{'b':2}]},'vote':{'inFavour':15,'against':0,"
            + "'abstentions':0,'nonVoting':0,'tally':'15-0-0'}");
    assertThat(read.symbol()).isEqualTo(WITHOUT_EXTRAS.symbol());
    assertThat(read.vote()).contains(Vote.of(15, 0, 0, 0, false));
    assertThat(recorder.seen).containsExactly(
        "comment of Resolution, known symbol...",
        "note of Resolution, known symbol...",
        "tally of Vote, known inFavour...");
  }

  @Test
  void unknownFieldNoHandlerTakesIsJacksonsUnrecognizedPropertyException() {
    Recorder recorder = new Recorder(false);
    UnrecognizedPropertyException e = catchThrowableOfType(UnrecognizedPropertyException.class,
        () -> readWith(recorder, "'comment':'x'"));
    assertThat(recorder.seen).containsExactly("comment of Resolution, known symbol...");
    assertThat(e).isInstanceOf(UnknownFieldException.class);
    assertThat(e.getPropertyName()).isEqualTo("comment");
    assertThat(e.getReferringClass()).isEqualTo(Resolution.class);
    assertThat(e.getKnownPropertyIds()).containsExactly("symbol", "adopted", "meeting", "vote",
        "title", "summary", "wpsAgenda", "pillars", "recalls");
    assertThat(e.getOriginalMessage()).isEqualTo("Unknown field 'comment' (known fields: symbol, "
        + "adopted, meeting, vote, title, summary, wpsAgenda, pillars, recalls) at $.comment");
    assertThat(((UnknownFieldException) e).jsonPath()).isEqualTo("$.comment");
    assertThat(((UnknownFieldException) e).detail()).startsWith("Unknown field 'comment' (");
    assertThat(e.getLocation().getLineNr()).isEqualTo(1);
    assertThat(e.getLocation().getColumnNr()).isEqualTo(102);
    assertPublicAndExported(e);
  }

  @Test
  void handlersOwnRefusalOfAnUnknownFieldReachesTheCaller() {
    UnrecognizedPropertyException own = new UnrecognizedPropertyException(null, "not here", null,
        Resolution.class, "comment", List.of()) {
      private static final long serialVersionUID = 1L;
    };
    Throwable e = catchThrowable(() -> readWith(new DeserializationProblemHandler() {
      @Override
      public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
          JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName)
          throws IOException {
        throw own;
      }
    }, "'comment':'x'"));
    assertThat(e).isSameAs(own);
  }

  @Test
  void unknownFieldIsSkippedWhenTheMapperDoesNotFailOnUnknownProperties() throws Exception {
    ObjectMapper m = plain().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(m.readValue(resolutionWith(json("'comment':{'x':[1]}")), Resolution.class))
        .isEqualTo(WITHOUT_EXTRAS);
  }

  @Test
  void facadeReportsAnUnknownFieldAsBefore() {
    assertFails(() -> STRICT.decode(resolutionWith(json("'comment':'x'")), Resolution.class),
        WpsJsonException.Problem.DOES_NOT_FIT, "$.comment",
        "Unknown field 'comment' (known fields: symbol, adopted, meeting, vote, title, summary, "
            + "wpsAgenda, pillars, recalls) at $.comment (line 1, column 102)");
  }

  @Test
  void wrongTokenTypeGoesToHandleUnexpectedToken() throws Exception {
    Replacer handler = new Replacer(Boolean.TRUE);
    assertThat(readWith(handler, "'wpsAgenda':'yes'").wpsAgenda()).isTrue();
    assertThat(handler.seen).containsExactly(
        "token boolean VALUE_STRING: Expected true or false but was \"yes\"");
  }

  @Test
  void objectOfTheWrongTokenTypeGoesToHandleUnexpectedToken() throws Exception {
    Vote unanimous = Vote.of(15, 0, 0, 0, false);
    Replacer handler = new Replacer(unanimous);
    assertThat(readWith(handler, "'vote':['15-0-0'],'title':'t'").vote()).contains(unanimous);
    assertThat(handler.seen).containsExactly(
        "token Vote START_ARRAY: Expected a vote (an object) but was an array");
  }

  @Test
  void unparsableDateGoesToHandleWeirdStringValue() throws Exception {
    DeserializationProblemHandler dayFirst = new DeserializationProblemHandler() {
      @Override
      public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType,
          String valueToConvert, String failureMsg) {
        return targetType == LocalDate.class
            ? LocalDate.parse(valueToConvert, DateTimeFormatter.ofPattern("dd/MM/yyyy"))
            : NOT_HANDLED;
      }
    };
    Resolution read = plain().addHandler(dayFirst).readValue(json("{'kind':'resolution',"
        + "'formatVersion':1,'symbol':'S/RES/1325 (2000)','adopted':'31/10/2000'}"),
        Resolution.class);
    assertThat(read).isEqualTo(WITHOUT_EXTRAS);
  }

  @Test
  void handlerIsToldTheFormatsMessageForAStringThatIsNoValue() throws Exception {
    Replacer handler = new Replacer(LocalDate.of(2000, 10, 31));
    plain().addHandler(handler).readValue(json("{'kind':'resolution','formatVersion':1,"
        + "'symbol':'S/RES/1325 (2000)','adopted':'2000-02-30'}"), Resolution.class);
    assertThat(handler.seen).containsExactly("string LocalDate 2000-02-30: Expected a date "
        + "(yyyy-mm-dd) but was \"2000-02-30\" (Invalid date 'FEBRUARY 30')");
  }

  @Test
  void identifierWpsCoreRefusesGoesToHandleWeirdStringValueWithWpsCoresMessage()
      throws Exception {
    Replacer handler = new Replacer(ResolutionSymbol.of(1820, 2008));
    Resolution read = readWith(handler, "'recalls':['S/RES/1820']");
    assertThat(read.recalls()).containsExactly(ResolutionSymbol.of(1820, 2008));
    String expected = catchThrowableOfType(InvalidValueException.class,
        () -> ResolutionSymbol.parse("S/RES/1820")).getMessage();
    assertThat(handler.seen).containsExactly("string ResolutionSymbol S/RES/1820: " + expected);
  }

  @Test
  void unknownEnumSpellingGoesToHandleWeirdStringValue() throws Exception {
    DeserializationProblemHandler anyCase = new DeserializationProblemHandler() {
      @Override
      public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType,
          String valueToConvert, String failureMsg) {
        return targetType == WpsPillar.class
            ? WpsPillar.valueOf(valueToConvert.toUpperCase(Locale.ROOT))
            : NOT_HANDLED;
      }
    };
    Resolution read = plain().addHandler(anyCase)
        .readValue(resolutionWith(json("'pillars':['Prevention','participation']")),
            Resolution.class);
    assertThat(read.pillars()).containsExactly(WpsPillar.PARTICIPATION, WpsPillar.PREVENTION);
  }

  @Test
  void integerTooLargeForTheValueGoesToHandleWeirdNumberValue() throws Exception {
    Replacer handler = new Replacer(15);
    Resolution read = readWith(handler,
        "'vote':{'inFavour':99999999999,'against':0,'abstentions':0,'nonVoting':0}");
    assertThat(read.vote()).contains(Vote.of(15, 0, 0, 0, false));
    assertThat(handler.seen).containsExactly("number int 99999999999 (Long): Expected an integer "
        + "between -2147483648 and 2147483647 but was the number 99999999999");
  }

  @Test
  void mapKeyThatIsNoValueGoesToHandleWeirdKey() throws Exception {
    Replacer handler = new Replacer(PersonnelType.MILITARY_CONTINGENTS);
    Map<PersonnelType, Integer> read = plain().addHandler(handler).readValue(
        json("{'Troops':5}"), new TypeReference<Map<PersonnelType, Integer>>() {});
    assertThat(read).containsExactly(Map.entry(PersonnelType.MILITARY_CONTINGENTS, 5));
    assertThat(handler.seen).singleElement().asString()
        .startsWith("key PersonnelType Troops: Expected a personnel type (one of ")
        .endsWith(") but was the field name \"Troops\"");
  }

  @Test
  void handlerThatDeclinesLeavesTheErrorAsWithoutHandler() {
    String fields = "'wpsAgenda':'yes'";
    Throwable without = catchThrowable(
        () -> plain().readValue(resolutionWith(json(fields)), Resolution.class));
    Replacer declining = new Replacer(DeserializationProblemHandler.NOT_HANDLED);
    Throwable declined = catchThrowable(() -> readWith(declining, fields));
    assertThat(declining.seen).hasSize(1);
    assertThat(declined).isInstanceOf(DoesNotFitException.class)
        .hasMessage(without.getMessage());
  }

  @Test
  void replacementOfTheWrongTypeIsABrokenHandler() {
    InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
        () -> readWith(new Replacer("2000-10-31"), "'vote':7"));
    assertThat(e.getOriginalMessage()).isEqualTo("DeserializationProblemHandler"
        + ".handleUnexpectedToken() for type `io.github.wpskit.wps.resolution.Vote` returned value"
        + " of type `java.lang.String`");
  }

  @Test
  void nullReplacementIsABrokenHandlerSinceWpsValuesAreNeverNull() {
    InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
        () -> readWith(new Replacer(null), "'title':7"));
    assertThat(e.getOriginalMessage()).isEqualTo("DeserializationProblemHandler"
        + ".handleUnexpectedToken() for type `java.lang.String` returned null, and wps values are"
        + " never null");
  }

  @Test
  void handlersOwnExceptionReachesTheCaller() {
    JsonMappingException own = new JsonMappingException(null, "no agenda guessing here");
    Throwable e = catchThrowable(() -> readWith(new DeserializationProblemHandler() {
      @Override
      public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType,
          JsonToken t, JsonParser p, String failureMsg) throws IOException {
        throw own;
      }
    }, "'wpsAgenda':'yes'"));
    assertThat(e).isSameAs(own);
  }

  @Test
  void valueThatDoesNotFitIsAPublicMismatchedInputException() {
    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
        () -> plain().readValue(resolutionWith(json("'wpsAgenda':'true'")), Resolution.class));
    assertThat(e).isInstanceOf(DoesNotFitException.class);
    DoesNotFitException f = (DoesNotFitException) e;
    assertThat(f.jsonPath()).isEqualTo("$.wpsAgenda");
    assertThat(f.detail()).isEqualTo("Expected true or false but was \"true\"");
    assertThat(e.getOriginalMessage()).isEqualTo(f.detail() + " at $.wpsAgenda");
    assertThat(e.getTargetType()).isEqualTo(boolean.class);
    assertPublicAndExported(e);
  }

  @Test
  void refusalByWpsCoreRidesAlongAsTheCause() {
    DoesNotFitException e = catchThrowableOfType(DoesNotFitException.class,
        () -> plain().readValue(resolutionWith(json("'recalls':['S/RES/1820']")),
            Resolution.class));
    assertThat(e.getCause()).isInstanceOf(InvalidValueException.class);
    assertThat(e.detail()).isEqualTo(e.getCause().getMessage());
  }

  @Test
  void valueTheFormatCannotWriteIsAPublicNotEncodableException() {
    Resolution r = Resolution.builder().symbol(ResolutionSymbol.of(1, 1946))
        .adopted(LocalDate.of(10_000, 1, 1)).build();
    NotEncodableException e = catchThrowableOfType(NotEncodableException.class,
        () -> plain().writeValueAsString(r));
    assertThat(e.getOriginalMessage()).isEqualTo("Cannot encode date +10000-01-01: the format has"
        + " four-digit years 0000-9999 at $.adopted");
    assertThat(e.jsonPath()).isEqualTo("$.adopted");
    assertThat(e.detail()).isEqualTo(
        "Cannot encode date +10000-01-01: the format has four-digit years 0000-9999");
    assertPublicAndExported(e);
  }

  /** One document per way of not fitting; a plain mapper's user catches a public type for each. */
  @ParameterizedTest
  @ValueSource(strings = {
      "{'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)','adopted':'2000-10-31','x':1}",
      "{'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)','adopted':'2000-10-31','wpsAgenda':1}",
      "{'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325','adopted':'2000-10-31'}",
      "{'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)','adopted':'2000-13-01'}",
      "{'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)','adopted':'2000-10-31','pillars':['x']}",
      "{'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)','adopted':'2000-10-31','pillars':['prevention','prevention']}",
      "{'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)','adopted':'2000-10-31','vote':{'inFavour':16,'against':0,'abstentions':0,'nonVoting':0}}",
      "{'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)','adopted':'2000-10-31','vote':{'inFavour':1e3}}",
      "{'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)'}",
      "{'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)','symbol':'S/RES/1325 (2000)'}",
      "{'kind':'mission','formatVersion':1,'symbol':'S/RES/1325 (2000)','adopted':'2000-10-31'}",
      "{'kind':'resolution','formatVersion':2,'symbol':'S/RES/1325 (2000)','adopted':'2000-10-31'}",
      "{'formatVersion':1,'symbol':'S/RES/1325 (2000)','adopted':'2000-10-31'}",
      "['resolution']",
      "{'kind':'resolution','formatVersion':1,'symbol':'S/RES/1325 (2000)','adopted':'2000-10-31'",
  })
  void plainMapperUserCatchesOnlyPublicTypes(String document) {
    Throwable e = catchThrowable(() -> plain().readValue(json(document), Resolution.class));
    assertThat(e).as(document).isNotNull();
    assertPublicAndExported(e);
    // The facade reports the same path for every one that is not malformed JSON.
    if (e instanceof DoesNotFitException || e instanceof UnknownFieldException) {
      WpsJsonException facade = catchThrowableOfType(WpsJsonException.class,
          () -> STRICT.decode(json(document), Resolution.class));
      assertThat(facade.path()).isEqualTo(e instanceof DoesNotFitException
          ? ((DoesNotFitException) e).jsonPath() : ((UnknownFieldException) e).jsonPath());
    }
  }

  private static void assertPublicAndExported(Throwable e) {
    Class<?> type = e.getClass();
    assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isTrue();
    String pkg = type.getPackageName();
    if (pkg.startsWith("io.github.wpskit.")) {
      assertThat(exportedPackages()).as(type.getName()).contains(pkg);
    } else {
      assertThat(pkg).as(type.getName()).startsWith("com.fasterxml.jackson.");
    }
  }

  /**
   * The packages wps-json's module-info exports to everyone, read from the compiled descriptor
   * beside WpsModule's class (the tests run from the class path, where every module is unnamed).
   */
  private static Set<String> exportedPackages() {
    try (InputStream in = Files.newInputStream(Path.of(WpsModule.class.getProtectionDomain()
        .getCodeSource().getLocation().toURI()).resolve("module-info.class"))) {
      ModuleDescriptor descriptor = ModuleDescriptor.read(in);
      assertThat(descriptor.name()).isEqualTo("io.github.wpskit.wps.json");
      return descriptor.exports().stream().filter(x -> !x.isQualified())
          .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
