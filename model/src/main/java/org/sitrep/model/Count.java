package org.sitrep.model;

/**
 * A count of people (killed, captured, injured) as an inclusive interval, with its evidence.
 *
 * @param max upper bound, or null when open ("at least 37")
 */
public record Count(long min, Long max, int start, int end, String text) {
  public Count {
    if (min < 0 || (max != null && max < min)) {
      throw new IllegalArgumentException("count needs 0 <= min <= max, got " + min + ".." + max);
    }
    new TextSpan(start, end, text);
  }
}
