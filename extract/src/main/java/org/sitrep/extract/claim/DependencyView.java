package org.sitrep.extract.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.model.Span;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.Dependency;
import org.sitrep.model.text.Sentence;
import org.sitrep.model.text.Token;

/** Dependency edges of an annotated text indexed by token, both ways. */
final class DependencyView {
  private final AnnotatedText text;
  private final List<List<Dependency>> children = new ArrayList<>();
  private final List<List<Dependency>> governors = new ArrayList<>();

  DependencyView(AnnotatedText text) {
    this.text = text;
    for (int i = 0; i < text.tokens().size(); i++) {
      children.add(new ArrayList<>());
      governors.add(new ArrayList<>());
    }
    for (Sentence sentence : text.sentences()) {
      for (Dependency edge : sentence.dependencies()) {
        governors.get(edge.dependent()).add(edge);
        if (edge.governor() >= 0) {
          children.get(edge.governor()).add(edge);
        }
      }
    }
  }

  AnnotatedText text() {
    return text;
  }

  Token token(int index) {
    return text.tokens().get(index);
  }

  int size() {
    return text.tokens().size();
  }

  List<Dependency> children(int token) {
    return children.get(token);
  }

  List<Dependency> governors(int token) {
    return governors.get(token);
  }

  /** The first dependent (in text order) whose relation is {@code relation} exactly. */
  Optional<Integer> child(int token, String relation) {
    return children.get(token).stream()
        .filter(edge -> edge.relation().equals(relation))
        .map(Dependency::dependent)
        .sorted()
        .findFirst();
  }

  /** The first dependent (in text order) whose relation matches. */
  Optional<Integer> child(int token, Predicate<String> relation) {
    return children.get(token).stream()
        .filter(edge -> relation.test(edge.relation()))
        .map(Dependency::dependent)
        .sorted()
        .findFirst();
  }

  /** The governor of the first incoming edge, or -1 at a root. */
  int governor(int token) {
    List<Dependency> edges = governors.get(token);
    return edges.isEmpty() ? -1 : edges.get(0).governor();
  }

  /** {@code head} and every token reachable from it through edges {@code follow} accepts. */
  Set<Integer> subtree(int head, Predicate<Dependency> follow) {
    Set<Integer> members = new HashSet<>();
    List<Integer> stack = new ArrayList<>(List.of(head));
    while (!stack.isEmpty()) {
      int next = stack.remove(stack.size() - 1);
      if (!members.add(next)) {
        continue;
      }
      for (Dependency edge : children.get(next)) {
        if (follow.test(edge)) {
          stack.add(edge.dependent());
        }
      }
    }
    return members;
  }

  /**
   * The run of member tokens around {@code head}, without its leading and trailing punctuation.
   *
   * <p>Design decision: enhanced++ graphs add edges (shared subjects, relative-clause antecedents)
   * that can reach tokens far from the phrase; only the contiguous run around the head counts, so a
   * span never jumps over text that is not part of it.
   */
  Span run(int head, Set<Integer> members) {
    int first = head;
    int last = head;
    while (first - 1 >= 0 && joins(first - 1, first - 2, members)) {
      first--;
    }
    while (last + 1 < size() && joins(last + 1, last + 2, members)) {
      last++;
    }
    while (first < last && isPunctuation(token(first))) {
      first++;
    }
    while (last > first && isPunctuation(token(last))) {
      last--;
    }
    return new Span(token(first).start(), token(last).end());
  }

  /** A member, or a punctuation mark with a member beyond it: "the Taliban, which …". */
  private boolean joins(int next, int beyond, Set<Integer> members) {
    if (members.contains(next)) {
      return true;
    }
    return isPunctuation(token(next))
        && beyond >= 0
        && beyond < size()
        && members.contains(beyond)
        && token(beyond).sentence() == token(next).sentence();
  }

  /** Tokens wholly inside {@code span}, in text order. */
  List<Token> tokensIn(Span span) {
    List<Token> inside = new ArrayList<>();
    for (Token token : text.tokens()) {
      if (token.start() >= span.start() && token.end() <= span.end()) {
        inside.add(token);
      }
    }
    return inside;
  }

  /** The token that covers char {@code offset}, or the first one after it; -1 past the end. */
  int tokenAt(int offset) {
    for (Token token : text.tokens()) {
      if (token.end() > offset) {
        return token.index();
      }
    }
    return -1;
  }

  static boolean isPunctuation(Token token) {
    return token.text().codePoints().noneMatch(Character::isLetterOrDigit);
  }
}
