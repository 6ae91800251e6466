package org.sitrep.extract.claim;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.extract.relation.ActorReferences;
import org.sitrep.model.Argument;
import org.sitrep.model.Entity;
import org.sitrep.model.Quantity;
import org.sitrep.model.QuantityClaim;
import org.sitrep.model.Span;
import org.sitrep.model.TextSpan;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimexType;
import org.sitrep.model.text.Token;

/**
 * Reads the number a claim asserts: the first quantity inside its content that is a figure rather
 * than a reference ("the two groups", "one of these groups" count nothing), what is counted, and
 * the date the figure holds for.
 *
 * <p>The subject is the counted noun when the quantity names it ("some 800 M23 fighters" counts
 * "M23 fighters"), else the subject of the clause that holds the number ("the militia today has
 * fewer than 300 men" counts "the militia", which is the group named last before it).
 *
 * <p>Design decision: a count has no upper-only interval; "fewer than 1,000" is {@code [0, 1000)},
 * because a count is never negative. The figure holds for the date the content names, else for the
 * month of publication: a strength estimate says how things stand around the time of the report,
 * not on its exact day.
 *
 * <p>Lives for one article.
 */
final class QuantityClaimBuilder {
  /** How far past the number the counted noun may stand: "800 M23 fighters". */
  private static final int UNIT_REACH = 4;

  /** How many governors up the clause subject may be searched for. */
  private static final int CLIMB = 6;

  private static final Set<String> REFERRING =
      Set.of("the", "these", "those", "its", "their", "our", "his", "her", "both");
  private static final Pattern CALENDAR_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /** What a figure counts: the head word and the phrase as written. */
  private record Subject(int head, Span span) {}

  private final DependencyView view;
  private final List<Quantity> quantities;
  private final List<Entity> entities;
  private final ActorReferences references;
  private final List<TimeExpression> times;
  private final LocalDate published;

  QuantityClaimBuilder(
      DependencyView view,
      List<Quantity> quantities,
      List<Entity> entities,
      ActorReferences references,
      List<TimeExpression> times,
      LocalDate published) {
    this.view = view;
    this.quantities = quantities;
    this.entities = entities;
    this.references = references;
    this.times = times;
    this.published = published;
  }

  Optional<QuantityClaim> build(Span content) {
    for (Quantity q : quantities) {
      List<Token> tokens = view.tokensIn(q.span());
      if (!content.encloses(q.span()) || tokens.isEmpty() || isReference(tokens)) {
        continue;
      }
      return unitSubject(q, tokens)
          .or(() -> clauseSubject(q, tokens, content))
          .map(subject -> claim(q, subject, content));
    }
    return Optional.empty();
  }

  private QuantityClaim claim(Quantity q, Subject subject, Span content) {
    TextSpan text = TextSpan.of(view.text().text(), subject.span());
    String actorId =
        actorNamedIn(subject.span())
            .or(() -> references.resolve(subject.head(), null).map(Argument::actorId))
            .orElse(null);
    Long min = q.min() == null ? Long.valueOf(0) : q.min();
    return new QuantityClaim(
        text.text(),
        actorId,
        min,
        q.max(),
        q.min() != null && q.minExclusive(),
        q.maxExclusive(),
        q.unit(),
        asOf(content),
        q.start(),
        q.end(),
        q.text());
  }

  /** The actor an entity mention inside the subject names: "M23" of "800 M23 fighters". */
  private Optional<String> actorNamedIn(Span subject) {
    for (Entity entity : entities) {
      if (entity.actorId() != null
          && entity.mentions().stream().anyMatch(m -> subject.encloses(m.span()))) {
        return Optional.of(entity.actorId());
      }
    }
    return Optional.empty();
  }

  /** The calendar date the content names, else the month of publication, else null. */
  private String asOf(Span content) {
    for (TimeExpression time : times) {
      if (content.encloses(time.span())
          && time.type() == TimexType.DATE
          && time.value() != null
          && CALENDAR_DATE.matcher(time.value()).matches()) {
        return time.value();
      }
    }
    return published == null ? null : YearMonth.from(published).toString();
  }

  /** "the two groups", "one of these groups": a number that points at things already named. */
  private boolean isReference(List<Token> tokens) {
    Token first = tokens.get(0);
    Token last = tokens.get(tokens.size() - 1);
    boolean determined =
        first.index() > 0
            && REFERRING.contains(view.token(first.index() - 1).text().toLowerCase(Locale.ROOT));
    boolean partitive =
        last.index() + 1 < view.size()
            && view.token(last.index() + 1).text().equalsIgnoreCase("of");
    return determined || partitive;
  }

  /** The words from the number to the counted noun, when the quantity has a unit. */
  private Optional<Subject> unitSubject(Quantity q, List<Token> tokens) {
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
        return Optional.of(
            new Subject(i, new Span(view.token(lastNumber + 1).start(), token.end())));
      }
    }
    return Optional.empty();
  }

  /** The subject of the nearest clause above the number, within the claim's content. */
  private Optional<Subject> clauseSubject(Quantity q, List<Token> tokens, Span content) {
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
        return Optional.of(new Subject(subject.get(), SpeakerPhrase.of(view, subject.get())));
      }
      node = view.governor(node);
    }
    return Optional.empty();
  }

  private static Span span(Token token) {
    return new Span(token.start(), token.end());
  }
}
