package org.sitrep.eval.muc4;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.eval.TsvTable;

/**
 * The word lists of {@code role-words.tsv}: pronouns and lead-in words. Immutable and thread-safe.
 */
final class RoleWords {
  /** What a word says about an argument; see the resource's header. */
  enum WordClass {
    PRONOUN,
    LEAD_IN
  }

  private static final String RESOURCE = "role-words.tsv";

  private final Map<String, Set<WordClass>> classes;

  private RoleWords(Map<String, Set<WordClass>> classes) {
    this.classes = Map.copyOf(classes);
  }

  /**
   * The shipped list.
   *
   * @throws IllegalStateException when the resource is missing or a row is malformed: it ships with
   *     the code, so a bad one is a bug, not bad input
   */
  static RoleWords load() {
    Map<String, Set<WordClass>> classes = new HashMap<>();
    for (List<String> row : TsvTable.read(RoleWords.class, RESOURCE, 3)) {
      classes
          .computeIfAbsent(
              row.get(0).toLowerCase(Locale.ROOT), word -> EnumSet.noneOf(WordClass.class))
          .add(wordClass(row.get(1)));
    }
    return new RoleWords(classes);
  }

  /** Whether {@code word} (any case) is listed with {@code wordClass}. */
  boolean is(String word, WordClass wordClass) {
    Set<WordClass> of = classes.get(word.toLowerCase(Locale.ROOT));
    return of != null && of.contains(wordClass);
  }

  private static WordClass wordClass(String name) {
    try {
      return WordClass.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          RESOURCE + ": unknown class " + name + "; known: pronoun, lead-in", e);
    }
  }
}
