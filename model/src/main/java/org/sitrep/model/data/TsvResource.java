package org.sitrep.model.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tab-separated lexicon files that ship as resources. Lines starting with {@code #} and
 * blank lines are skipped; every other line must have at least {@code minColumns} columns, so a
 * broken data file fails at start-up with its name and line number rather than misbehaving later.
 */
public final class TsvResource {
  private TsvResource() {}

  /** One data row, with its line number for error messages. */
  public record Row(String resource, int line, List<String> columns) {
    public Row {
      columns = List.copyOf(columns);
    }

    public String get(int column) {
      return columns.get(column);
    }

    /** The column, or "" when the row is shorter. */
    public String optional(int column) {
      return column < columns.size() ? columns.get(column) : "";
    }

    public IllegalStateException error(String message) {
      return new IllegalStateException(resource + ":" + line + ": " + message);
    }
  }

  /** The rows of {@code name} as plain column lists. */
  public static List<List<String>> columns(Class<?> anchor, String name, int minColumns) {
    return read(anchor, name, minColumns).stream().map(Row::columns).toList();
  }

  /** Reads a two-column table into a map from the first column to the second. */
  public static Map<String, String> readMap(Class<?> anchor, String name) {
    Map<String, String> map = new HashMap<>();
    for (Row row : read(anchor, name, 2)) {
      if (map.put(row.get(0), row.get(1)) != null) {
        throw row.error("duplicate key " + row.get(0));
      }
    }
    return Map.copyOf(map);
  }

  /** Reads {@code name}, resolved against {@code anchor}'s package. */
  public static List<Row> read(Class<?> anchor, String name, int minColumns) {
    String resource = anchor.getPackageName().replace('.', '/') + "/" + name;
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("lexicon resource missing from the classpath: " + resource);
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> columns = Arrays.asList(line.split("\t", -1));
        Row row = new Row(resource, number, columns);
        if (columns.size() < minColumns) {
          throw row.error("needs " + minColumns + " tab-separated columns, has " + columns.size());
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
    return rows;
  }
}
