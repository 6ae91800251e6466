package org.sitrep.model;

import java.util.Objects;

/**
 * A time expression normalized against the publication date.
 *
 * @param value TIMEX3 value ("2017-07-11", "2016-07", "P3M", "XXXX-WXX-5"), or null when it cannot
 *     be normalized
 * @param mod TIMEX3 modifier the text adds to the value: {@code START} ("early 2015"), {@code MID},
 *     {@code END} ("late last year"), {@code APPROX} ("around noon"), {@code BEFORE}, {@code
 *     AFTER}; or null
 */
public record TimeExpression(
    int start, int end, String text, TimexType type, String value, String mod) {
  /** An expression without a modifier. */
  public TimeExpression(int start, int end, String text, TimexType type, String value) {
    this(start, end, text, type, value, null);
  }

  public TimeExpression {
    new TextSpan(start, end, text);
    Objects.requireNonNull(type, "type");
  }

  public Span span() {
    return new Span(start, end);
  }
}
