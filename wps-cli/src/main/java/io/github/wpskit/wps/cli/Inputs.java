package io.github.wpskit.wps.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the command line's file arguments into the inputs to read: a file as it is; a directory as
 * every file below it with a known extension ({@value InputFormat#KNOWN_EXTENSIONS}, in any case),
 * in name order; {@code -} as standard input. What cannot be used (a file not found, a directory
 * with no such file) is an input with a problem, so that it is reported with the rest rather than
 * ending the run.
 *
 * <p>Standard input is copied to a temporary file first, deleted by {@link #close()}: its format is
 * then told from its content like any file's, and a batch whose documents refer to each other in
 * the wrong order can be read twice.
 */
final class Inputs implements AutoCloseable {

  /** One input: the name to show, the file to read, and why it cannot be read, if it cannot. */
  static final class Input {
    final String name;
    final Path path;
    final String problem;

    Input(String name, Path path, String problem) {
      this.name = name;
      this.path = path;
      this.problem = problem;
    }
  }

  private final List<Input> inputs = new ArrayList<>();
  private Path stdinCopy;

  private Inputs() {}

  /**
   * Expands the arguments.
   *
   * @param args the file, directory and {@code -} arguments, in order
   * @param stdin standard input, read only if {@code -} is given
   * @return the inputs, in order; close it to delete the copy of standard input
   */
  static Inputs expand(List<String> args, InputStream stdin) {
    Inputs result = new Inputs();
    for (String arg : args) {
      if (arg.equals("-")) {
        result.addStdin(stdin);
      } else {
        result.addPath(arg);
      }
    }
    return result;
  }

  /**
   * Returns the inputs.
   *
   * @return the inputs, in the order given, directories expanded
   */
  List<Input> list() {
    return inputs;
  }

  private void addStdin(InputStream stdin) {
    if (stdinCopy != null) {
      inputs.add(new Input("-", null, "standard input is named twice"));
      return;
    }
    try {
      stdinCopy = Files.createTempFile("wps-stdin-", ".tmp");
      stdinCopy.toFile().deleteOnExit();
      Files.copy(stdin, stdinCopy, StandardCopyOption.REPLACE_EXISTING);
      inputs.add(new Input("-", stdinCopy, null));
    } catch (IOException e) {
      inputs.add(new Input("-", null, "standard input cannot be read: " + e.getMessage()));
    }
  }

  private void addPath(String arg) {
    Path path;
    try {
      path = Path.of(arg);
    } catch (java.nio.file.InvalidPathException e) {
      inputs.add(new Input(arg, null, "not a valid file name: " + e.getReason()));
      return;
    }
    if (Files.isDirectory(path)) {
      List<Path> found;
      try (Stream<Path> walk = Files.walk(path)) {
        found = walk.filter(Files::isRegularFile)
            .filter(p -> InputFormat.isKnown(p.getFileName().toString()))
            .sorted()
            .collect(Collectors.toList());
      } catch (IOException | UncheckedIOException e) {
        inputs.add(new Input(arg, null, "the directory cannot be read: " + message(e)));
        return;
      }
      if (found.isEmpty()) {
        inputs.add(new Input(arg, null,
            "the directory holds no file ending in " + InputFormat.KNOWN_EXTENSIONS));
      }
      for (Path p : found) {
        inputs.add(new Input(p.toString(), p, null));
      }
    } else if (!Files.exists(path)) {
      inputs.add(new Input(arg, null, "file not found"));
    } else if (!Files.isReadable(path)) {
      inputs.add(new Input(arg, null, "permission denied"));
    } else {
      inputs.add(new Input(arg, path, null));
    }
  }

  private static String message(Exception e) {
    Throwable t = e instanceof UncheckedIOException ? e.getCause() : e;
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** Deletes the copy of standard input, if any. */
  @Override
  public void close() {
    if (stdinCopy != null) {
      try {
        Files.deleteIfExists(stdinCopy);
      } catch (IOException e) {
        // deleteOnExit still applies
      }
    }
  }
}
