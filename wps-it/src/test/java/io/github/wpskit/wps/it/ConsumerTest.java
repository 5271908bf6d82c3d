package io.github.wpskit.wps.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as an outside consumer gets it: a small program (src/test/resources/consumer) is
 * compiled against the built wps-core and wps-json, with Jackson and slf4j-api beside them and
 * nothing else, and run in a fresh JVM, once from the module path and once from the class path.
 * Both runs must see the same public behaviour: the facade, the Jackson module found by
 * {@code ServiceLoader} (through {@code provides} on the module path, META-INF/services on the
 * class path), the schemas as resources, the version the build wrote, and the public, exported
 * exception types a plain mapper's user catches for JSON that does not fit. On the module path the
 * {@code internal} packages are closed: a program that imports one does not compile.
 */
class ConsumerTest {
  /** The run-time path of a consumer: the library's jars (or class folders) and its dependencies. */
  private static final List<String> LIBRARY_PATH = libraryPath();

  @TempDir static Path work;

  private static Path consumerSources;

  @BeforeAll
  static void copySources() throws IOException {
    consumerSources = copy("consumer", List.of("module-info.java", "consumer/Main.java"));
  }

  @Test
  void libraryPathHoldsTheLibraryAndItsDependenciesOnly() {
    assertThat(LIBRARY_PATH).hasSize(6);
    assertThat(LIBRARY_PATH).anyMatch(p -> p.contains("wps-core"))
        .anyMatch(p -> p.contains("wps-json"))
        .anyMatch(p -> p.contains("jackson-databind"))
        .anyMatch(p -> p.contains("slf4j-api"));
  }

  @Test
  void runsFromTheModulePath() throws Exception {
    Path classes = work.resolve("module-classes");
    compile(classes, List.of("--module-path", joined(LIBRARY_PATH)),
        consumerSources.resolve("module-info.java"), consumerSources.resolve("consumer/Main.java"));
    List<String> lines = run(List.of("--module-path", joined(List.of(classes.toString()))
        + File.pathSeparator + joined(LIBRARY_PATH), "-m", "consumer/consumer.Main"));
    assertThat(lines).containsAll(commonExpectations())
        .contains("named module: true io.github.wpskit.wps.json", "internal exported: false");
  }

  @Test
  void runsFromTheClassPath() throws Exception {
    Path classes = work.resolve("class-path-classes");
    compile(classes, List.of("-classpath", joined(LIBRARY_PATH)),
        consumerSources.resolve("consumer/Main.java"));
    List<String> lines = run(List.of("-classpath",
        classes + File.pathSeparator + joined(LIBRARY_PATH), "consumer.Main"));
    assertThat(lines).containsAll(commonExpectations())
        .contains("named module: false null", "internal exported: true");
  }

  @Test
  void internalPackagesAreNotVisibleOnTheModulePath() throws Exception {
    Path sources = copy("intruder", List.of("module-info.java", "intruder/Main.java"));
    StringWriter diagnostics = new StringWriter();
    boolean compiled = javac(work.resolve("intruder-classes"),
        List.of("--module-path", joined(LIBRARY_PATH)), diagnostics,
        sources.resolve("module-info.java"), sources.resolve("intruder/Main.java"));
    assertThat(compiled).isFalse();
    assertThat(diagnostics.toString()).contains(
        "package io.github.wpskit.wps.json.internal is declared in module io.github.wpskit.wps.json,"
            + " which does not export it");
  }

  private static List<String> commonExpectations() {
    String version = System.getProperty("wps.expectedVersion");
    return List.of(
        "facade: S/RES/1325 (2000)",
        "service loader: true",
        "plain mapper: true",
        "module version: " + version,
        "valid: true",
        "library version: " + version,
        "schema readable: true",
        "error: Missing required fields 'symbol', 'adopted' at $ (line 1, column 39)",
        "plain mapper error: io.github.wpskit.wps.json.DoesNotFitException exported: true:"
            + " Expected true or false but was \"yes\" at $.wpsAgenda",
        "plain mapper error: io.github.wpskit.wps.json.UnknownFieldException exported: true:"
            + " Unknown field 'comment' (known fields: symbol, adopted, meeting, vote, title,"
            + " summary, wpsAgenda, pillars, recalls) at $.comment");
  }

  /** The entries of this test's class path that a consumer of wps-json needs at run time. */
  private static List<String> libraryPath() {
    List<String> path = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String normalized = entry.replace('\\', '/');
      if (normalized.matches(".*/wps-(core|json)/target/(classes|wps-(core|json)-[^/]*\\.jar)")
          || normalized.matches(".*/(jackson-(core|databind|annotations)|slf4j-api)-[^/]*\\.jar")) {
        path.add(entry);
      }
    }
    return List.copyOf(path);
  }

  private static Path copy(String name, List<String> files) throws IOException {
    Path dir = work.resolve(name + "-src");
    for (String file : files) {
      Path target = dir.resolve(file);
      Files.createDirectories(target.getParent());
      try (InputStream in = ConsumerTest.class.getResourceAsStream("/" + name + "/" + file)) {
        assertThat(in).as(file).isNotNull();
        Files.copy(in, target);
      }
    }
    return dir;
  }

  private static void compile(Path classes, List<String> pathOptions, Path... sources) {
    StringWriter diagnostics = new StringWriter();
    assertThat(javac(classes, pathOptions, diagnostics, sources)).as(diagnostics.toString())
        .isTrue();
  }

  private static boolean javac(Path classes, List<String> pathOptions, StringWriter diagnostics,
      Path... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options = new ArrayList<>(List.of("--release", "17", "-d", classes.toString()));
    if (!pathOptions.contains("-classpath")) {
      // The in-process compiler would otherwise take this test's own class path as the default.
      options.addAll(List.of("-classpath", emptyDirectory().toString()));
    }
    options.addAll(pathOptions);
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      return javac.getTask(diagnostics, files, null, options, null,
          files.getJavaFileObjects(sources)).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path emptyDirectory() {
    try {
      return Files.createDirectories(work.resolve("empty"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> run(List<String> javaArgs) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaArgs);
    Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String stdout = new String(out, StandardCharsets.UTF_8);
    assertThat(process.exitValue())
        .as("exit of %s%nstdout:%n%s%nstderr:%n%s", command, stdout,
            new String(err, StandardCharsets.UTF_8))
        .isZero();
    return stdout.lines().collect(Collectors.toList());
  }

  private static String joined(List<String> path) {
    return String.join(File.pathSeparator, path);
  }
}
