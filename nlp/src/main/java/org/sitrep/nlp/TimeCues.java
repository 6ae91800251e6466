package org.sitrep.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that may hold a time expression ({@code time-cues.tsv}): month and day names, units of
 * time, parts of the day, deictic and relative words, sets, seasons, holidays. A token with a digit
 * is always a cue. Thread-safe.
 */
public final class TimeCues {
  private static final String RESOURCE = "time-cues.tsv";

  private final Set<String> words;

  private TimeCues(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The bundled list. */
  public static TimeCues bundled() {
    try (InputStream in = TimeCues.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static TimeCues parse(BufferedReader reader) throws IOException {
    Set<String> words = new HashSet<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1) {
        throw new IllegalStateException(RESOURCE + ": needs a word, a tab and a reason: " + line);
      }
      words.add(line.substring(0, tab).toLowerCase(Locale.ROOT));
    }
    return new TimeCues(words);
  }

  /** Whether any of the words, or their lemmas, is a cue. */
  public boolean anyIn(List<String> sentenceWords, List<String> lemmas) {
    for (int i = 0; i < sentenceWords.size(); i++) {
      String word = sentenceWords.get(i);
      if (hasDigit(word) || isCue(word) || (i < lemmas.size() && isCue(lemmas.get(i)))) {
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
    // Hyphenated words stay one token: "three-day", "decades-long", "year-end".
    if (lower.indexOf('-') >= 0) {
      for (String part : lower.split("-")) {
        if (words.contains(part)
            || (part.endsWith("s") && words.contains(part.substring(0, part.length() - 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
