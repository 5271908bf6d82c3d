package io.github.wpskit.wps.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A file's header row, recognised as one of the {@link CsvLayout}s: which cell holds which field, and
 * each column's name as the file spells it (for messages).
 */
final class Header {
  /**
   * DPO's pre-2010 file {@code DPPADPO-UCPre2010}: troops by contributor and mission, not split by
   * sex. Recognised only to refuse it with the reason.
   */
  static final List<String> PRE_2010 =
      List.of("ID", "Contributor", "Contributor_ISO-3", "Mission", "Troops", "Date");

  private static final String MATCHING =
      "Column names are compared ignoring case and surrounding spaces, in any order.";

  final CsvLayout layout;
  /** The cell index of each field, by {@link Field#ordinal()}, or -1 when the layout lacks it. */
  final int[] index = new int[Field.values().length];
  /** The column names as the file spells them, trimmed, by cell index. */
  final String[] names;

  private Header(CsvLayout layout, String[] names) {
    this.layout = layout;
    this.names = names;
    Arrays.fill(index, -1);
    for (CsvLayout.Column c : layout.layoutColumns()) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equalsIgnoreCase(c.name)) {
          index[c.field.ordinal()] = i;
        }
      }
    }
  }

  /** The number of cells of every row. */
  int width() {
    return names.length;
  }

  /** The column holding a field, as the file spells it. */
  String name(Field field) {
    return names[index[field.ordinal()]];
  }

  /**
   * Recognises a header.
   *
   * @param cells the header's cells as read
   * @param expected the layout the caller requires, or null for any
   * @param source the file's name, for messages
   * @param line the header's line
   * @return the header
   * @throws CsvFormatException if the header matches no layout (or not the expected one), or is
   *     DPO's pre-2010 header
   */
  static Header recognise(List<String> cells, CsvLayout expected, String source, long line) {
    String[] names = new String[cells.size()];
    for (int i = 0; i < names.length; i++) {
      String c = cells.get(i);
      if (i == 0 && !c.isEmpty() && c.charAt(0) == '\uFEFF') {
        c = c.substring(1); // a byte order mark a Reader passed on
      }
      names[i] = c.strip();
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String n : names) {
      if (!seen.add(n.toLowerCase(Locale.ROOT))) {
        throw new CsvFormatException(source, line,
            "the header names column '" + n + "' twice: " + String.join(",", names), null);
      }
    }
    for (CsvLayout layout : CsvLayout.values()) {
      if ((expected == null || expected == layout) && matches(seen, layout.columns())) {
        return new Header(layout, names);
      }
    }
    if (expected == null && common(seen, PRE_2010) > common(seen, best(seen).columns())) {
      throw new CsvFormatException(source, line,
          "this is DPO's pre-2010 file (DPPADPO-UCPre2010: " + String.join(", ", PRE_2010)
              + "): it counts personnel without a split by sex, so it cannot give deployments of"
              + " women and men. Read DPO's figures by sex instead: the HDX, Data Hub or monthly"
              + " table layout.", null);
    }
    CsvLayout closest = expected != null ? expected : best(seen);
    throw new CsvFormatException(source, line,
        "the header " + String.join(",", names) + " matches "
            + (expected != null ? "not the layout " + expected.displayName() + " required"
                : "no DPO layout")
            + "; closest: " + closest.displayName() + ", which expects the columns "
            + closest.headerText() + differences(seen, names, closest) + ". " + MATCHING, null);
  }

  private static boolean matches(Set<String> lowerNames, List<String> columns) {
    return lowerNames.size() == columns.size() && common(lowerNames, columns) == columns.size();
  }

  private static int common(Set<String> lowerNames, List<String> columns) {
    int n = 0;
    for (String c : columns) {
      if (lowerNames.contains(c.toLowerCase(Locale.ROOT))) {
        n++;
      }
    }
    return n;
  }

  /** The layout with the most columns in common; on a tie, the first declared. */
  private static CsvLayout best(Set<String> lowerNames) {
    CsvLayout best = null;
    int most = -1;
    for (CsvLayout layout : CsvLayout.values()) {
      int n = common(lowerNames, layout.columns());
      if (n > most) {
        best = layout;
        most = n;
      }
    }
    return best;
  }

  private static String differences(Set<String> lowerNames, String[] names, CsvLayout layout) {
    List<String> missing = new ArrayList<>();
    for (String c : layout.columns()) {
      if (!lowerNames.contains(c.toLowerCase(Locale.ROOT))) {
        missing.add(c);
      }
    }
    List<String> unexpected = new ArrayList<>();
    for (String n : names) {
      boolean known = false;
      for (String c : layout.columns()) {
        known |= c.equalsIgnoreCase(n);
      }
      if (!known) {
        unexpected.add(n.isEmpty() ? "(an empty name)" : n);
      }
    }
    return " (missing: " + (missing.isEmpty() ? "none" : String.join(", ", missing))
        + "; unexpected: " + (unexpected.isEmpty() ? "none" : String.join(", ", unexpected)) + ")";
  }
}
