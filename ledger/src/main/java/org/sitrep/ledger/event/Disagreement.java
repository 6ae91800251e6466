package org.sitrep.ledger.event;

import java.util.List;
import java.util.Objects;

/**
 * Sources of one ledger event that give incompatible values for one field: each value with the
 * source that gives it, shown side by side, never resolved away.
 *
 * @param field "date", "location", "fatalities", "captured", "injured", "actors", "type"
 * @param values every source's value for the field (at least two distinct values)
 */
public record Disagreement(String field, List<SourcedValue> values) {
  public Disagreement {
    Objects.requireNonNull(field, "field");
    values = List.copyOf(values);
  }
}
