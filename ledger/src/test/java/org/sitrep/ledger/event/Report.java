package org.sitrep.ledger.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ledger.SourceEvent;
import org.sitrep.model.AcledType;
import org.sitrep.model.Argument;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventLocation;
import org.sitrep.model.EventType;
import org.sitrep.model.LocationPrecision;
import org.sitrep.model.Modality;
import org.sitrep.model.TextSpan;

/** Builds one article's report of an event in a line: {@code Report.of("A", "2016-08-14")…}. */
final class Report {
  private final String articleId;
  private final LocalDate published;
  private String eventId = "V1";
  private String copyOf;
  private EventType type = EventType.ASSAULT;
  private String mode;
  private AcledType acled;
  private final List<Argument> actors = new ArrayList<>();
  private final List<Argument> targets = new ArrayList<>();
  private final List<Argument> victims = new ArrayList<>();
  private EventDate date = EventDate.unknown();
  private EventLocation location;
  private Count fatalities;
  private Modality modality = Modality.ASSERTED;

  private Report(String articleId, LocalDate published) {
    this.articleId = articleId;
    this.published = published;
  }

  /** A report in article {@code articleId} published on {@code published} (or null). */
  static Report of(String articleId, String published) {
    return new Report(articleId, published == null ? null : LocalDate.parse(published));
  }

  Report id(String id) {
    eventId = id;
    return this;
  }

  Report copyOf(String original) {
    copyOf = original;
    return this;
  }

  Report type(EventType value) {
    type = value;
    return this;
  }

  Report airstrike() {
    mode = "aerial";
    acled = new AcledType("Explosions/Remote violence", "Air/drone strike");
    return this;
  }

  /** A perpetrator; {@code actorId} null for an unresolved mention. */
  Report actor(String name, String actorId) {
    actors.add(argument(name, actorId));
    return this;
  }

  Report target(String name, String actorId) {
    targets.add(argument(name, actorId));
    return this;
  }

  Report victim(String name, String actorId) {
    victims.add(argument(name, actorId));
    return this;
  }

  /** A date: precision follows the value's length (YYYY, YYYY-MM, YYYY-MM-DD). */
  Report on(String value) {
    DatePrecision precision =
        switch (value.length()) {
          case 4 -> DatePrecision.YEAR;
          case 7 -> DatePrecision.MONTH;
          default -> DatePrecision.DAY;
        };
    date = new EventDate(value, precision, 0, value.length(), value);
    return this;
  }

  /** A location: a town (POINT), district (ADMIN2), province (ADMIN1) or country. */
  Report in(
      String name, String country, String admin1, String admin2, LocationPrecision precision) {
    location =
        new EventLocation(
            name, null, country, admin1, admin2, null, null, precision, 0, name.length(), name);
    return this;
  }

  /** Killed: {@code max} null for "at least {@code min}". */
  Report killed(long min, Long max, String text) {
    fatalities = new Count(min, max, 0, text.length(), text);
    return this;
  }

  Report modality(Modality value) {
    modality = value;
    return this;
  }

  SourceEvent build() {
    Event event =
        new Event(
            eventId,
            type,
            mode,
            mode == null ? List.of() : List.of(mode),
            acled,
            new TextSpan(0, 6, "struck"),
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
            List.of(),
            0.9);
    return new SourceEvent(articleId, "Outlet " + articleId, published, copyOf, event);
  }

  /** An argument the article knows as an entity when it has an actor id or a multi-word name. */
  private static Argument argument(String name, String actorId) {
    String entity = actorId != null || name.contains(" ") ? "E" + Math.abs(name.hashCode()) : null;
    return new Argument(name, entity, actorId, null, 0, name.length(), name);
  }
}
