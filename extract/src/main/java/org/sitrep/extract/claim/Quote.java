package org.sitrep.extract.claim;

import org.sitrep.model.Span;

/**
 * A passage between quotation marks.
 *
 * @param open offset of the opening mark
 * @param close offset of the closing mark, or of the paragraph end when the mark is missing
 * @param closed whether a closing mark was found
 */
record Quote(int open, int close, boolean closed) {
  Quote {
    if (open < 0 || close <= open) {
      throw new IllegalArgumentException(
          "quote needs 0 <= open < close, got " + open + ", " + close);
    }
  }

  /** The quoted words without the marks. */
  Span inner() {
    return new Span(open + 1, close);
  }

  /** The quoted words with the marks. */
  Span outer() {
    return new Span(open, closed ? close + 1 : close);
  }
}
