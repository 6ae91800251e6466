package org.sitrep.ledger.claim;

import java.util.Locale;
import org.sitrep.model.QuantityClaim;

/**
 * The values a quantity claim allows: {@code min} to {@code max}, each bound inclusive unless
 * flagged exclusive, {@code max} null when open-ended.
 */
record Range(long min, boolean minExclusive, Long max, boolean maxExclusive) {
  Range {
    if (min < 0 || (max != null && max < min)) {
      throw new IllegalArgumentException("range needs 0 <= min <= max, got " + min + ".." + max);
    }
  }

  /**
   * The range of a claim: a missing minimum is 0 ("fewer than 1,000" allows any smaller count), a
   * missing maximum is open ("more than 500").
   */
  static Range of(QuantityClaim q) {
    return new Range(
        q.min() == null ? 0 : q.min(),
        q.min() != null && q.minExclusive(),
        q.max(),
        q.max() != null && q.maxExclusive());
  }

  /** True when some count lies in both ranges. */
  boolean overlaps(Range other) {
    return below(min, minExclusive, other.max, other.maxExclusive)
        && below(other.min, other.minExclusive, max, maxExclusive);
  }

  /** The smallest range covering both. */
  Range union(Range other) {
    boolean lowerHere = min < other.min || (min == other.min && !minExclusive);
    Long top;
    boolean topExclusive;
    if (max == null || other.max == null) {
      top = null;
      topExclusive = false;
    } else if (max > other.max || (max.equals(other.max) && !maxExclusive)) {
      top = max;
      topExclusive = maxExclusive;
    } else {
      top = other.max;
      topExclusive = other.maxExclusive;
    }
    return new Range(
        lowerHere ? min : other.min,
        lowerHere ? minExclusive : other.minExclusive,
        top,
        topExclusive);
  }

  /** Whether a whole count fits between a lower and an upper bound: counts are integers. */
  private static boolean below(long low, boolean lowExclusive, Long high, boolean highExclusive) {
    if (high == null) {
      return true;
    }
    return low + (lowExclusive ? 1 : 0) <= high - (highExclusive ? 1 : 0);
  }

  /**
   * The range in words, with the unit when there is one: "1,350–1,650 militants", "fewer than
   * 1,000", "at least 200 fighters", "800 men".
   */
  String words(String unit) {
    String text;
    if (max != null && min == max.longValue() && !minExclusive && !maxExclusive) {
      text = number(min);
    } else if (max == null) {
      text = (minExclusive ? "more than " : "at least ") + number(min);
    } else if (min == 0 && !minExclusive) {
      text = (maxExclusive ? "fewer than " : "at most ") + number(max);
    } else {
      text = number(min) + "–" + number(max);
    }
    return unit == null || unit.isBlank() ? text : text + " " + unit;
  }

  private static String number(long n) {
    return String.format(Locale.ENGLISH, "%,d", n);
  }
}
