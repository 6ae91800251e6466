package org.sitrep.ledger.claim;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.data.TsvResource;

/** What a quantity claim measures, by its unit word: the table of {@code measures.tsv}. */
final class Measures {
  private static final String RESOURCE = "measures.tsv";

  /**
   * Design decision: a claim with no unit ("the militia is put at under 800") counts a group's
   * size, so it is compared with "1,500 fighters" rather than left out.
   */
  static final String NO_UNIT = "strength";

  private final Map<String, String> byUnit;

  private Measures(Map<String, String> byUnit) {
    this.byUnit = Map.copyOf(byUnit);
  }

  static Measures fromResource() {
    Map<String, String> byUnit = new HashMap<>();
    for (TsvResource.Row row : TsvResource.read(Measures.class, RESOURCE, 3)) {
      if (row.get(0).isBlank() || row.get(1).isBlank()) {
        throw row.error("needs unit, measure and reason, tab-separated");
      }
      if (byUnit.put(row.get(0), row.get(1)) != null) {
        throw row.error("duplicate unit " + row.get(0));
      }
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
