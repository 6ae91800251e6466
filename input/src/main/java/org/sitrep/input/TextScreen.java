package org.sitrep.input;

import java.util.Locale;
import java.util.Optional;
import org.sitrep.input.language.EnglishScreen;
import org.sitrep.model.RejectReason;
import org.sitrep.model.RejectedArticleException;

/**
 * The checks every decoded text passes, whatever its format: not binary, not blank, not too long,
 * English. Stateless and thread-safe.
 */
final class TextScreen {
  /** More control characters than this share of the text means it is not text. */
  static final double MAX_CONTROL_SHARE = 0.10;

  private final int maxChars;
  private final EnglishScreen english;

  TextScreen(int maxChars, EnglishScreen english) {
    this.maxChars = maxChars;
    this.english = english;
  }

  /** Rejects {@code text} when it is binary, blank, too long or not English. */
  void check(String text) throws RejectedArticleException {
    checkControls(text);
    if (text.isBlank()) {
      throw new RejectedArticleException(
          RejectReason.EMPTY, "only white space (" + text.length() + " chars); nothing to read");
    }
    checkLength(text.length());
    Optional<String> notEnglish = english.whyNotEnglish(text);
    if (notEnglish.isPresent()) {
      throw new RejectedArticleException(RejectReason.NOT_ENGLISH, notEnglish.get());
    }
  }

  void checkLength(int chars) throws RejectedArticleException {
    if (chars > maxChars) {
      throw new RejectedArticleException(
          RejectReason.TOO_LONG,
          "text is " + chars + " chars, over the limit of " + maxChars + " (maxChars)");
    }
  }

  int maxChars() {
    return maxChars;
  }

  private static void checkControls(String text) throws RejectedArticleException {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new RejectedArticleException(
            RejectReason.BINARY,
            "NUL character at char " + i + "; text has none, so this is not text");
      }
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    if (controls > MAX_CONTROL_SHARE * text.length()) {
      throw new RejectedArticleException(
          RejectReason.BINARY,
          String.format(
              Locale.ROOT,
              "%d of %d chars (%.0f%%) are control characters, over the %.0f%% text may have",
              controls,
              text.length(),
              100.0 * controls / text.length(),
              100 * MAX_CONTROL_SHARE));
    }
  }
}
