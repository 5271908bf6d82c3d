package io.github.wpskit.wps;

/**
 * Thrown when text cannot be parsed into a value: a resolution symbol, a meeting record, an acronym.
 * Carries the whole input and the index at which parsing failed, as java.time's
 * {@code DateTimeParseException} does. The message quotes the input, cut after 1000 characters.
 */
public final class ParseException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** The longest input a message quotes whole. */
  private static final int MAX_SHOWN = 1000;

  private final String input;
  private final int errorIndex;

  /**
   * Creates a parse exception.
   *
   * @param type the type being parsed, for example {@code ResolutionSymbol}
   * @param input the text that was given
   * @param errorIndex the index in {@code input} where it stopped matching, 0 when unknown
   * @param expected what the text must look like, for example {@code S/RES/<number> (<year>)}
   */
  public ParseException(String type, CharSequence input, int errorIndex, String expected) {
    super(
        type,
        String.valueOf(input),
        "Text " + shown(String.valueOf(input)) + " could not be parsed as " + type + " at index "
            + errorIndex + " (expected " + expected + ")",
        null);
    this.input = String.valueOf(input);
    this.errorIndex = errorIndex;
  }

  /**
   * Quotes the input for the message. Input longer than {@link #MAX_SHOWN} characters (hostile or
   * mistaken: a whole file passed as a symbol) is cut there, without splitting a surrogate pair, and
   * its length given, so that the message stays small; {@link #input()} keeps all of it.
   */
  private static String shown(String input) {
    if (input.length() <= MAX_SHOWN) {
      return "'" + input + "'";
    }
    int cut = MAX_SHOWN;
    if (Character.isHighSurrogate(input.charAt(cut - 1))) {
      cut--;
    }
    return "'" + input.substring(0, cut) + "...' (" + input.length() + " characters)";
  }

  /**
   * Returns the text that failed to parse.
   *
   * @return the input, never null ({@code "null"} for a null input)
   */
  public String input() {
    return input;
  }

  /**
   * Returns the index in the input at which parsing failed.
   *
   * @return a zero-based index
   */
  public int errorIndex() {
    return errorIndex;
  }
}
