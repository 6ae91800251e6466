package org.sitrep.model;

import java.util.Locale;

/** How precisely an event location is known, from a town (point) to a country. */
public enum LocationPrecision {
  POINT,
  ADMIN2,
  ADMIN1,
  COUNTRY,
  /** A continent or a region wider than a country. */
  REGION,
  UNKNOWN;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
