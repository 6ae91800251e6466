package org.sitrep.model;

import java.util.Locale;

/** How precisely an event date is known. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR,
  UNKNOWN;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
