package org.sitrep.ledger.event;

/** A merged count: {@code min} to {@code max}, with {@code max} null when open-ended. */
public record Interval(long min, Long max) {
  public Interval {
    if (min < 0 || (max != null && max < min)) {
      throw new IllegalArgumentException("interval needs 0 <= min <= max, got " + min + ".." + max);
    }
  }
}
