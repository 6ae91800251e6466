package org.sitrep.ledger.name;

import java.util.Objects;

/**
 * Why two person names are taken to name the same person.
 *
 * @param score confidence in (0, 1]: 1 for the same spelling, lower for a transliteration fold,
 *     lower again when one name is only part of the other
 * @param rule the rule that matched, in words a reviewer can check ("same name after
 *     transliteration folding", "all tokens of 'Hafiz Sayed' in 'Hafiz Saeed Khan'")
 */
public record NameMatch(double score, String rule) {
  public NameMatch {
    Objects.requireNonNull(rule, "rule");
    if (!(score > 0 && score <= 1)) {
      throw new IllegalArgumentException("name match score must be in (0, 1], got " + score);
    }
    if (rule.isBlank()) {
      throw new IllegalArgumentException("a name match needs a rule in words, got a blank one");
    }
  }
}
