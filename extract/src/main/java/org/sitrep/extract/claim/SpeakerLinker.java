package org.sitrep.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;
import org.sitrep.model.TextSpan;
import org.sitrep.model.text.EntityMention;
import org.sitrep.model.text.Token;

/**
 * Turns speaker phrases into {@link Speaker}s of one article: links them to the article's entities
 * and reads "he" and "she" as the person who spoke or was named last.
 *
 * <p>Not thread-safe: it remembers the people seen so far, so it lives for one article and sees the
 * drafts in reading order.
 */
final class SpeakerLinker {
  /** A person the text named or let speak: where, and what to call them. */
  private record Person(int start, String name, String entity, String actorId) {}

  private final DependencyView view;
  private final List<Entity> entities;
  private final List<Person> named = new ArrayList<>();
  private final List<Person> speakers = new ArrayList<>();

  SpeakerLinker(DependencyView view, List<Entity> entities, List<Quote> quotes) {
    this.view = view;
    this.entities = entities;
    for (EntityMention mention : view.text().mentions()) {
      Span span = new Span(mention.start(), mention.end());
      if (mention.type().equals("PERSON") && !insideQuote(span, quotes)) {
        named.add(person(span, mention.text()));
      }
    }
    for (Entity entity : entities) {
      if (entity.kind() == EntityKind.PERSON) {
        for (TextSpan mention : entity.mentions()) {
          if (!insideQuote(mention.span(), quotes)) {
            named.add(new Person(mention.start(), entity.name(), entity.id(), entity.actorId()));
          }
        }
      }
    }
    named.sort(Comparator.comparingInt(Person::start));
  }

  /** The speaker of a draft, or null when the draft names none. */
  Speaker link(DraftClaim draft) {
    if (draft.speaker() == null) {
      return null;
    }
    TextSpan phrase = TextSpan.of(view.text().text(), draft.speaker());
    Token head = view.token(draft.speakerHead());
    if (SpeakerPhrase.isPersonalPronoun(head)) {
      Optional<Person> antecedent = antecedent(phrase.start());
      antecedent.ifPresent(speakers::add);
      return antecedent
          .map(p -> speaker(p.name(), p.entity(), p.actorId(), phrase))
          .orElseGet(() -> speaker(phrase.text(), null, null, phrase));
    }
    Optional<Entity> entity = entityAt(new Span(head.start(), head.end()));
    Speaker speaker =
        entity
            .map(e -> speaker(e.name(), e.id(), e.actorId(), phrase))
            .orElseGet(() -> speaker(phrase.text(), null, null, phrase));
    boolean person =
        entity.map(e -> e.kind() == EntityKind.PERSON).orElse(head.ner().equals("PERSON"));
    if (person) {
      speakers.add(new Person(phrase.start(), speaker.name(), speaker.entity(), speaker.actorId()));
    }
    return speaker;
  }

  /** The person who spoke or was named last before {@code offset}. */
  private Optional<Person> antecedent(int offset) {
    Person best = null;
    for (List<Person> people : List.of(speakers, named)) {
      for (Person person : people) {
        if (person.start() < offset && (best == null || person.start() > best.start())) {
          best = person;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private Person person(Span span, String text) {
    return entityAt(span)
        .map(e -> new Person(span.start(), e.name(), e.id(), e.actorId()))
        .orElseGet(() -> new Person(span.start(), text, null, null));
  }

  /** The entity with a mention over {@code span}, preferring the tightest mention. */
  private Optional<Entity> entityAt(Span span) {
    Entity best = null;
    int bestLength = Integer.MAX_VALUE;
    for (Entity entity : entities) {
      for (TextSpan mention : entity.mentions()) {
        if (mention.span().overlaps(span) && mention.span().length() < bestLength) {
          best = entity;
          bestLength = mention.span().length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean insideQuote(Span span, List<Quote> quotes) {
    return quotes.stream().anyMatch(quote -> quote.inner().encloses(span));
  }

  private static Speaker speaker(String name, String entity, String actorId, TextSpan phrase) {
    return new Speaker(name, entity, actorId, phrase.start(), phrase.end(), phrase.text());
  }
}
