package org.sitrep.extract.time;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.data.TsvResource;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.Dependency;
import org.sitrep.model.text.Sentence;
import org.sitrep.model.text.Token;

/**
 * Reads the tense of the clause a time expression attaches to, from the enhanced++ dependency
 * edges: the timex's head token, then up through nouns ("a July 11 airstrike killed") to the first
 * verb or copula clause. Immutable and thread-safe.
 */
final class TenseReader {
  /** How far up the tree to look for the clause; deeper chains are nominal lists, not clauses. */
  private static final int MAX_STEPS = 5;

  private static final Set<String> SPAN_ENDS = Set.of("through", "until", "till", "by", "thru");

  private final Set<String> futureAuxiliaries;
  private final Set<String> futureGovernors;

  TenseReader(Set<String> futureAuxiliaries, Set<String> futureGovernors) {
    this.futureAuxiliaries = Set.copyOf(futureAuxiliaries);
    this.futureGovernors = Set.copyOf(futureGovernors);
  }

  static TenseReader fromLexicon() {
    Set<String> auxiliaries = new HashSet<>();
    Set<String> governors = new HashSet<>();
    for (List<String> row : TsvResource.columns(TenseReader.class, "tense-cues.tsv", 3)) {
      switch (row.get(1)) {
        case "FUTURE_AUX" -> auxiliaries.add(row.get(0));
        case "FUTURE_GOVERNOR" -> governors.add(row.get(0));
        default ->
            throw new IllegalStateException(
                "tense-cues.tsv role must be FUTURE_AUX or FUTURE_GOVERNOR, got " + row.get(1));
      }
    }
    return new TenseReader(auxiliaries, governors);
  }

  /** The tense of the clause governing tokens {@code [firstToken, endToken)}. */
  Tense tenseOf(AnnotatedText text, int firstToken, int endToken) {
    Sentence sentence = text.sentenceOf(text.tokens().get(firstToken));
    List<Dependency> edges = sentence.dependencies();
    int node = headOf(edges, firstToken, endToken);
    if (namesADeadline(text, edges, node)) {
      return Tense.UNKNOWN;
    }
    for (int step = 0; step < MAX_STEPS && node >= 0; step++) {
      Token token = text.tokens().get(node);
      if (token.isVerb() || hasChild(edges, node, "cop") || hasChild(edges, node, "aux")) {
        return clauseTense(text, edges, token);
      }
      if (step > 0 && token.pos().startsWith("JJ")) {
        // "announced a bonus payable Dec. 7": the date belongs to the adjective, not the verb.
        return Tense.UNKNOWN;
      }
      node = governorOf(edges, node);
    }
    return Tense.UNKNOWN;
  }

  /**
   * A date that is a verb's object ("named March 2 as its deadline") or the end of a span
   * ("postponed until Nov. 17", "by Dec. 2") is a point the clause talks about, not when its verb
   * happened: the verb's tense says nothing about it.
   */
  private static boolean namesADeadline(AnnotatedText text, List<Dependency> edges, int head) {
    for (Dependency edge : edges) {
      if (edge.dependent() == head && edge.baseRelation().equals("obj")) {
        return true;
      }
      if (edge.governor() == head && edge.baseRelation().equals("case")) {
        String word = text.tokens().get(edge.dependent()).text().toLowerCase(Locale.ROOT);
        if (SPAN_ENDS.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  private Tense clauseTense(AnnotatedText text, List<Dependency> edges, Token verb) {
    boolean perfect = false;
    boolean hasAuxiliary = false;
    for (Dependency edge : edges) {
      String relation = edge.baseRelation();
      if (edge.governor() != verb.index() || !(relation.equals("aux") || relation.equals("cop"))) {
        continue;
      }
      Token aux = text.tokens().get(edge.dependent());
      String lemma = aux.lemma().toLowerCase(Locale.ROOT);
      if (futureAuxiliaries.contains(lemma)
          || futureAuxiliaries.contains(aux.text().toLowerCase(Locale.ROOT))) {
        return Tense.FUTURE;
      }
      if (aux.pos().equals("VBD")) {
        return Tense.PAST;
      }
      perfect |= lemma.equals("have");
      hasAuxiliary |= !aux.pos().equals("TO");
    }
    if (verb.pos().equals("VBD")) {
      return Tense.PAST;
    }
    // "has been killed on Friday" (perfect) and a bare participle ("killed on Friday, the ...")
    // both report a finished event.
    if (verb.pos().equals("VBN") && (perfect || !hasAuxiliary)) {
      return Tense.PAST;
    }
    if (hasChild(edges, verb.index(), "mark") || hasChild(edges, verb.index(), "aux")) {
      int governor = governorOf(edges, verb.index());
      // "is expected to meet on Friday" looks ahead; "was expected to meet" may already be over.
      if (governor >= 0 && isPresentFutureGovernor(text, edges, text.tokens().get(governor))) {
        return Tense.FUTURE;
      }
    }
    return Tense.UNKNOWN;
  }

  private boolean isPresentFutureGovernor(
      AnnotatedText text, List<Dependency> edges, Token governor) {
    if (!futureGovernors.contains(governor.lemma().toLowerCase(Locale.ROOT))
        || governor.pos().equals("VBD")) {
      return false;
    }
    for (Dependency edge : edges) {
      if (edge.governor() == governor.index()
          && (edge.baseRelation().equals("aux") || edge.baseRelation().equals("cop"))
          && text.tokens().get(edge.dependent()).pos().equals("VBD")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The token of {@code [first, end)} whose governor lies outside it (the phrase's head); the last
   * token when the parse gives none. The walk starts here, so a timex that is itself the predicate
   * ("the attack was on Friday") finds its copula.
   */
  private static int headOf(List<Dependency> edges, int first, int end) {
    for (Dependency edge : edges) {
      boolean inside = edge.dependent() >= first && edge.dependent() < end;
      boolean fromOutside = edge.governor() < first || edge.governor() >= end;
      if (inside && fromOutside) {
        return edge.dependent();
      }
    }
    return end - 1;
  }

  /** The governor of {@code node}, preferring a structural edge over a conjunct's shared one. */
  private static int governorOf(List<Dependency> edges, int node) {
    int fallback = -1;
    for (Dependency edge : edges) {
      if (edge.dependent() != node || edge.governor() < 0) {
        continue;
      }
      if (!edge.baseRelation().equals("conj") && !edge.baseRelation().equals("ref")) {
        return edge.governor();
      }
      fallback = fallback < 0 ? edge.governor() : fallback;
    }
    return fallback;
  }

  private static boolean hasChild(List<Dependency> edges, int node, String baseRelation) {
    for (Dependency edge : edges) {
      if (edge.governor() == node && edge.baseRelation().equals(baseRelation)) {
        return true;
      }
    }
    return false;
  }
}
