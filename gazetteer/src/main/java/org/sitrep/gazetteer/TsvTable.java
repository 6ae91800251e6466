package org.sitrep.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A curated tab-separated data file: a header line naming the columns, then one row per line; blank
 * lines and lines starting with {@code #} are comments.
 */
record TsvTable(String source, List<String> header, List<List<String>> rows) {
  TsvTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** Reads the table from a classpath resource next to this class. */
  static TsvTable fromResource(String name) throws IOException {
    try (InputStream in = TsvTable.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("curated gazetteer table " + name + " is missing from the classpath");
      }
      return read(in, name);
    }
  }

  static TsvTable read(InputStream in, String source) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> header = null;
    List<List<String>> rows = new ArrayList<>();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = List.of(line.split("\t", -1));
      if (header == null) {
        header = cells;
      } else if (cells.size() != header.size()) {
        throw new IOException(
            source
                + ":"
                + lineNumber
                + ": needs "
                + header.size()
                + " columns "
                + header
                + ", got "
                + cells.size());
      } else {
        rows.add(cells.stream().map(String::strip).toList());
      }
    }
    if (header == null) {
      throw new IOException(source + " has no header line");
    }
    return new TsvTable(source, header, rows);
  }

  /** The cell of {@code row} in the named column. */
  String cell(List<String> row, String column) {
    int at = header.indexOf(column);
    if (at < 0) {
      throw new IllegalArgumentException(source + " has no column " + column + "; has " + header);
    }
    return row.get(at);
  }
}
