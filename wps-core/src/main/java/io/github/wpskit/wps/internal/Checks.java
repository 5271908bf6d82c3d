package io.github.wpskit.wps.internal;

import io.github.wpskit.wps.InvalidValueException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;

/**
 * Invariant checks shared by the model types' {@code @Value.Check} methods. Each throws
 * {@link InvalidValueException} naming the attribute ({@code Type.attribute}) and the value.
 *
 * <p>Internal: not part of the public API.
 */
public final class Checks {
  /** Upper bound on free-text attributes, so hostile input cannot make a value huge. */
  public static final int MAX_TEXT_LENGTH = 10_000;

  /** Lists up to this size are checked for repeats pairwise, without allocating. */
  private static final int SMALL = 8;

  /** How many characters of an overlong text a message shows. */
  private static final int SHOWN_PREFIX = 40;

  private Checks() {}

  /**
   * Requires {@code min <= value <= max}.
   *
   * @param attribute the attribute as {@code Type.attribute}
   * @param value the value
   * @param min the smallest valid value
   * @param max the largest valid value
   * @return the value
   */
  public static long inRange(String attribute, long value, long min, long max) {
    if (value < min || value > max) {
      throw new InvalidValueException(attribute, value, "valid values " + min + " - " + max);
    }
    return value;
  }

  /**
   * Requires a finite number within a range.
   *
   * @param attribute the attribute as {@code Type.attribute}
   * @param value the value
   * @param min the smallest valid value
   * @param max the largest valid value
   * @return the value
   */
  public static double inRange(String attribute, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new InvalidValueException(attribute, value, "valid values " + min + " - " + max);
    }
    return value;
  }

  /**
   * Requires a finite number (not NaN, not infinite).
   *
   * @param attribute the attribute as {@code Type.attribute}
   * @param value the value
   * @return the value
   */
  public static double finite(String attribute, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidValueException(attribute, value, "must be a finite number");
    }
    return value;
  }

  /**
   * Requires text that is not blank, has no leading or trailing white space and is at most
   * {@link #MAX_TEXT_LENGTH} characters long.
   *
   * @param attribute the attribute as {@code Type.attribute}
   * @param value the text
   * @return the text
   */
  public static String text(String attribute, String value) {
    return text(attribute, value, MAX_TEXT_LENGTH);
  }

  /**
   * Requires text that is not blank, has no leading or trailing white space and is at most
   * {@code maxLength} characters long.
   *
   * @param attribute the attribute as {@code Type.attribute}
   * @param value the text
   * @param maxLength the longest valid length
   * @return the text
   */
  public static String text(String attribute, String value, int maxLength) {
    if (value.isBlank()) {
      // A blank text longer than allowed is shown abbreviated too, so that hostile input (megabytes
      // of spaces) cannot make the message huge.
      throw new InvalidValueException(
          attribute,
          value.length() > maxLength ? abbreviate(value) : "\"" + value + "\"",
          "must not be blank");
    }
    if (value.length() > maxLength) {
      throw new InvalidValueException(
          attribute, abbreviate(value), "at most " + maxLength + " characters");
    }
    if (!value.equals(value.strip())) {
      throw new InvalidValueException(
          attribute, "\"" + value + "\"", "must not start or end with white space");
    }
    return value;
  }

  /**
   * Quotes the first {@link #SHOWN_PREFIX} characters of an overlong text and gives its length, such
   * as {@code "abc..." (12345 characters)}. Never cuts a surrogate pair in half, and copes with a
   * text shorter than the prefix (a {@code maxLength} below it).
   */
  private static String abbreviate(String value) {
    int cut = Math.min(SHOWN_PREFIX, value.length());
    if (cut < value.length() && cut > 0 && Character.isHighSurrogate(value.charAt(cut - 1))) {
      cut--;
    }
    return "\"" + value.substring(0, cut) + (cut < value.length() ? "..." : "") + "\" ("
        + value.length() + " characters)";
  }

  /**
   * Requires that no two elements share a key.
   *
   * @param attribute the attribute as {@code Type.attribute}
   * @param values the elements
   * @param key what must be unique
   * @param <T> the element type
   */
  public static <T> void uniqueBy(
      String attribute, Collection<T> values, Function<? super T, ?> key) {
    int size = values.size();
    if (size < 2) {
      return;
    }
    // Most lists checked here hold a handful of values, and the check runs on every build (also of
    // every decoded document): compare pairwise without allocating, and hash only longer lists.
    if (size <= SMALL && values instanceof List && values instanceof RandomAccess) {
      List<T> list = (List<T>) values;
      for (int i = 1; i < size; i++) {
        Object k = key.apply(list.get(i));
        for (int j = 0; j < i; j++) {
          if (k.equals(key.apply(list.get(j)))) {
            throw new InvalidValueException(attribute, k, "must not contain duplicates");
          }
        }
      }
      return;
    }
    Set<Object> seen = new HashSet<>();
    for (T value : values) {
      Object k = key.apply(value);
      if (!seen.add(k)) {
        throw new InvalidValueException(attribute, k, "must not contain duplicates");
      }
    }
  }

}
