package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Argument;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSource;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventLocation;
import org.sitrep.model.EventType;
import org.sitrep.model.Extraction;
import org.sitrep.model.LocationPrecision;
import org.sitrep.model.Modality;
import org.sitrep.model.QuantityClaim;
import org.sitrep.model.RelationClaim;
import org.sitrep.model.RelationType;
import org.sitrep.model.Speaker;
import org.sitrep.model.TextSpan;

/**
 * Hand-built extractions for the store's tests: every span is found in the article's own text, so a
 * fixture whose evidence is not in its text fails at once instead of storing nonsense.
 */
final class Fixtures {
  static final String WIRE = "Example Wire";

  private Fixtures() {}

  /** An article from {@link #WIRE}, with a URL made from its id. */
  static Article article(String id, String published, String text) {
    return article(id, "https://news.example/" + id, WIRE, published, text);
  }

  static Article article(String id, String url, String source, String published, String text) {
    LocalDate date = published == null ? null : LocalDate.parse(published);
    return new Article(
        id,
        null,
        text,
        date,
        date == null ? DateSource.UNKNOWN : DateSource.METADATA,
        null,
        source,
        url,
        "fixtures",
        Map.of(),
        List.of());
  }

  static Extraction extraction(Article article, List<Entity> entities, List<Event> events) {
    return extraction(article, entities, events, List.of());
  }

  static Extraction extraction(
      Article article, List<Entity> entities, List<Event> events, List<Claim> claims) {
    return new Extraction(article, entities, List.of(), List.of(), List.of(), events, claims, null);
  }

  /** A person outside the actor catalogue. */
  static Entity person(String id, String name, Article article) {
    return entity(id, EntityKind.PERSON, name, null, article);
  }

  /** A group of the actor catalogue, under its catalogue id. */
  static Entity catalogGroup(String id, String name, String actorId, Article article) {
    return entity(id, EntityKind.GROUP, name, actorId, article);
  }

  static Entity entity(String id, EntityKind kind, String name, String actorId, Article article) {
    return new Entity(
        id,
        kind,
        name,
        actorId,
        actorId == null ? null : "armed group",
        null,
        null,
        null,
        List.of(),
        List.of(span(article, name)));
  }

  /** The entity as an event argument, at its first mention. */
  static Argument argument(Entity entity) {
    TextSpan mention = entity.mentions().get(0);
    return new Argument(
        entity.name(),
        entity.id(),
        entity.actorId(),
        entity.actorType(),
        mention.start(),
        mention.end(),
        mention.text());
  }

  /** A district (ADMIN2) of a province, named in the article. */
  static EventLocation district(Article article, String name, String province, String country) {
    TextSpan at = span(article, name);
    return new EventLocation(
        name,
        null,
        country,
        province,
        name,
        null,
        null,
        LocationPrecision.ADMIN2,
        at.start(),
        at.end(),
        at.text());
  }

  /** A province (ADMIN1), named in the article. */
  static EventLocation province(Article article, String name, String country) {
    TextSpan at = span(article, name);
    return new EventLocation(
        name,
        null,
        country,
        name,
        null,
        null,
        null,
        LocationPrecision.ADMIN1,
        at.start(),
        at.end(),
        at.text());
  }

  /** A date {@code YYYY[-MM[-DD]]}, its precision by its length, without evidence span. */
  static EventDate date(String value) {
    DatePrecision precision =
        switch (value.length()) {
          case 4 -> DatePrecision.YEAR;
          case 7 -> DatePrecision.MONTH;
          default -> DatePrecision.DAY;
        };
    return new EventDate(value, precision, null, null, null);
  }

  static Count killed(Article article, long n, String evidence) {
    TextSpan at = span(article, evidence);
    return new Count(n, n, at.start(), at.end(), at.text());
  }

  static EventBuilder event(String id, EventType type, Article article, String trigger) {
    return new EventBuilder(id, type, span(article, trigger));
  }

  /** An event under construction: undated, unlocated and asserted until told otherwise. */
  static final class EventBuilder {
    private final String id;
    private final EventType type;
    private final TextSpan trigger;
    private final List<Argument> actors = new ArrayList<>();
    private final List<Argument> targets = new ArrayList<>();
    private final List<Argument> victims = new ArrayList<>();
    private EventDate date = EventDate.unknown();
    private EventLocation location;
    private Count fatalities;
    private Modality modality = Modality.ASSERTED;

    private EventBuilder(String id, EventType type, TextSpan trigger) {
      this.id = id;
      this.type = type;
      this.trigger = trigger;
    }

    EventBuilder by(Entity... entities) {
      Arrays.stream(entities).map(Fixtures::argument).forEach(actors::add);
      return this;
    }

    EventBuilder against(Entity... entities) {
      Arrays.stream(entities).map(Fixtures::argument).forEach(targets::add);
      return this;
    }

    EventBuilder killing(Entity... entities) {
      Arrays.stream(entities).map(Fixtures::argument).forEach(victims::add);
      return this;
    }

    EventBuilder on(String value) {
      this.date = date(value);
      return this;
    }

    EventBuilder at(EventLocation location) {
      this.location = location;
      return this;
    }

    EventBuilder fatalities(Count count) {
      this.fatalities = count;
      return this;
    }

    EventBuilder modality(Modality modality) {
      this.modality = modality;
      return this;
    }

    Event build() {
      return new Event(
          id,
          type,
          null,
          List.of(),
          null,
          trigger,
          actors,
          targets,
          victims,
          List.of(),
          date,
          location,
          fatalities,
          null,
          null,
          modality,
          null,
          List.of(trigger.span()),
          0.9);
    }
  }

  /**
   * A quoted estimate of a group's size: "{speaker} said ... {evidence}", the count of {@code
   * subjectActorId} between {@code min} and {@code max} {@code unit}.
   */
  static Claim estimate(
      String id,
      Article article,
      String speaker,
      String cue,
      String evidence,
      String subjectActorId,
      long min,
      long max,
      String unit,
      String asOf) {
    TextSpan who = span(article, speaker);
    TextSpan quantity = span(article, evidence);
    QuantityClaim claim =
        new QuantityClaim(
            subjectActorId,
            subjectActorId,
            min,
            max,
            false,
            false,
            unit,
            asOf,
            quantity.start(),
            quantity.end(),
            quantity.text());
    return new Claim(
        id,
        new Speaker(speaker, null, null, who.start(), who.end(), who.text()),
        span(article, cue),
        quantity,
        false,
        "assert",
        claim,
        List.of(),
        List.of());
  }

  /** The article's own voice saying that two entities stand in a relation. */
  static Claim relation(
      String id, Article article, RelationType type, Entity subject, Entity object, String text) {
    TextSpan evidence = span(article, text);
    return new Claim(
        id,
        null,
        null,
        evidence,
        false,
        "assert",
        null,
        List.of(
            new RelationClaim(
                type,
                argument(subject),
                argument(object),
                false,
                evidence.start(),
                evidence.end(),
                evidence.text())),
        List.of());
  }

  /** The first occurrence of {@code text} in the article. */
  static TextSpan span(Article article, String text) {
    int start = article.text().indexOf(text);
    if (start < 0) {
      throw new IllegalArgumentException(
          "fixture text '" + text + "' is not in article " + article.id());
    }
    return new TextSpan(start, start + text.length(), text);
  }
}
