package org.sitrep.model;

import java.util.Locale;

/** What kind of place a gazetteer entry is. */
public enum PlaceFeature {
  COUNTRY,
  /** First-level division: a province or state. */
  ADMIN1,
  /** Second-level division: a district or county. */
  ADMIN2,
  POPULATED_PLACE,
  /** A continent or a named region that spans countries ("Africa", "the Middle East"). */
  REGION,
  OTHER;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
