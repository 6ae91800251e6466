package org.sitrep.model.text;

import java.util.Objects;

/**
 * A time expression as the NLP layer normalized it, before sitrep's own corrections.
 *
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value, or null when the NLP layer gave none
 */
public record TimexMention(
    int firstToken, int endToken, int start, int end, String text, String type, String value) {
  public TimexMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
