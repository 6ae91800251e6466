package org.sitrep.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.claim.ClaimExtractor;
import org.sitrep.extract.event.EventExtractor;
import org.sitrep.extract.relation.RelationFinder;
import org.sitrep.model.data.TsvResource;
import org.sitrep.model.text.SentenceTriage;

/**
 * The sentences whose parse sitrep's stages read: those with an event trigger's word, a speech cue,
 * a quotation mark, a relation cue, or a date whose year depends on the tense ({@code
 * parse-cues.tsv}). The lexicons are the stages' own files, so a word added to a lexicon is parsed
 * for at once. A sentence with none of them is read by the entity, place, time and quantity stages,
 * which need no parse (a number's unit then comes from the words after it).
 *
 * <p>Design decision: a superset. A trigger word counts whatever its part of speech and whether or
 * not its multi-word form is complete, so the triage never hides a sentence the event stage would
 * have used; it only skips sentences no stage would read a parse of. Thread-safe.
 */
public final class ParseTriage implements SentenceTriage {
  private final Set<String> words;
  private final Set<String> capitalized;

  private ParseTriage(Set<String> words, Set<String> capitalized) {
    this.words = Set.copyOf(words);
    this.capitalized = Set.copyOf(capitalized);
  }

  /** The triage over the bundled lexicons. */
  public static ParseTriage bundled() {
    Set<String> words = new HashSet<>();
    addFirstColumn(words, EventExtractor.class, "triggers.tsv");
    addFirstColumn(words, ClaimExtractor.class, "cues.tsv");
    addFirstColumn(words, RelationFinder.class, "relations.tsv");
    Set<String> capitalized = new HashSet<>();
    for (List<String> row : TsvResource.columns(ParseTriage.class, "parse-cues.tsv", 2)) {
      String word = row.get(0);
      // "May" the month, not "may" the modal verb.
      boolean exact = !word.equals(word.toLowerCase(Locale.ROOT));
      (exact ? capitalized : words).add(exact ? word : word.toLowerCase(Locale.ROOT));
    }
    return new ParseTriage(words, capitalized);
  }

  private static void addFirstColumn(Set<String> words, Class<?> anchor, String resource) {
    for (List<String> row : TsvResource.columns(anchor, resource, 1)) {
      for (String word : row.get(0).toLowerCase(Locale.ROOT).split(" ")) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    }
  }

  @Override
  public boolean needsParse(List<String> sentenceWords, List<String> lemmas) {
    for (int i = 0; i < sentenceWords.size(); i++) {
      String word = sentenceWords.get(i);
      if (isQuotationMark(word)
          || capitalized.contains(word)
          || isCue(word)
          || (i < lemmas.size() && isCue(lemmas.get(i)))) {
        return true;
      }
    }
    return false;
  }

  private boolean isCue(String word) {
    if (word == null) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (words.contains(lower)) {
      return true;
    }
    // "Iran-backed", "car-bomb", "post-election": a hyphenated word stays one token.
    if (lower.indexOf('-') > 0) {
      for (String part : lower.split("-")) {
        if (words.contains(part) || words.contains(stem(part))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A rough lemma for the parts of a hyphenated word, which the lemmatizer leaves whole. */
  private static String stem(String part) {
    for (String ending : List.of("ed", "ing", "s")) {
      if (part.length() > ending.length() + 2 && part.endsWith(ending)) {
        return part.substring(0, part.length() - ending.length());
      }
    }
    return part;
  }

  /** The tokenizer's forms of quotation marks: ``, '' and the curly and straight ones. */
  private static boolean isQuotationMark(String word) {
    return switch (word) {
      case "``", "''", "\"", "“", "”", "«", "»" -> true;
      default -> false;
    };
  }
}
