package org.sitrep.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a tab-separated lexicon shipped next to this package. Lines starting with '#' and blank
 * lines are skipped; every other line must have exactly {@code columns} fields, the last being the
 * reason for the entry.
 */
final class TsvResource {
  private TsvResource() {}

  static List<List<String>> read(String name, int columns) {
    InputStream in = TsvResource.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("lexicon " + name + " is missing from the classpath");
    }
    List<List<String>> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != columns || fields[columns - 1].isBlank()) {
          throw new IllegalStateException(
              name + ":" + number + " needs " + columns + " tab-separated fields, got: " + line);
        }
        rows.add(List.of(fields));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + name, e);
    }
    return rows;
  }
}
