package io.github.wpskit.wps.cli;

import io.github.wpskit.wps.json.DocumentKind;
import io.github.wpskit.wps.json.WpsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wps schema KIND}: prints the JSON Schema (draft 2020-12) of a document kind. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    versionProvider = WpsCommand.Version.class,
    description = "Print the JSON Schema (draft 2020-12) of a document kind.")
final class SchemaCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "KIND", completionCandidates = Kinds.class,
      description = "The document kind: ${COMPLETION-CANDIDATES}.")
  String kind;

  /** The kind ids, for the help text. */
  static final class Kinds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(DocumentKind.values()).map(DocumentKind::id).iterator();
    }
  }

  @Override
  public Integer call() {
    DocumentKind documentKind = DocumentKind.ofId(kind).orElse(null);
    if (documentKind == null) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("wps: unknown document kind '" + kind + "'; kinds are "
          + Arrays.stream(DocumentKind.values()).map(DocumentKind::id)
          .collect(Collectors.joining(", ")));
      err.flush();
      return ExitCodes.UNUSABLE_INPUT;
    }
    try (InputStream in = WpsJson.class.getResourceAsStream(documentKind.schemaResource())) {
      if (in == null) {
        throw new IllegalStateException("The schema of " + kind + " is missing from the jar: "
            + documentKind.schemaResource());
      }
      PrintWriter out = spec.commandLine().getOut();
      String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      out.print(schema.endsWith("\n") ? schema : schema + "\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ExitCodes.OK;
  }
}
