package org.sitrep.model;

import java.util.Locale;

/** Where an article's publication date came from. */
public enum DateSource {
  /** The input record carried it (a JSONL field, an HTML meta tag). */
  METADATA,
  /** The {@code --published} flag supplied it for inputs without a date. */
  FLAG,
  /** Read from a dateline in the text ("KABUL, Afghanistan (Jan. 14, 2015)"). */
  DATELINE,
  /** Nobody said; the date is null. */
  UNKNOWN;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
