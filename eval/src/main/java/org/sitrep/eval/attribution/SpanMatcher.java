package org.sitrep.eval.attribution;

import org.sitrep.model.Span;

/**
 * When a predicted span counts as the gold one; see the package documentation for the rules.
 *
 * <p>{@link #score} is 0 for no match and otherwise a positive weight: the one-to-one matching
 * takes the heaviest pairs first.
 */
public enum SpanMatcher {
  /**
   * The two spans cover the same word characters (any character that is not whitespace, punctuation
   * or a quotation mark). For plain spans this is the same text at the same place once whitespace,
   * punctuation and quotation marks are trimmed from both ends; a discontinuous span is its
   * fragments joined, so a plain span over the gap matches only when the gap holds no word
   * character.
   */
  EXACT {
    @Override
    public int score(String text, FragmentedSpan gold, FragmentedSpan predicted) {
      int shared = 0;
      int start = Math.min(gold.start(), predicted.start());
      int end = Math.max(gold.end(), predicted.end());
      for (int i = start; i < end; i++) {
        if (isWordChar(text.charAt(i))) {
          boolean inGold = gold.covers(i);
          if (inGold != predicted.covers(i)) {
            return 0;
          }
          shared += inGold ? 1 : 0;
        }
      }
      return shared;
    }
  },
  /** The two spans share at least one character that is not whitespace. */
  OVERLAP {
    @Override
    public int score(String text, FragmentedSpan gold, FragmentedSpan predicted) {
      int shared = 0;
      for (Span g : gold.fragments()) {
        for (Span p : predicted.fragments()) {
          for (int i = Math.max(g.start(), p.start()); i < Math.min(g.end(), p.end()); i++) {
            shared += isSpace(text.charAt(i)) ? 0 : 1;
          }
        }
      }
      return shared;
    }
  };

  /**
   * How well {@code predicted} matches {@code gold} in {@code text}: 0 for no match, else the
   * number of characters that made the match (word characters for exact, non-whitespace for
   * overlap).
   */
  public abstract int score(String text, FragmentedSpan gold, FragmentedSpan predicted);

  /** Whitespace, including the no-break spaces news pages are full of. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Neither whitespace nor punctuation nor a quotation mark (straight, curly or backtick). */
  static boolean isWordChar(char c) {
    if (isSpace(c) || c == '`') {
      return false;
    }
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION:
        return false;
      default:
        return true;
    }
  }

  /** The name printed in tables: {@code exact}, {@code overlap}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
