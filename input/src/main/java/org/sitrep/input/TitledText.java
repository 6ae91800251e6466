package org.sitrep.input;

import java.util.Objects;

/**
 * A plain text split into an optional title line and the body.
 *
 * <p>Design decision: the first line is a title when it looks like a headline: it is at most
 * {@value #MAX_TITLE} chars, is followed by a line break and more text, does not end with sentence
 * punctuation (. ! ?) or with a mark that continues a sentence (, ; : and dashes), and does not
 * start with white space. The last two rules keep hard-wrapped and indented wire text (" SAN
 * SALVADOR, 12 JAN 90 (RADIO) -- THE ARMY\nSAID ...") from losing its first line. The body is what
 * follows the title's line break and any blank lines; every offset points into the body.
 *
 * @param title the title line, stripped, or null
 * @param text the body, or the whole content when there is no title
 */
record TitledText(String title, String text) {
  static final int MAX_TITLE = 200;

  TitledText {
    Objects.requireNonNull(text, "text");
  }

  /** Splits {@code content} by the title rule above. */
  static TitledText split(String content) {
    int newline = content.indexOf('\n');
    if (newline < 0) {
      return new TitledText(null, content);
    }
    String first = content.substring(0, newline);
    String line = first.strip();
    int bodyStart = skipBlankLines(content, newline + 1);
    boolean headline =
        !line.isEmpty()
            && line.length() <= MAX_TITLE
            && !Character.isWhitespace(first.charAt(0))
            && ".!?,;:-–—".indexOf(line.charAt(line.length() - 1)) < 0
            && bodyStart < content.length()
            && !content.substring(bodyStart).isBlank();
    return headline
        ? new TitledText(line, content.substring(bodyStart))
        : new TitledText(null, content);
  }

  // Index of the first line after `from` that holds anything but white space.
  private static int skipBlankLines(String content, int from) {
    int lineStart = from;
    for (int i = from; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '\n') {
        lineStart = i + 1;
      } else if (!Character.isWhitespace(c)) {
        return lineStart;
      }
    }
    return content.length();
  }
}
