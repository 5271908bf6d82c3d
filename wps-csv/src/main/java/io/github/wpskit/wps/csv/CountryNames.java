package io.github.wpskit.wps.csv;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.wpskit.wps.CountryCode;
import io.github.wpskit.wps.csv.internal.Closest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * DPO's names of contributing countries and their ISO 3166-1 alpha-3 codes: how a reader turns
 * {@code Côte d'Ivoire} into {@code CIV}, and which name a writer gives {@code CIV}.
 *
 * <p>The names ship with the module as {@code io/github/wpskit/wps/csv/country-names.csv} ({@code
 * name,iso3,source}, 152 names), copied from the project's real DPO data: DPO's own name and code
 * pairs from its open-data file {@code odp_contributionranks.csv} (December 2020 and January 2022),
 * and, for the names that file lacks, the ISO code of the country DPO names in its monthly tables.
 * Every row says which. One code may have several names ({@code Turkey}, {@code Turkiye}); all are
 * read.
 *
 * <p>A writer needs one name per code. It takes, in this order: the name DPO writes in its monthly
 * tables (a row whose source says so); else a name without parentheses ({@code Republic of Korea},
 * not {@code Korea (the Republic of)}); the shortest of those; the first in the file. So {@code CZE}
 * is written {@code Czech Republic}, {@code TUR} {@code Turkiye}, {@code GBR} {@code United
 * Kingdom}. A {@link DeploymentRow} read from a file keeps the name it had and is written with it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountryNames {
  private static final String RESOURCE = "country-names.csv";
  private static final String MONTHLY_SOURCE = "the name as DPO writes it in its monthly tables";

  /** Loaded on first use, once. */
  private static final class Shipped {
    static final CountryNames INSTANCE = load();
  }

  private final Map<String, CountryCode> byName;
  private final Map<String, CountryCode> byLowerName;
  /** DPO's names by their words (see {@link #words}), where the words name one country. */
  private final Map<String, CountryCode> byWords;
  private final Map<String, String> nameOfWords;
  private final Map<CountryCode, String> preferred;
  private final List<String> names;

  private CountryNames(Map<String, CountryCode> byName, Map<CountryCode, String> preferred) {
    this.byName = byName;
    this.preferred = preferred;
    Map<String, CountryCode> lower = new HashMap<>();
    for (Map.Entry<String, CountryCode> e : byName.entrySet()) {
      lower.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
    }
    this.byLowerName = lower;
    this.names = List.copyOf(byName.keySet());
    Map<String, CountryCode> words = new HashMap<>();
    Map<String, String> wordNames = new HashMap<>();
    for (Map.Entry<String, CountryCode> e : byName.entrySet()) {
      String key = words(e.getKey());
      CountryCode earlier = words.putIfAbsent(key, e.getValue());
      if (earlier == null) {
        wordNames.put(key, e.getKey());
      } else if (!earlier.equals(e.getValue())) {
        wordNames.put(key, null); // two countries with the same words: neither is certain
      }
    }
    wordNames.values().removeIf(Objects::isNull);
    words.keySet().retainAll(wordNames.keySet());
    this.byWords = words;
    this.nameOfWords = wordNames;
  }

  /** A country read from a name that is not one of DPO's, and how it was recognised. */
  record Spelling(CountryCode code, String how) {}

  /**
   * Returns the country a name that is not one of DPO's certainly means, or null: one of DPO's
   * names with other case, accents or punctuation ({@code Türkiye}, {@code Cote d'Ivoire}: the same
   * words as exactly one country's names), else the country's English name in the JDK's
   * ISO 3166 list ({@code Eswatini}; names of more than three characters only, so that a code in
   * the name column is not taken for a name).
   */
  Spelling spelledLike(String name) {
    String key = words(name);
    CountryCode code = byWords.get(key);
    if (code != null) {
      return new Spelling(code, "spelled as DPO's '" + nameOfWords.get(key) + "'");
    }
    if (name.length() > 3) {
      Optional<CountryCode> english = CountryCode.suggest(name);
      if (english.isPresent()) {
        return new Spelling(english.get(), "its English name in ISO 3166");
      }
    }
    return null;
  }

  /**
   * A name as its words, as wps-core compares names: letters without accents, in lower case, one
   * space between words ("Côte d’Ivoire", "cote d ivoire").
   */
  private static String words(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
    return plain.replaceAll("[^A-Za-z]+", " ").trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns DPO's names, as shipped with the module.
   *
   * @return the shared instance
   */
  public static CountryNames dpo() {
    return Shipped.INSTANCE;
  }

  /**
   * Returns the country DPO means by a name; the name as DPO writes it, in any case.
   *
   * @param name the name, not null
   * @return the code, or empty if the name is not one of DPO's
   */
  public Optional<CountryCode> code(String name) {
    return Optional.ofNullable(find(name));
  }

  /** The code of a name, or null; no Optional per row on the reader's path. */
  CountryCode find(String name) {
    CountryCode code = byName.get(name);
    return code != null ? code : byLowerName.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Returns the name a writer gives a country (see the class description for the choice).
   *
   * @param code the country, not null
   * @return the name, or empty if DPO's names have none for the code
   */
  public Optional<String> name(CountryCode code) {
    return Optional.ofNullable(preferred.get(code));
  }

  /**
   * Returns the known name closest to an unknown one, for suggestions.
   *
   * @param name the unknown name, not null
   * @return the closest of DPO's names
   */
  public String closest(String name) {
    return Closest.among(name, names);
  }

  /**
   * Returns every name, in the order of the shipped file.
   *
   * @return an unmodifiable list
   */
  public List<String> names() {
    return names;
  }

  private static CountryNames load() {
    Map<String, CountryCode> byName = new LinkedHashMap<>();
    Map<CountryCode, List<String[]>> candidates = new LinkedHashMap<>();
    try (InputStream in = CountryNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from wps-csv: " + RESOURCE);
      }
      try (CsvParser p = new CsvFactory().createParser(in)) {
        p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String> row = new ArrayList<>();
        boolean header = true;
        p.nextToken();
        while (p.nextToken() == JsonToken.START_ARRAY) {
          row.clear();
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            row.add(p.getText());
          }
          if (header || row.size() < 3) {
            header = false;
            continue;
          }
          CountryCode code = CountryCode.parse(row.get(1));
          byName.put(row.get(0), code);
          candidates.computeIfAbsent(code, c -> new ArrayList<>())
              .add(new String[] {row.get(0), row.get(2)});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + " of wps-csv", e);
    }
    Map<CountryCode, String> preferred = new HashMap<>();
    for (Map.Entry<CountryCode, List<String[]>> e : candidates.entrySet()) {
      preferred.put(e.getKey(), choose(e.getValue()));
    }
    return new CountryNames(
        Collections.unmodifiableMap(byName), Collections.unmodifiableMap(preferred));
  }

  /** The writer's name among a code's names, {name, source} in file order. */
  private static String choose(List<String[]> names) {
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (String[] n : names) {
      int rank = (n[1].endsWith(MONTHLY_SOURCE) ? 0 : 1 << 20)
          + (n[0].indexOf('(') >= 0 ? 1 << 10 : 0) + n[0].length();
      if (rank < bestRank) {
        best = n[0];
        bestRank = rank;
      }
    }
    return best;
  }
}
