package org.sitrep.model.text;

import java.util.Objects;

/**
 * One token of an annotated text.
 *
 * @param index position in the document's token list (0-based, across sentences)
 * @param sentence index of the sentence it belongs to
 * @param text the original characters, exactly {@code text.substring(start, end)}
 * @param ner named-entity label ("PERSON", "LOCATION", "DATE", …) or "O"
 * @param normalized normalized value for numeric entities ("1000.0"), or null
 */
public record Token(
    int index,
    int sentence,
    int start,
    int end,
    String text,
    String lemma,
    String pos,
    String ner,
    String normalized) {
  public Token {
    if (index < 0 || sentence < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException(
          "bad token #" + index + " [" + start + ", " + end + ") in sentence " + sentence);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }
}
