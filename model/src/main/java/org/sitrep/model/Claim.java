package org.sitrep.model;

import java.util.Objects;

/**
 * Who says what: a direct quote or reported speech, with its cue and stance.
 *
 * @param id article-local id, {@code "C1"}, …
 * @param speaker who says it, or null when the text does not say
 * @param cue the word that marks the claim ("said", "told", "according to"); for a quote with no
 *     verb, the quotation mark
 * @param direct true for a quotation, false for reported speech
 * @param stance assert, deny, estimate, accuse, confirm, warn, …
 * @param quantity the number the claim asserts, or null
 */
public record Claim(
    String id,
    Speaker speaker,
    TextSpan cue,
    TextSpan content,
    boolean direct,
    String stance,
    QuantityClaim quantity) {
  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(stance, "stance");
  }
}
