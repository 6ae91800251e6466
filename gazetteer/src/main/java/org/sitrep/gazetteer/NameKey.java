package org.sitrep.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lookup key of a place name: lower case, diacritics folded, apostrophes and dots dropped,
 * hyphens and other punctuation turned into single spaces, and the Persian/Pashto linking vowel
 * ("Sar-e Pul", "Nawah-ye Barakzai", "Pul-i Khumri") dropped so that its spellings meet.
 *
 * <p>Design decision: folding is deliberately aggressive. The gazetteer returns every candidate for
 * a key and the caller ranks them; a missed spelling costs more than an extra candidate.
 */
public final class NameKey {
  private NameKey() {}

  /** The key of {@code name}; empty when the name has no letters or digits. */
  public static String of(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    decomposed.toLowerCase(Locale.ROOT).codePoints().forEach(codePoint -> fold(codePoint, folded));
    return joinWords(folded.toString());
  }

  /**
   * Whether every letter of {@code name} is in Latin script; alternate names in other scripts are
   * left out of the index to keep it compact (news copy is written in Latin script).
   */
  public static boolean isLatinScript(String name) {
    boolean sawLetter = false;
    for (int i = 0; i < name.length(); ) {
      int codePoint = name.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isLetter(codePoint)) {
        if (Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.LATIN) {
          return false;
        }
        sawLetter = true;
      }
    }
    return sawLetter;
  }

  private static void fold(int codePoint, StringBuilder out) {
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return;
    }
    if (isApostrophe(codePoint) || codePoint == '.') {
      return;
    }
    String special = specialLetter(codePoint);
    if (special != null) {
      out.append(special);
    } else if (Character.isLetterOrDigit(codePoint)) {
      out.appendCodePoint(codePoint);
    } else {
      out.append(' ');
    }
  }

  private static boolean isApostrophe(int codePoint) {
    return switch (codePoint) {
      case '\'',
              '`',
              '\u00b4',
              '\u2018',
              '\u2019',
              '\u201b',
              '\u2032',
              '\u02bc',
              '\u02bb',
              '\u02bf',
              '\u02be',
              '\u02b9',
              '\u02c8' ->
          true;
      default -> false;
    };
  }

  /** Letters that Unicode decomposition leaves alone but English copy writes plainly. */
  private static String specialLetter(int codePoint) {
    return switch (codePoint) {
      case '\u00f8' -> "o";
      case '\u0111', '\u00f0' -> "d";
      case '\u0142' -> "l";
      case '\u00df' -> "ss";
      case '\u00e6' -> "ae";
      case '\u0153' -> "oe";
      case '\u0131' -> "i";
      case '\u00fe' -> "th";
      case '\u0127' -> "h";
      default -> null;
    };
  }

  private static String joinWords(String spaced) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= spaced.length(); i++) {
      boolean space = i == spaced.length() || spaced.charAt(i) == ' ';
      if (space && start >= 0) {
        words.add(spaced.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    StringBuilder key = new StringBuilder(spaced.length());
    for (int i = 0; i < words.size(); i++) {
      boolean inner = i > 0 && i < words.size() - 1;
      if (inner && isLinkingVowel(words.get(i))) {
        continue;
      }
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(words.get(i));
    }
    return key.toString();
  }

  private static boolean isLinkingVowel(String word) {
    return word.equals("e") || word.equals("i") || word.equals("ye");
  }
}
