package org.sitrep.ledger.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What a quantity claim measures, by its unit word: the table of {@code measures.tsv}. */
final class Measures {
  private static final String RESOURCE = "measures.tsv";

  /**
   * Design decision: a claim with no unit ("the group now numbers fewer than 1,000") counts a
   * group's size, so it is compared with "1,500 fighters" rather than left out.
   */
  static final String NO_UNIT = "strength";

  private final Map<String, String> byUnit;

  private Measures(Map<String, String> byUnit) {
    this.byUnit = Map.copyOf(byUnit);
  }

  static Measures fromResource() {
    InputStream in = Measures.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("claim data missing from the classpath: " + RESOURCE);
    }
    Map<String, String> byUnit = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        if (columns.length < 3 || columns[0].isBlank() || columns[1].isBlank()) {
          throw new IllegalStateException(
              RESOURCE + ":" + number + ": needs unit, measure and reason, tab-separated");
        }
        if (byUnit.put(columns[0], columns[1]) != null) {
          throw new IllegalStateException(
              RESOURCE + ":" + number + ": duplicate unit " + columns[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read claim data " + RESOURCE, e);
    }
    return new Measures(byUnit);
  }

  /**
   * The measure of a unit: the table's for the whole unit, else for its last word ("foreign
   * fighters" is strength), else the unit itself, lower-cased; {@link #NO_UNIT} for no unit.
   */
  String of(String unit) {
    if (unit == null || unit.isBlank()) {
      return NO_UNIT;
    }
    String plain = unit.strip().toLowerCase(Locale.ROOT);
    String whole = byUnit.get(plain);
    if (whole != null) {
      return whole;
    }
    String last = plain.substring(plain.lastIndexOf(' ') + 1);
    return byUnit.getOrDefault(last, plain);
  }
}
