package org.sitrep.extract.claim;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.Entity;
import org.sitrep.model.Quantity;
import org.sitrep.model.QuantityClaim;
import org.sitrep.model.Span;
import org.sitrep.model.TextSpan;
import org.sitrep.model.text.Token;

/**
 * Reads the number a claim asserts: the first quantity inside its content, and what is counted.
 *
 * <p>The subject is the counted noun when the quantity names it ("1,500 IS militants" counts "IS
 * militants"), else the subject of the clause that holds the number ("the group now numbers fewer
 * than 1,000" counts "the group"). The date the number holds for is left to a later stage.
 */
final class QuantityClaimBuilder {
  /** How far past the number the counted noun may stand: "1,500 IS militants". */
  private static final int UNIT_REACH = 4;

  /** How many governors up the clause subject may be searched for. */
  private static final int CLIMB = 6;

  private QuantityClaimBuilder() {}

  static Optional<QuantityClaim> build(
      DependencyView view, Span content, List<Quantity> quantities, List<Entity> entities) {
    Optional<Quantity> quantity =
        quantities.stream().filter(q -> content.encloses(q.span())).findFirst();
    if (quantity.isEmpty()) {
      return Optional.empty();
    }
    Quantity q = quantity.get();
    List<Token> tokens = view.tokensIn(q.span());
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    return unitSubject(view, q, tokens)
        .or(() -> clauseSubject(view, q, tokens, content))
        .map(
            subject -> {
              TextSpan text = TextSpan.of(view.text().text(), subject);
              return new QuantityClaim(
                  text.text(),
                  actorAt(subject, entities),
                  q.min(),
                  q.max(),
                  q.minExclusive(),
                  q.maxExclusive(),
                  q.unit(),
                  null,
                  q.start(),
                  q.end(),
                  q.text());
            });
  }

  /** The words from the number to the counted noun, when the quantity has a unit. */
  private static Optional<Span> unitSubject(DependencyView view, Quantity q, List<Token> tokens) {
    if (q.unit() == null) {
      return Optional.empty();
    }
    int lastNumber = -1;
    for (Token token : tokens) {
      if (token.pos().equals("CD")) {
        lastNumber = token.index();
      }
    }
    if (lastNumber < 0) {
      return Optional.empty();
    }
    String unit = q.unit().toLowerCase(Locale.ROOT);
    int sentenceEnd = view.text().sentenceOf(view.token(lastNumber)).endToken();
    int limit = Math.min(sentenceEnd, tokens.get(tokens.size() - 1).index() + 1 + UNIT_REACH);
    for (int i = lastNumber + 1; i < limit; i++) {
      Token token = view.token(i);
      String word = token.text().toLowerCase(Locale.ROOT);
      String lemma = token.lemma().toLowerCase(Locale.ROOT);
      if (word.equals(unit) || lemma.equals(unit) || unit.equals(lemma + "s")) {
        return Optional.of(new Span(view.token(lastNumber + 1).start(), token.end()));
      }
    }
    return Optional.empty();
  }

  /** The subject of the nearest clause above the number, within the claim's content. */
  private static Optional<Span> clauseSubject(
      DependencyView view, Quantity q, List<Token> tokens, Span content) {
    int node = tokens.get(tokens.size() - 1).index();
    for (Token token : tokens) {
      int governor = view.governor(token.index());
      if (governor >= 0 && !q.span().encloses(span(view.token(governor)))) {
        node = token.index();
      }
    }
    for (int step = 0; step < CLIMB && node >= 0; step++) {
      if (!content.encloses(span(view.token(node)))) {
        return Optional.empty();
      }
      Optional<Integer> subject =
          view.child(node, r -> r.equals("nsubj") || r.equals("nsubj:pass"))
              .filter(s -> !q.span().encloses(span(view.token(s))));
      if (subject.isPresent()) {
        return Optional.of(SpeakerPhrase.of(view, subject.get()));
      }
      node = view.governor(node);
    }
    return Optional.empty();
  }

  private static String actorAt(Span subject, List<Entity> entities) {
    for (Entity entity : entities) {
      if (entity.actorId() != null
          && entity.mentions().stream().anyMatch(m -> m.span().overlaps(subject))) {
        return entity.actorId();
      }
    }
    return null;
  }

  private static Span span(Token token) {
    return new Span(token.start(), token.end());
  }
}
