package org.sitrep.extract.quantity;

/** How a modifier word ("fewer than", "about") turns a number N into an interval. */
enum Bound {
  MAX_EXCLUSIVE,
  MAX_INCLUSIVE,
  MIN_EXCLUSIVE,
  MIN_INCLUSIVE,
  ABOUT,
  NEARLY;

  /**
   * The interval this bound makes of the exact number {@code n}.
   *
   * <p>Design decision: ABOUT and NEARLY are 10% wide, the margin rounded half up to a whole
   * number, so small counts stay exact ("about three" is [3, 3]) and "about 50" is [45, 55].
   */
  Interval apply(long n) {
    long margin = (n + 5) / 10;
    return switch (this) {
      case MAX_EXCLUSIVE -> new Interval(null, n, false, true);
      case MAX_INCLUSIVE -> new Interval(null, n, false, false);
      case MIN_EXCLUSIVE -> new Interval(n, null, true, false);
      case MIN_INCLUSIVE -> new Interval(n, null, false, false);
      case ABOUT -> new Interval(n - margin, n + margin, false, false);
      case NEARLY -> new Interval(n - margin, n, false, false);
    };
  }

  /** Bounds of a quantity; null is open. */
  record Interval(Long min, Long max, boolean minExclusive, boolean maxExclusive) {
    static Interval exactly(long n) {
      return new Interval(n, n, false, false);
    }

    boolean isExact() {
      return min != null && min.equals(max);
    }
  }
}
