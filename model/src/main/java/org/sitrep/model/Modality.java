package org.sitrep.model;

import java.util.Locale;

/** Whether the text says the event happened, and on whose word. */
public enum Modality {
  /** Stated as fact by the article. */
  ASSERTED,
  /** Attributed to a source ("officials said"). */
  REPORTED,
  /** Negated or denied. */
  DENIED,
  /** Conditional, possible, or asked about. */
  HYPOTHETICAL,
  /** Planned, threatened or expected, not yet happened. */
  FUTURE;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
