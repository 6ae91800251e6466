package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.EventType;
import org.sitrep.model.data.TsvResource;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.Token;

/** Finds event triggers by lemma (and lemma sequence) and part of speech. Thread-safe. */
final class TriggerLexicon {
  private static final Set<String> EFFECTS = Set.of("kill", "injure", "capture", "harm", "none");

  /** A trigger found at tokens {@code [first, end)}; {@code head} is the token roles attach to. */
  record Found(int first, int end, int head, Trigger trigger) {}

  private final Map<String, List<Trigger>> byKeyLemma = new HashMap<>();

  TriggerLexicon(ObjectClasses objects, PloverModes modes) {
    for (TsvResource.Row row : TsvResource.read(TriggerLexicon.class, "triggers.tsv", 8)) {
      EventType type;
      try {
        type = EventType.valueOf(row.get(2));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown PLOVER type " + row.get(2));
      }
      if (!EFFECTS.contains(row.get(4))) {
        throw row.error("unknown effect " + row.get(4) + "; known: " + EFFECTS);
      }
      if (!modes.allows(EventType.valueOf(row.get(2)), row.get(3))) {
        throw row.error("mode " + row.get(3) + " is not a PLOVER mode of " + row.get(2));
      }
      String object = row.get(6).equals("-") ? null : row.get(6);
      if (object != null && !objects.known(object)) {
        throw row.error("unknown object class " + object);
      }
      List<String> lemmas = List.of(row.get(0).split(" "));
      Trigger trigger =
          new Trigger(
              lemmas,
              row.get(1).equals("V"),
              type,
              row.get(3).equals("-") ? null : row.get(3),
              row.get(4),
              Double.parseDouble(row.get(5)),
              object);
      // Design decision: nouns are keyed by their last lemma ("air strike" by "strike", the head of
      // the compound), verbs by their first ("take into custody" by "take", the verb).
      String key = trigger.verbal() ? lemmas.get(0) : lemmas.get(lemmas.size() - 1);
      byKeyLemma.computeIfAbsent(key, k -> new ArrayList<>()).add(trigger);
    }
    byKeyLemma.values().forEach(list -> list.sort((a, b) -> b.lemmas().size() - a.lemmas().size()));
  }

  /** Every trigger of the text, the longest match per head token. */
  List<Found> find(AnnotatedText text) {
    List<Found> found = new ArrayList<>();
    List<Token> tokens = text.tokens();
    for (Token token : tokens) {
      List<Trigger> candidates = byKeyLemma.get(lemma(token));
      if (candidates == null) {
        continue;
      }
      for (Trigger trigger : candidates) {
        if (!posFits(token, trigger)) {
          continue;
        }
        Found match =
            trigger.verbal()
                ? verbPhraseAt(tokens, token.index(), trigger)
                : nounCompoundAt(tokens, token.index(), trigger);
        if (match != null) {
          found.add(match);
          break;
        }
      }
    }
    return found;
  }

  private static boolean posFits(Token token, Trigger trigger) {
    return trigger.verbal() ? token.isVerb() : token.isNoun();
  }

  /** A noun trigger: the earlier lemmas stand right before the head, in order. */
  private static Found nounCompoundAt(List<Token> tokens, int head, Trigger trigger) {
    int first = head - trigger.lemmas().size() + 1;
    if (first < 0) {
      return null;
    }
    for (int k = first; k < head; k++) {
      Token before = tokens.get(k);
      if (!lemma(before).equals(trigger.lemmas().get(k - first))
          || before.sentence() != tokens.get(head).sentence()) {
        return null;
      }
    }
    return new Found(first, head + 1, head, trigger);
  }

  /** A verb trigger: the later lemmas follow the verb within a few tokens, in order. */
  private static Found verbPhraseAt(List<Token> tokens, int head, Trigger trigger) {
    int next = head + 1;
    int sentence = tokens.get(head).sentence();
    for (String wanted : trigger.lemmas().subList(1, trigger.lemmas().size())) {
      int limit = Math.min(tokens.size(), next + 3);
      while (next < limit
          && tokens.get(next).sentence() == sentence
          && !lemma(tokens.get(next)).equals(wanted)) {
        next++;
      }
      if (next >= limit || tokens.get(next).sentence() != sentence) {
        return null;
      }
      next++;
    }
    return new Found(head, trigger.lemmas().size() == 1 ? head + 1 : next, head, trigger);
  }

  static String lemma(Token token) {
    return token.lemma().toLowerCase(Locale.ROOT);
  }
}
