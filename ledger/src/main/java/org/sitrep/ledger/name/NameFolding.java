package org.sitrep.ledger.name;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.data.TsvResource;
import org.sitrep.model.data.TsvResource.Row;

/**
 * The steps behind {@link PersonNames#key}: a name split into words, leading titles dropped, name
 * particles unified ({@code titles.tsv}, {@code particles.tsv}), each word folded. Immutable once
 * built; one instance serves every thread.
 */
final class NameFolding {
  private static final String APOSTROPHES = "'’‘`ʼʻʿʾ′";
  private static final String HYPHENS = "-‐‑–—";

  private final Set<String> droppedTitles;
  private final Map<String, Particle> particles;

  /** One word of a name and whether a hyphen joins it to a neighbour ("al" in "al-Baghdadi"). */
  record Word(String text, boolean hyphenated) {}

  /**
   * What a particle form becomes: a word, or null to drop it; hyphenOnly when it must be joined.
   */
  record Particle(String becomes, boolean hyphenOnly) {}

  /** A name read: its plain words (after titles and particles) and the same words folded. */
  record Reading(List<String> words, List<String> folded) {
    Reading {
      words = List.copyOf(words);
      folded = List.copyOf(folded);
    }

    String key() {
      return String.join(" ", folded);
    }
  }

  private NameFolding(Set<String> droppedTitles, Map<String, Particle> particles) {
    this.droppedTitles = Set.copyOf(droppedTitles);
    this.particles = Map.copyOf(particles);
  }

  /** Built from the package's data files. */
  static NameFolding fromResources() {
    Set<String> dropped = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (Row row : rows("titles.tsv", 3)) {
      String word = row.get(0);
      String action = row.get(1);
      if (!seen.add(word)) {
        throw row.error("duplicate title " + word);
      }
      if (action.equals("drop")) {
        dropped.add(word);
      } else if (!action.equals("keep")) {
        throw row.error("action must be drop or keep, got " + action);
      }
    }
    Map<String, Particle> particles = new HashMap<>();
    for (Row row : rows("particles.tsv", 4)) {
      String form = row.get(0);
      String becomes = row.get(1);
      String joined = row.get(2);
      if (!joined.equals("any") && !joined.equals("hyphen")) {
        throw row.error("joined must be any or hyphen, got " + joined);
      }
      Particle particle =
          new Particle(becomes.equals("-") ? null : becomes, joined.equals("hyphen"));
      if (particles.put(form, particle) != null) {
        throw row.error("duplicate particle " + form);
      }
    }
    return new NameFolding(dropped, particles);
  }

  /** Reads a name: words, minus leading titles, with particles unified, and folded. */
  Reading read(String name) {
    List<Word> words = words(name);
    int first = 0;
    while (first < words.size() && droppedTitles.contains(words.get(first).text())) {
      first++;
    }
    List<String> plain = unifyParticles(words.subList(first, words.size()));
    return new Reading(plain, plain.stream().map(NameFolding::fold).toList());
  }

  /** Lower-cased words without diacritics; apostrophes join, hyphens and punctuation split. */
  static List<Word> words(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    List<Word> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean hyphenBefore = false;
    for (int i = 0; i <= plain.length(); i++) {
      char c = i < plain.length() ? plain.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (APOSTROPHES.indexOf(c) < 0 && word.length() > 0) {
        boolean hyphenAfter = HYPHENS.indexOf(c) >= 0;
        words.add(new Word(word.toString(), hyphenBefore || hyphenAfter));
        word.setLength(0);
        hyphenBefore = hyphenAfter;
      }
    }
    return words;
  }

  private List<String> unifyParticles(List<Word> words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      boolean more = i + 1 < words.size();
      Particle pair = more ? particles.get(word.text() + " " + words.get(i + 1).text()) : null;
      if (pair != null && pair.becomes() != null) {
        out.add(pair.becomes());
        i++;
        continue;
      }
      Particle single = particles.get(word.text());
      if (single == null || (single.hyphenOnly() && !word.hyphenated())) {
        out.add(word.text());
      } else if (single.becomes() != null) {
        out.add(single.becomes());
      } else if (!more) {
        // Design decision: a dropped article is dropped only before another word, so a name
        // that ends in "al" or is only "al" keeps it.
        out.add(word.text());
      }
    }
    return out;
  }

  /**
   * Folds one word so that transliterations of one Arabic, Persian or Pashto name agree: q is k, ph
   * is f, a final h after a vowel goes ("Hamzah", "Hamza"), every run of vowels becomes one "a", y
   * and w count as vowels except at the start before a vowel (a glide in "Sayed", "Dawood"; a
   * consonant in "Yusuf", "Wali"), and doubled consonants are single.
   *
   * <p>Design decision: vowel runs are kept as a marker rather than deleted, so "Ahmad" (ahmad) and
   * "Hamad" (hamad) stay apart; the price is that Saad and Saeed, different names, fold alike.
   */
  static String fold(String word) {
    String s = word.replace("ph", "f").replace("ck", "k").replace('q', 'k');
    if (s.length() > 2 && s.endsWith("h") && isVowel(s.charAt(s.length() - 2))) {
      s = s.substring(0, s.length() - 1);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean glide = c == 'y' || c == 'w';
      boolean consonantGlide = glide && i == 0 && i + 1 < s.length() && isVowel(s.charAt(i + 1));
      char next = isVowel(c) || (glide && !consonantGlide) ? 'a' : c;
      if (out.length() == 0 || out.charAt(out.length() - 1) != next) {
        out.append(next);
      }
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** The data rows of a resource of this package. */
  private static List<Row> rows(String name, int minColumns) {
    return TsvResource.read(NameFolding.class, name, minColumns);
  }
}
