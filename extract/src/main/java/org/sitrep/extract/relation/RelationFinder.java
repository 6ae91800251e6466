package org.sitrep.extract.relation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.extract.syntax.DependencyGraph;
import org.sitrep.model.Argument;
import org.sitrep.model.RelationClaim;
import org.sitrep.model.text.Token;

/**
 * Finds what a text says about how actors stand to each other: "the Taliban, which is at odds with
 * IS", "they have joined forces with IS", "accused Islamabad of supporting the Taliban", "the
 * Iran-backed Houthis". Each relation has both actors resolved where the text allows ("they" and
 * "the jihadists" as the group named before) and the words that state it as evidence.
 *
 * <p>Whether a relation is the article's word or someone's claim is the claim stage's business:
 * this finder reads every relation in the text.
 *
 * <p>Stateless and thread-safe.
 */
public final class RelationFinder {
  private final RelationLexicon lexicon = RelationLexicon.bundled();

  /**
   * Every relation of the text, in text order.
   *
   * @param references the article's actors, built on the same graph
   */
  public List<RelationClaim> find(DependencyGraph graph, ActorReferences references) {
    List<RelationClaim> found = new ArrayList<>();
    for (Token token : graph.text().tokens()) {
      for (RelationLexicon.Cue cue : cuesOf(token)) {
        Optional<Integer> needed = needed(graph, token.index(), cue);
        if (cue.needsRelation() != null && needed.isEmpty()) {
          continue;
        }
        List<RelationClaim> relations =
            new CueReading(graph, references, token.index(), needed.orElse(-1), cue)
                .relations(found);
        if (!relations.isEmpty()) {
          found.addAll(relations);
          break;
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * The cues a token may be. A past participle the tagger read as an adjective ("allied",
   * "Iran-backed") is tried as its verb too.
   */
  private List<RelationLexicon.Cue> cuesOf(Token token) {
    String pos = token.pos();
    if (pos.startsWith("VB")) {
      return lexicon.cuesFor(token.lemma(), RelationLexicon.Pos.VERB);
    }
    if (pos.startsWith("NN")) {
      return lexicon.cuesFor(token.lemma(), RelationLexicon.Pos.NOUN);
    }
    if (!pos.startsWith("JJ")) {
      return List.of();
    }
    List<RelationLexicon.Cue> cues =
        new ArrayList<>(lexicon.cuesFor(token.lemma(), RelationLexicon.Pos.ADJECTIVE));
    // "Iran-backed" kept whole by the tokenizer: the participle is after the last hyphen
    String whole = token.text().toLowerCase(Locale.ROOT);
    String word = whole.substring(whole.lastIndexOf('-') + 1);
    if (word.length() > 3 && word.endsWith("ed")) {
      String stem = word.substring(0, word.length() - 2);
      // "backed" → back, "sponsored" → sponsor, "allied" → ally; "employed" gives one stem twice
      String yStem = word.substring(0, word.length() - 3) + "y";
      for (String verb : new LinkedHashSet<>(List.of(stem, stem + "e", yStem))) {
        cues.addAll(lexicon.cuesFor(verb, RelationLexicon.Pos.VERB));
      }
    }
    return cues;
  }

  /** The dependent a multi-word cue needs: "forces" of "join forces", "at" of "at odds". */
  private static Optional<Integer> needed(
      DependencyGraph graph, int cue, RelationLexicon.Cue entry) {
    if (entry.needsRelation() == null) {
      return Optional.empty();
    }
    return graph.children(cue).stream()
        .filter(
            edge ->
                edge.relation().equals(entry.needsRelation())
                    || edge.baseRelation().equals(entry.needsRelation()))
        .map(edge -> edge.dependent())
        .filter(d -> graph.token(d).lemma().equalsIgnoreCase(entry.needsLemma()))
        .findFirst();
  }

  /** True when two arguments are the same actor. */
  static boolean sameActor(Argument a, Argument b) {
    if (a.entity() != null && b.entity() != null) {
      return a.entity().equals(b.entity());
    }
    return a.name().equalsIgnoreCase(b.name());
  }
}
