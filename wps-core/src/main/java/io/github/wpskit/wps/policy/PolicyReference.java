package io.github.wpskit.wps.policy;

import io.github.wpskit.wps.ParseException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An entry of a policy framework that a mandate task or a Compact commitment can cite, identified by a
 * stable code: {@code A4P.1} to {@code A4P.8}, {@code A4P+.T1}, {@code A4P+.P1}, {@code CTA.1} to
 * {@code CTA.4}. Implemented by the framework enums of this package only.
 */
public sealed interface PolicyReference
    permits A4pPriorityArea, A4pPlusTheme, A4pPlusPriority, CallToActionCommitment {

  /**
   * Returns the stable code, such as {@code A4P.2}; {@link #parse} reads it back.
   *
   * @return the code
   */
  String code();

  /**
   * Returns the framework this entry belongs to.
   *
   * @return the framework
   */
  PolicyFramework framework();

  /**
   * Returns the entry's wording.
   *
   * @return the title
   */
  String title();

  /**
   * Finds the entry with a code.
   *
   * @param code a code such as {@code A4P.2}, not null
   * @return the entry
   * @throws ParseException if no entry has that code, naming the code
   */
  static PolicyReference parse(CharSequence code) {
    Objects.requireNonNull(code, "code");
    PolicyReference ref = Registry.BY_CODE.get(code.toString());
    if (ref == null) {
      throw new ParseException(
          "PolicyReference", code, 0, "one of " + String.join(", ", Registry.BY_CODE.keySet()));
    }
    return ref;
  }

  /** Holds the code index; an interface cannot have private static fields. */
  final class Registry {
    private static final Map<String, PolicyReference> BY_CODE =
        Stream.<PolicyReference[]>of(
                A4pPriorityArea.values(),
                A4pPlusTheme.values(),
                A4pPlusPriority.values(),
                CallToActionCommitment.values())
            .flatMap(Stream::of)
            .collect(
                Collectors.toMap(
                    PolicyReference::code,
                    Function.identity(),
                    (a, b) -> a,
                    java.util.LinkedHashMap::new));

    private Registry() {}
  }
}
