package org.sitrep.eval.muc4;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
    try (InputStream in = RoleWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource not found: " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, Set<WordClass>> classes = new HashMap<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          List<String> row = row(line, number);
          classes
              .computeIfAbsent(row.get(0), word -> EnumSet.noneOf(WordClass.class))
              .add(wordClass(row.get(1), number));
        }
      }
      return new RoleWords(classes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + RESOURCE, e);
    }
  }

  /** Whether {@code word} (any case) is listed with {@code wordClass}. */
  boolean is(String word, WordClass wordClass) {
    Set<WordClass> of = classes.get(word.toLowerCase(Locale.ROOT));
    return of != null && of.contains(wordClass);
  }

  private static List<String> row(String line, int number) {
    String[] cells = line.split("\t", -1);
    if (cells.length != 3) {
      throw new IllegalStateException(
          RESOURCE + ":" + number + " needs 3 tab-separated columns, got " + cells.length);
    }
    List<String> row = new ArrayList<>();
    for (String cell : cells) {
      if (cell.isBlank()) {
        throw new IllegalStateException(RESOURCE + ":" + number + " has an empty column");
      }
      row.add(cell.strip().toLowerCase(Locale.ROOT));
    }
    return row;
  }

  private static WordClass wordClass(String name, int number) {
    try {
      return WordClass.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          RESOURCE + ":" + number + ": unknown class " + name + "; known: pronoun, lead-in", e);
    }
  }
}
