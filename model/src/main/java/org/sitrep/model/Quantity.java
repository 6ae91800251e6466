package org.sitrep.model;

import java.util.Objects;

/**
 * A number in the text read as an interval.
 *
 * <p>Design decision: bounds are inclusive unless the matching {@code *Exclusive} flag says
 * otherwise, so "fewer than 1,000" is {@code max = 1000, maxExclusive = true} and keeps the number
 * the text gave.
 *
 * @param min lower bound, or null when open
 * @param max upper bound, or null when open
 * @param unit what is counted ("people", "fighters", "troops"), or null
 */
public record Quantity(
    int start,
    int end,
    String text,
    Long min,
    Long max,
    boolean minExclusive,
    boolean maxExclusive,
    String unit) {
  public Quantity {
    new TextSpan(start, end, text);
    if (min == null && max == null) {
      throw new IllegalArgumentException("quantity needs a bound: " + text);
    }
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException("quantity min " + min + " > max " + max + ": " + text);
    }
    Objects.requireNonNull(text, "text");
  }

  public Span span() {
    return new Span(start, end);
  }
}
