package org.sitrep.extract.quantity;

import java.util.List;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.Dependency;
import org.sitrep.model.text.Token;

/**
 * Finds what a number counts: "80 people" → people, "4,000 additional US troops" → troops, "dozens
 * of civilians" → civilians. Stateless.
 */
final class UnitFinder {
  /** How far after the number a noun may stand and still be the one it counts. */
  private static final int MAX_DISTANCE = 4;

  private UnitFinder() {}

  /**
   * The head noun counted by the number in tokens {@code [first, end)}, as written, or null when
   * none follows ("fewer than 800 in the valley", "12 killed", "three of them").
   */
  static String unitOf(AnnotatedText text, int first, int end, int sentenceEnd) {
    List<Token> tokens = text.tokens();
    if (end < sentenceEnd && QuantityLexicon.lower(tokens.get(end)).equals("of")) {
      return lastNounOfRun(tokens, skipDeterminers(tokens, end + 1, sentenceEnd), sentenceEnd);
    }
    String governor = nummodGovernor(text, first, end);
    return governor != null ? governor : lastNounOfRun(tokens, end, sentenceEnd);
  }

  /** The noun the parser attaches the number to ("nummod", "det:qmod"), if it follows closely. */
  private static String nummodGovernor(AnnotatedText text, int first, int end) {
    Token token = text.tokens().get(first);
    for (Dependency edge : text.sentenceOf(token).dependencies()) {
      String relation = edge.baseRelation();
      boolean counts = relation.equals("nummod") || edge.relation().equals("det:qmod");
      if (counts
          && edge.dependent() >= first
          && edge.dependent() < end
          && edge.governor() >= end
          && edge.governor() < end + MAX_DISTANCE
          && text.tokens().get(edge.governor()).isNoun()) {
        return text.tokens().get(edge.governor()).text();
      }
    }
    return null;
  }

  private static int skipDeterminers(List<Token> tokens, int from, int limit) {
    int i = from;
    while (i < limit && (tokens.get(i).pos().equals("DT") || tokens.get(i).pos().equals("PRP$"))) {
      i++;
    }
    return i;
  }

  /**
   * The last noun of the modifier-and-noun run starting at {@code from}: adjectives, nouns,
   * participles and all-capital words such as "IS" (which the tagger often calls a verb).
   */
  private static String lastNounOfRun(List<Token> tokens, int from, int limit) {
    String noun = null;
    for (int i = from; i < limit && i < from + MAX_DISTANCE; i++) {
      Token token = tokens.get(i);
      if (token.isNoun()) {
        noun = token.text();
      } else if (!(token.pos().startsWith("JJ") || isAcronym(token))) {
        break;
      }
    }
    return noun;
  }

  private static boolean isAcronym(Token token) {
    return token.text().length() > 1 && token.text().chars().allMatch(Character::isUpperCase);
  }
}
