package org.sitrep.extract.claim;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds passages in curly (“…”) or straight ("…") quotation marks, paragraph by paragraph.
 *
 * <p>Design decision: a quotation that is not closed by the end of its paragraph ends there. News
 * style leaves the closing mark off a quote that continues in the next paragraph, and an unmatched
 * mark must not swallow the rest of the article.
 */
final class QuoteFinder {
  private QuoteFinder() {}

  static List<Quote> find(String text) {
    List<Quote> quotes = new ArrayList<>();
    int paragraphStart = 0;
    while (paragraphStart < text.length()) {
      int paragraphEnd = paragraphEnd(text, paragraphStart);
      findIn(text, paragraphStart, paragraphEnd, quotes);
      paragraphStart = paragraphEnd + 1;
    }
    return quotes;
  }

  private static int paragraphEnd(String text, int from) {
    int blank = text.indexOf("\n\n", from);
    return blank < 0 ? text.length() : blank;
  }

  private static void findIn(String text, int start, int end, List<Quote> quotes) {
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '“' || c == '"') {
        char closing = c == '“' ? '”' : '"';
        int close = text.indexOf(closing, i + 1);
        if (close >= 0 && close < end) {
          quotes.add(new Quote(i, close, true));
          i = close + 1;
          continue;
        }
        int trimmed = trimEnd(text, i + 1, end);
        if (c == '“' && trimmed > i + 1) {
          quotes.add(new Quote(i, trimmed, false));
        }
        i = end;
        continue;
      }
      i++;
    }
  }

  private static int trimEnd(String text, int start, int end) {
    int last = end;
    while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
      last--;
    }
    return last;
  }
}
