package org.sitrep.model;

import java.util.Objects;

/**
 * A time expression normalized against the publication date.
 *
 * @param value TIMEX3 value ("2017-07-11", "2016-07", "P3M", "XXXX-WXX-5"), or null when it cannot
 *     be normalized
 */
public record TimeExpression(int start, int end, String text, TimexType type, String value) {
  public TimeExpression {
    new TextSpan(start, end, text);
    Objects.requireNonNull(type, "type");
  }

  public Span span() {
    return new Span(start, end);
  }
}
