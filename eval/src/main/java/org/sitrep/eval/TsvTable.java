package org.sitrep.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a tab-separated lexicon on the class path. Blank lines and lines starting with {@code #}
 * are comments; every other line must have exactly the expected number of non-blank columns.
 */
public final class TsvTable {
  private TsvTable() {}

  /**
   * Reads {@code resource}, relative to {@code anchor}'s package.
   *
   * @throws IllegalStateException when the resource is missing or a row is malformed: the lexicon
   *     ships with the code, so a bad one is a bug, not bad input
   */
  public static List<List<String>> read(Class<?> anchor, String resource, int columns) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource not found: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<List<String>> rows = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(row(resource, number, line, columns));
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
  }

  private static List<String> row(String resource, int number, String line, int columns) {
    String[] cells = line.split("\t", -1);
    if (cells.length != columns) {
      throw new IllegalStateException(
          resource
              + ":"
              + number
              + " needs "
              + columns
              + " tab-separated columns, got "
              + cells.length);
    }
    List<String> row = new ArrayList<>();
    for (String cell : cells) {
      if (cell.isBlank()) {
        throw new IllegalStateException(resource + ":" + number + " has an empty column");
      }
      row.add(cell.strip());
    }
    return List.copyOf(row);
  }
}
