package org.sitrep.ledger.claim;

import java.util.Locale;

/** How claims on one subject compare. */
public enum Verdict {
  /** Every claim is compatible with every other (overlapping intervals, the same relation). */
  AGREE,
  /** Different sources give incompatible values: disjoint intervals. */
  DISAGREE,
  /** One source gives incompatible values for different dates: its figure changed over time. */
  CHANGED,
  /** A relation asserted by some and denied or contradicted by others. */
  CONTESTED;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
