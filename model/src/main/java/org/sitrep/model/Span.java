package org.sitrep.model;

/**
 * A half-open range {@code [start, end)} of Java char offsets into an article's text.
 *
 * <p>Serialized as {@code {"start", "end"}}; used for evidence lists.
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span needs 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  /** Number of chars covered. */
  public int length() {
    return end - start;
  }

  /** True when the two spans share at least one char. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** True when {@code other} lies wholly inside this span. */
  public boolean encloses(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /** The slice of {@code text} this span covers; fails when the span lies outside it. */
  public String slice(String text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") lies outside a text of " + text.length() + " chars");
    }
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span other) {
    return start != other.start
        ? Integer.compare(start, other.start)
        : Integer.compare(end, other.end);
  }
}
