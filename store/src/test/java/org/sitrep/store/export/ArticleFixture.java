package org.sitrep.store.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.AcledType;
import org.sitrep.model.Argument;
import org.sitrep.model.Article;
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
import org.sitrep.model.TextSpan;

/**
 * Builds hand-made extractions of an invented article: every span is found in the text by its
 * words, so a fixture reads like the sentence it codes.
 */
final class ArticleFixture {
  private final String id;
  private final String source;
  private final LocalDate published;
  private final String text;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  ArticleFixture(String id, String source, String published, String text) {
    this.id = id;
    this.source = source;
    this.published = LocalDate.parse(published);
    this.text = text;
  }

  /** A catalogued armed group mentioned by {@code words}. */
  ArticleFixture group(String actorId, String words) {
    entities.add(
        new Entity(
            "E" + (entities.size() + 1),
            EntityKind.GROUP,
            words,
            actorId,
            "rebel group",
            null,
            null,
            null,
            List.of(),
            List.of(span(words))));
    return this;
  }

  /** An attack by the first entity on {@code day} at a town; {@code killed} null when untold. */
  ArticleFixture attack(String trigger, String day, Town town, String killed) {
    Entity actor = entities.get(0);
    TextSpan mention = actor.mentions().get(0);
    Argument by =
        new Argument(
            actor.name(),
            actor.id(),
            actor.actorId(),
            actor.actorType(),
            mention.start(),
            mention.end(),
            mention.text());
    TextSpan dayText = span(day);
    TextSpan townText = span(town.name());
    Count count = null;
    if (killed != null) {
      TextSpan k = span(killed);
      long n = Long.parseLong(killed);
      count = new Count(n, n, k.start(), k.end(), k.text());
    }
    events.add(
        new Event(
            "V" + (events.size() + 1),
            EventType.ASSAULT,
            "aerial",
            List.of("aerial"),
            new AcledType("Explosions/Remote violence", "Air/drone strike"),
            span(trigger),
            List.of(by),
            List.of(),
            List.of(),
            List.of(),
            new EventDate(
                isoDay(day), DatePrecision.DAY, dayText.start(), dayText.end(), dayText.text()),
            town.location(townText),
            count,
            null,
            null,
            Modality.ASSERTED,
            null,
            List.of(span(trigger).span()),
            0.9));
    return this;
  }

  Extraction extraction() {
    Article article =
        new Article(
            id,
            null,
            text,
            published,
            DateSource.METADATA,
            null,
            source,
            null,
            "fixture",
            Map.of(),
            List.of());
    return new Extraction(
        article, entities, List.of(), List.of(), List.of(), events, List.of(), null);
  }

  private TextSpan span(String words) {
    int start = text.indexOf(words);
    if (start < 0) {
      throw new IllegalArgumentException("'" + words + "' is not in the fixture text");
    }
    return new TextSpan(start, start + words.length(), words);
  }

  /** "14 March 2021" → "2021-03-14". */
  private static String isoDay(String day) {
    return java.time.LocalDate.parse(
            day,
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH))
        .toString();
  }

  /** An invented town; coordinates null for a place known only to its province. */
  record Town(
      String name,
      Long geonamesId,
      String countryCode,
      String admin1,
      Double lat,
      Double lon,
      LocationPrecision precision) {
    EventLocation location(TextSpan mention) {
      return new EventLocation(
          name,
          geonamesId,
          countryCode,
          admin1,
          null,
          lat,
          lon,
          precision,
          mention.start(),
          mention.end(),
          mention.text());
    }
  }
}
