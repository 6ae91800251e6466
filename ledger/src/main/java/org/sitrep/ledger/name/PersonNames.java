package org.sitrep.ledger.name;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Matches person names across spellings and transliterations, so that the ledger can see that
 * "Hafiz Saeed Khan" in one article and "Hafiz Sayed Khan" in another are one man, with a rule a
 * reviewer can check.
 *
 * <p>The {@link #key key} of a name is lower-case, without diacritics, apostrophes or punctuation;
 * the leading titles of {@code titles.tsv} ("Gen.", "Mr") are dropped; the particles of {@code
 * particles.tsv} are unified ("Abdel", "Abd al-", "Abdur" are one word; the article "al-" goes);
 * and each word is folded (vowel runs and y/w glides collapse, doubled consonants are single, q is
 * k), so Saeed, Sayed, Said, Sayeed and Syed agree, as do Mohammad, Muhammad and Mohamed.
 *
 * <p>{@link #match} accepts two rules: the same key, or every word of the shorter name (two words
 * at least) found in order in the longer, at a lower score. A name of a single word matches only
 * the same single word, spelt the same: "Saeed" alone could be any of thousands of men, and nothing
 * else in the name confirms a transliteration fold.
 *
 * <p>Design decision: static methods over data read once when the class loads; the data is
 * immutable, so every method is thread-safe and there is nothing to pass around.
 */
public final class PersonNames {
  private static final NameFolding FOLDING = NameFolding.fromResources();

  private PersonNames() {}

  /**
   * A transliteration-insensitive key of the whole name: its folded words joined by spaces ("hafaz
   * sad khan" for "Hafiz Saeed Khan"); empty when nothing of a name is left (a title alone).
   */
  public static String key(String name) {
    Objects.requireNonNull(name, "name");
    return FOLDING.read(name).key();
  }

  /** How {@code a} and {@code b} name the same person, or empty when they may not. */
  public static Optional<NameMatch> match(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    NameFolding.Reading ra = FOLDING.read(a);
    NameFolding.Reading rb = FOLDING.read(b);
    if (ra.folded().isEmpty() || rb.folded().isEmpty()) {
      return Optional.empty();
    }
    if (ra.folded().size() == 1 || rb.folded().size() == 1) {
      return ra.words().equals(rb.words())
          ? Optional.of(
              new NameMatch(
                  0.5,
                  "the same single name '" + ra.words().get(0) + "' (a single name is ambiguous)"))
          : Optional.empty();
    }
    if (ra.folded().equals(rb.folded())) {
      return Optional.of(
          ra.words().equals(rb.words())
              ? new NameMatch(1.0, "same name")
              : new NameMatch(0.95, "same name after transliteration folding"));
    }
    boolean aShorter = ra.folded().size() < rb.folded().size();
    return subset(aShorter ? a : b, aShorter ? ra : rb, aShorter ? b : a, aShorter ? rb : ra);
  }

  /**
   * The in-order subset rule: every folded word of the shorter name appears in the longer, in the
   * same order. Scored 0.5 to 0.9 by how much of the longer name the shorter covers, less 0.1 when
   * other words stand between the shared ones ("Mullah Omar" in "Mullah Mohammad Omar").
   */
  private static Optional<NameMatch> subset(
      String shortName, NameFolding.Reading shorter, String longName, NameFolding.Reading longer) {
    List<String> s = shorter.folded();
    List<String> l = longer.folded();
    if (s.size() >= l.size()) {
      return Optional.empty();
    }
    int found = 0;
    for (int i = 0; i < l.size() && found < s.size(); i++) {
      if (l.get(i).equals(s.get(found))) {
        found++;
      }
    }
    if (found < s.size()) {
      return Optional.empty();
    }
    boolean gapped = Collections.indexOfSubList(l, s) < 0;
    double score = 0.5 + 0.4 * s.size() / l.size() - (gapped ? 0.1 : 0);
    String rule =
        "all tokens of '"
            + shortName.strip()
            + "' in '"
            + longName.strip()
            + "'"
            + (gapped ? ", in order with other words between" : "");
    return Optional.of(new NameMatch(score, rule));
  }
}
