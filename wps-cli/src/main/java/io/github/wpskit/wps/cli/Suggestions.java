package io.github.wpskit.wps.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Says what a mistyped command or option was probably meant to be, with picocli's own similarity
 * search: {@code wps validat} gets {@code Did you mean: validate?}.
 */
final class Suggestions {
  private Suggestions() {}

  /**
   * Prints the suggestions for a usage error, if it has any.
   *
   * @param ex the usage error
   * @param err where to print
   */
  static void print(CommandLine.ParameterException ex, PrintWriter err) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException)) {
      return;
    }
    List<String> suggestions = ((CommandLine.UnmatchedArgumentException) ex).getSuggestions();
    if (!suggestions.isEmpty()) {
      err.println("Did you mean: " + suggestions.stream().map(OneLine::of)
          .collect(Collectors.joining(" or ")) + "?");
    }
  }
}
