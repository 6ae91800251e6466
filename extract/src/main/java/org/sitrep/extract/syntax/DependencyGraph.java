package org.sitrep.extract.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.Dependency;
import org.sitrep.model.text.Sentence;
import org.sitrep.model.text.Token;

/**
 * The dependency edges of a whole text indexed both ways, with the phrase and subtree walks that
 * extraction stages share. Built once per article; immutable after construction.
 */
public final class DependencyGraph {
  /** Modifiers that belong to a noun phrase's name: "Afghanistan's northern Kunar province". */
  private static final Set<String> PHRASE_RELATIONS =
      Set.of(
          "det",
          "amod",
          "compound",
          "nummod",
          "flat",
          "nmod:poss",
          "case",
          "det:predet",
          "compound:prt",
          "fixed",
          "advmod",
          "nmod:npmod",
          "det:qmod",
          "nmod:of");

  private final AnnotatedText text;
  private final Map<Integer, List<Dependency>> children = new HashMap<>();
  private final Map<Integer, List<Dependency>> parents = new HashMap<>();

  public DependencyGraph(AnnotatedText text) {
    this.text = text;
    for (Sentence sentence : text.sentences()) {
      for (Dependency edge : sentence.dependencies()) {
        if (edge.governor() >= 0) {
          children.computeIfAbsent(edge.governor(), k -> new ArrayList<>()).add(edge);
        }
        parents.computeIfAbsent(edge.dependent(), k -> new ArrayList<>()).add(edge);
      }
    }
  }

  public AnnotatedText text() {
    return text;
  }

  public Token token(int index) {
    return text.tokens().get(index);
  }

  /** Edges from {@code governor} to its dependents. */
  public List<Dependency> children(int governor) {
    return children.getOrDefault(governor, List.of());
  }

  /** Edges into {@code dependent} (enhanced graphs may give a token several heads). */
  public List<Dependency> parents(int dependent) {
    return parents.getOrDefault(dependent, List.of());
  }

  /** Dependents of {@code governor} by relation, subtype included ("obl:in") or base ("obl"). */
  public List<Integer> children(int governor, String relation) {
    List<Integer> found = new ArrayList<>();
    for (Dependency edge : children(governor)) {
      if (edge.relation().equals(relation) || edge.baseRelation().equals(relation)) {
        found.add(edge.dependent());
      }
    }
    return found;
  }

  /** True when {@code governor} has a dependent with that relation. */
  public boolean hasChild(int governor, String relation) {
    return !children(governor, relation).isEmpty();
  }

  /**
   * The tokens of the noun phrase headed by {@code head}: the head and its name-forming modifiers,
   * as a contiguous token range {@code [first, end)} with leading case markers and trailing
   * punctuation trimmed.
   */
  public int[] phrase(int head) {
    int first = head;
    int last = head;
    Deque<Integer> todo = new ArrayDeque<>(List.of(head));
    BitSet seen = new BitSet();
    Sentence sentence = text.sentenceOf(token(head));
    while (!todo.isEmpty()) {
      int current = todo.pop();
      if (seen.get(current)) {
        continue;
      }
      seen.set(current);
      for (Dependency edge : children(current)) {
        int dependent = edge.dependent();
        if (PHRASE_RELATIONS.contains(edge.relation())
            && sentence.containsToken(dependent)
            && Math.abs(dependent - head) <= 8) {
          first = Math.min(first, dependent);
          last = Math.max(last, dependent);
          todo.push(dependent);
        }
      }
    }
    while (first < head && isEdgeJunk(token(first))) {
      first++;
    }
    while (last > head && isEdgeJunk(token(last))) {
      last--;
    }
    return new int[] {first, last + 1};
  }

  private static boolean isEdgeJunk(Token token) {
    return token.pos().equals("IN")
        || token.pos().equals("TO")
        || token.pos().equals(",")
        || token.pos().equals("``")
        || token.pos().equals("''")
        || token.pos().startsWith("-")
        || token.pos().equals(":");
  }

  /**
   * Every token reachable from {@code root} by dependency edges within its sentence, not passing
   * through an edge whose base relation is in {@code stopAt}.
   */
  public BitSet subtree(int root, Set<String> stopAt) {
    BitSet seen = new BitSet();
    Sentence sentence = text.sentenceOf(token(root));
    Deque<Integer> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      int current = todo.pop();
      if (seen.get(current)) {
        continue;
      }
      seen.set(current);
      for (Dependency edge : children(current)) {
        if (!stopAt.contains(edge.baseRelation())
            && !stopAt.contains(edge.relation())
            && sentence.containsToken(edge.dependent())) {
          todo.push(edge.dependent());
        }
      }
    }
    return seen;
  }

  /**
   * Like {@link #subtree(int, Set)}, but a {@code conj} edge is followed when it leads to a noun:
   * "killed A in July, and B in April" keeps B in the verb's object region.
   */
  public BitSet objectRegion(int root, Set<String> stopAt) {
    BitSet seen = subtree(root, stopAt);
    for (Dependency edge : children(root)) {
      if (edge.baseRelation().equals("conj") && token(edge.dependent()).isNoun()) {
        seen.or(subtree(edge.dependent(), stopAt));
      }
    }
    return seen;
  }

  /** The number of edges from {@code from} up to {@code ancestor}, or -1 if it is not above. */
  public int distanceUp(int from, int ancestor, int maxSteps) {
    int current = from;
    for (int step = 0; step <= maxSteps; step++) {
      if (current == ancestor) {
        return step;
      }
      List<Dependency> up = parents(current);
      if (up.isEmpty() || up.get(0).governor() < 0) {
        return -1;
      }
      current = up.get(0).governor();
    }
    return -1;
  }

  /** The first (basic-tree) governor of a token, or -1 at the root. */
  public int head(int token) {
    List<Dependency> up = parents(token);
    return up.isEmpty() ? -1 : up.get(0).governor();
  }

  /** The relation to the first governor, or "root". */
  public String relationToHead(int token) {
    List<Dependency> up = parents(token);
    return up.isEmpty() ? "root" : up.get(0).relation();
  }
}
