package org.sitrep.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.extract.syntax.TextCasing;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.Token;

/**
 * Finds the catalogue's actors in a text by their aliases, over CoreNLP's tokens: longest match
 * first, no overlaps. Thread-safe.
 *
 * <p>Design decision: short all-capital aliases ("IS", "US", "ANA") match case-sensitively, and not
 * at all in texts written in capitals (old wire copy), where "IS" is only a verb.
 */
public final class ActorMatcher {
  private static final int SHORT_ACRONYM = 3;

  /** A catalogue actor found at tokens {@code [firstToken, endToken)}. */
  public record Match(int firstToken, int endToken, Actor actor) {}

  private record Alias(Actor actor, List<String> words, boolean caseSensitive) {}

  private final Map<String, List<Alias>> byFirstWord = new HashMap<>();

  public ActorMatcher(ActorCatalog catalog) {
    for (Actor actor : catalog.actors()) {
      for (String alias : actor.aliases()) {
        List<String> words = List.of(alias.split("\\s+"));
        boolean caseSensitive = alias.length() <= 5 && alias.equals(alias.toUpperCase(Locale.ROOT));
        byFirstWord
            .computeIfAbsent(key(words.get(0)), k -> new ArrayList<>())
            .add(new Alias(actor, words, caseSensitive));
      }
    }
    byFirstWord.values().forEach(list -> list.sort((a, b) -> b.words.size() - a.words.size()));
  }

  /**
   * Every actor mention in the text, in text order. An alias that several actors share ("coalition
   * forces") goes to the one active on {@code published}; without a date, or when none is active
   * then, to the first in the catalogue.
   */
  public List<Match> find(AnnotatedText text, LocalDate published) {
    boolean capitalsText = TextCasing.isWrittenInCapitals(text.text());
    List<Token> tokens = text.tokens();
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match match = longestAt(tokens, i, capitalsText, published);
      if (match == null) {
        i++;
      } else {
        matches.add(match);
        i = match.endToken();
      }
    }
    return matches;
  }

  private Match longestAt(
      List<Token> tokens, int start, boolean capitalsText, LocalDate published) {
    List<Alias> candidates = byFirstWord.get(key(tokens.get(start).text()));
    if (candidates == null) {
      return null;
    }
    for (Alias alias : candidates) {
      if (capitalsText && alias.caseSensitive && alias.words.get(0).length() <= SHORT_ACRONYM) {
        continue;
      }
      if (matchesAt(tokens, start, alias)) {
        return new Match(start, start + alias.words.size(), activeNamesake(alias, published));
      }
    }
    return null;
  }

  /** Among the actors that share the alias's words, the first one active on the date. */
  private Actor activeNamesake(Alias alias, LocalDate published) {
    if (published == null || alias.actor.active().contains(published)) {
      return alias.actor;
    }
    for (Alias other : byFirstWord.get(key(alias.words.get(0)))) {
      if (other.actor.active().contains(published)
          && other.caseSensitive == alias.caseSensitive
          && sameWords(other.words, alias.words)) {
        return other.actor;
      }
    }
    return alias.actor;
  }

  private static boolean sameWords(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equalsIgnoreCase(b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean matchesAt(List<Token> tokens, int start, Alias alias) {
    if (start + alias.words.size() > tokens.size()) {
      return false;
    }
    int sentence = tokens.get(start).sentence();
    for (int k = 0; k < alias.words.size(); k++) {
      Token token = tokens.get(start + k);
      String word = alias.words.get(k);
      boolean same =
          alias.caseSensitive ? token.text().equals(word) : token.text().equalsIgnoreCase(word);
      if (!same || token.sentence() != sentence) {
        return false;
      }
    }
    return true;
  }

  private static String key(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
