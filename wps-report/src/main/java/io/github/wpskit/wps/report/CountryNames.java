package io.github.wpskit.wps.report;

import io.github.wpskit.wps.CountryCode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * English names of countries for the colour list, from the JDK's own ISO 3166 data (the same source
 * {@link CountryCode} checks codes against), so no country list is kept here.
 */
final class CountryNames {
  private static final Map<String, String> BY_ALPHA3 = load();

  private CountryNames() {}

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale locale = new Locale("", alpha2);
      map.put(locale.getISO3Country(), locale.getDisplayCountry(Locale.ENGLISH));
    }
    return map;
  }

  /** The English name, or the code itself where the JDK has no name for it. */
  static String of(CountryCode code) {
    return BY_ALPHA3.getOrDefault(code.toString(), code.toString());
  }
}
