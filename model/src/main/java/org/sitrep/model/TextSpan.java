package org.sitrep.model;

import java.util.Objects;

/**
 * A span together with the exact text it covers: the {@code {"start", "end", "text"}} object of the
 * output schema. {@code text} is always {@code article.text().substring(start, end)}.
 */
public record TextSpan(int start, int end, String text) {
  public TextSpan {
    new Span(start, end);
    Objects.requireNonNull(text, "text");
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "text of " + text.length() + " chars does not fit span [" + start + ", " + end + ")");
    }
  }

  /** Cuts the span out of {@code source}. */
  public static TextSpan of(String source, Span span) {
    return new TextSpan(span.start(), span.end(), span.slice(source));
  }

  /** Cuts {@code [start, end)} out of {@code source}. */
  public static TextSpan of(String source, int start, int end) {
    return of(source, new Span(start, end));
  }

  public Span span() {
    return new Span(start, end);
  }
}
