package org.sitrep.input.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a text is English enough for sitrep's English-only extraction.
 *
 * <p>Only texts with at least {@value #MIN_WORDS} words are judged; shorter ones pass, since too
 * few words say nothing. A text is rejected when more than half of its letters are not in the Latin
 * script, or when fewer than 4% of its words are common English function words (listed, with
 * reasons, in {@code english-function-words.tsv}). English news text scores 25-45% on that list;
 * Spanish, German or French text scores under 2%.
 *
 * <p>Immutable and thread-safe; build once and share.
 */
public final class EnglishScreen {
  /** Texts with fewer words than this are not judged. */
  public static final int MIN_WORDS = 30;

  /** The lowest share of English function words an English text has. */
  public static final double MIN_FUNCTION_WORD_SHARE = 0.04;

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*");
  private static final String RESOURCE = "english-function-words.tsv";

  private final Set<String> functionWords;

  private EnglishScreen(Set<String> functionWords) {
    this.functionWords = Set.copyOf(functionWords);
  }

  /** The screen with the bundled function-word list. */
  public static EnglishScreen load() {
    try (InputStream in = EnglishScreen.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<String> words = new HashSet<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.split("\t", 2)[0].strip());
        }
      }
      return new EnglishScreen(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
  }

  /**
   * Why {@code text} is not English, or empty when it is (or is too short to tell). The reason
   * names the measured value and the rule.
   */
  public Optional<String> whyNotEnglish(String text) {
    Matcher m = WORD.matcher(text);
    int words = 0;
    int functional = 0;
    long letters = 0;
    long nonLatin = 0;
    while (m.find()) {
      String word = m.group();
      words++;
      if (functionWords.contains(word.toLowerCase(Locale.ROOT))) {
        functional++;
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
            nonLatin++;
          }
        }
      }
    }
    if (words < MIN_WORDS) {
      return Optional.empty();
    }
    if (nonLatin * 2 > letters) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "%d of %d letters (%.0f%%) are not in the Latin script; sitrep reads English only",
              nonLatin,
              letters,
              100.0 * nonLatin / letters));
    }
    double share = (double) functional / words;
    if (share < MIN_FUNCTION_WORD_SHARE) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "only %d of %d words (%.1f%%) are English function words, under the %.0f%% an"
                  + " English text has; sitrep reads English only",
              functional,
              words,
              100 * share,
              100 * MIN_FUNCTION_WORD_SHARE));
    }
    return Optional.empty();
  }
}
