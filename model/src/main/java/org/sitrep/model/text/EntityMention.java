package org.sitrep.model.text;

import java.util.Objects;

/**
 * A named-entity mention found by the NLP layer: tokens {@code [firstToken, endToken)}.
 *
 * @param type the NER label ("PERSON", "ORGANIZATION", "LOCATION", "MISC", …)
 */
public record EntityMention(
    int firstToken, int endToken, int start, int end, String text, String type) {
  public EntityMention {
    if (endToken <= firstToken || end <= start) {
      throw new IllegalArgumentException("empty mention " + text);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
