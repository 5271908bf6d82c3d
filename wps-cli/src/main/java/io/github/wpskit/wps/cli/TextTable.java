package io.github.wpskit.wps.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of text for people: a header row and rows of cells, each column as wide as its widest
 * cell, left- or right-aligned, printed with an indent of two spaces and two spaces between columns
 * (no trailing spaces). Cells are made safe for one line ({@link OneLine}).
 *
 * <p>Not thread-safe: build, print, drop.
 */
final class TextTable {
  private final boolean[] right;
  private final List<String[]> rows = new ArrayList<>();

  /**
   * Starts a table.
   *
   * @param header the column headings; a heading starting with {@code >} is right-aligned (the
   *     {@code >} is not printed)
   */
  TextTable(String... header) {
    right = new boolean[header.length];
    String[] cells = new String[header.length];
    for (int i = 0; i < header.length; i++) {
      right[i] = header[i].startsWith(">");
      cells[i] = right[i] ? header[i].substring(1) : header[i];
    }
    rows.add(cells);
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column
   * @return this table
   * @throws IllegalArgumentException if the number of cells is not the number of columns
   */
  TextTable row(String... cells) {
    if (cells.length != right.length) {
      throw new IllegalArgumentException(
          "a row of " + cells.length + " cells in a table of " + right.length + " columns");
    }
    String[] safe = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      safe[i] = OneLine.of(cells[i]);
    }
    rows.add(safe);
    return this;
  }

  /**
   * Prints the table.
   *
   * @param out where to print
   */
  void print(PrintWriter out) {
    int[] width = new int[right.length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder line = new StringBuilder(120);
    for (String[] r : rows) {
      line.setLength(0);
      line.append("  ");
      for (int i = 0; i < r.length; i++) {
        if (i > 0) {
          line.append("  ");
        }
        int pad = width[i] - r[i].length();
        if (right[i]) {
          line.append(" ".repeat(pad)).append(r[i]);
        } else {
          line.append(r[i]).append(" ".repeat(pad));
        }
      }
      int end = line.length();
      while (end > 0 && line.charAt(end - 1) == ' ') {
        end--;
      }
      out.println(line.substring(0, end));
    }
  }
}
