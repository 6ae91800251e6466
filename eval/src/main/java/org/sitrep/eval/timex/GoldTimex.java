package org.sitrep.eval.timex;

import java.util.Objects;
import org.sitrep.model.TimexType;

/**
 * One time expression the TempEval-3 annotators marked.
 *
 * @param start offset of the first char in the document text
 * @param end offset after the last char (half-open)
 * @param text the text of the span, equal to the document text between the offsets
 * @param value the TIMEX3 value ("1998-01-14", "P3M", "PRESENT_REF")
 */
public record GoldTimex(int start, int end, String text, TimexType type, String value) {
  public GoldTimex {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "timex span needs 0 <= start < end, got [" + start + ", " + end + ")");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "timex text '" + text + "' does not fit its span [" + start + ", " + end + ")");
    }
  }
}
