package org.sitrep.eval.isaf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds lexicon keywords in short strings (actor ids, names) as whole-word sequences, and returns
 * the labels of those found. Immutable and thread-safe.
 *
 * <p>Design decision: whole words, not substrings, so that short keywords such as "imu", "hig" or
 * "aq" never fire inside longer words ("immune", "high", "Iraq").
 */
final class WordMatcher {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final Map<List<String>, String> labelByWords;

  private WordMatcher(Map<List<String>, String> labelByWords) {
    this.labelByWords = Map.copyOf(labelByWords);
  }

  /** Keywords in column 0 of each row, their label in column {@code labelColumn}. */
  static WordMatcher of(List<List<String>> rows, int labelColumn) {
    Map<List<String>, String> labelByWords = new HashMap<>();
    for (List<String> row : rows) {
      List<String> words = words(row.get(0));
      if (words.isEmpty() || labelByWords.put(words, row.get(labelColumn)) != null) {
        throw new IllegalStateException("keyword is empty or listed twice: " + row.get(0));
      }
    }
    return new WordMatcher(labelByWords);
  }

  /** The labels of every keyword found in {@code text}, sorted. */
  Set<String> labels(String text) {
    List<String> words = words(text);
    Set<String> labels = new TreeSet<>();
    for (Map.Entry<List<String>, String> entry : labelByWords.entrySet()) {
      if (Collections.indexOfSubList(words, entry.getKey()) >= 0) {
        labels.add(entry.getValue());
      }
    }
    return labels;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }
}
