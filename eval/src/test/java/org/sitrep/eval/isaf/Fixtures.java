package org.sitrep.eval.isaf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.sitrep.model.Place;
import org.sitrep.model.PlaceFeature;
import org.sitrep.model.TextSpan;

/** Hand-built extractions over one short text written for these tests. */
final class Fixtures {
  static final String TEXT =
      "KABUL, Afghanistan - A joint patrol detained two suspects near a bazaar in Kandahar "
          + "province on Tuesday and killed one gunman. A helicopter crew fired on a truck. "
          + "Villagers said a shopkeeper died. Elders met in Paktia on Monday.";

  private Fixtures() {}

  static TextSpan span(String phrase) {
    int start = TEXT.indexOf(phrase);
    if (start < 0) {
      throw new IllegalArgumentException("fixture text lacks " + phrase);
    }
    return TextSpan.of(TEXT, start, start + phrase.length());
  }

  static Article article() {
    return new Article(
        "t1", null, TEXT, null, DateSource.UNKNOWN, null, null, null, "test", Map.of(), List.of());
  }

  static Extraction extraction(List<Event> events) {
    return extraction(events, List.of(), List.of());
  }

  static Extraction extraction(List<Event> events, List<Entity> entities, List<Place> places) {
    return new Extraction(
        article(), entities, places, List.of(), List.of(), events, List.of(), null);
  }

  static Count count(long min, String phrase) {
    TextSpan span = span(phrase);
    return new Count(min, min, span.start(), span.end(), span.text());
  }

  static Argument argument(String name, String entity, String actorId, String phrase) {
    TextSpan span = span(phrase);
    return new Argument(name, entity, actorId, null, span.start(), span.end(), span.text());
  }

  static EventDate day(String value) {
    TextSpan span = span("Tuesday");
    return new EventDate(value, DatePrecision.DAY, span.start(), span.end(), span.text());
  }

  static EventDate month(String value) {
    return new EventDate(value, DatePrecision.MONTH, null, null, null);
  }

  static EventLocation location(String name, String countryCode, String admin1) {
    TextSpan span = span("Kandahar");
    return new EventLocation(
        name,
        null,
        countryCode,
        admin1,
        null,
        null,
        null,
        admin1 == null ? LocationPrecision.ADMIN1 : LocationPrecision.POINT,
        span.start(),
        span.end(),
        span.text());
  }

  static Place place(String phrase, String name, PlaceFeature feature, String countryCode) {
    TextSpan span = span(phrase);
    return new Place(
        span.start(),
        span.end(),
        span.text(),
        name,
        1L,
        countryCode,
        feature == PlaceFeature.ADMIN1 ? name : null,
        null,
        31.0,
        65.0,
        feature,
        "test");
  }

  static Entity entity(String id, String name, String actorId, String actorType, String phrase) {
    return new Entity(
        id,
        EntityKind.GROUP,
        name,
        actorId,
        actorType,
        "AF",
        null,
        null,
        List.of(),
        List.of(span(phrase)));
  }

  /** A builder, because an {@link Event} has nineteen components and a test cares about three. */
  static final class EventBuilder {
    private final EventType type;
    private String mode;
    private final List<String> modes = new ArrayList<>();
    private final List<Argument> targets = new ArrayList<>();
    private final List<Argument> victims = new ArrayList<>();
    private EventDate date = EventDate.unknown();
    private EventLocation location;
    private Count fatalities;
    private Count captured;
    private Modality modality = Modality.ASSERTED;

    EventBuilder(EventType type) {
      this.type = type;
    }

    EventBuilder mode(String value) {
      mode = value;
      modes.add(value);
      return this;
    }

    EventBuilder target(Argument argument) {
      targets.add(argument);
      return this;
    }

    EventBuilder victim(Argument argument) {
      victims.add(argument);
      return this;
    }

    EventBuilder date(EventDate value) {
      date = value;
      return this;
    }

    EventBuilder location(EventLocation value) {
      location = value;
      return this;
    }

    EventBuilder killed(long min) {
      fatalities = count(min, "killed one gunman");
      return this;
    }

    EventBuilder captured(long min) {
      captured = count(min, "two suspects");
      return this;
    }

    EventBuilder modality(Modality value) {
      modality = value;
      return this;
    }

    Event build() {
      TextSpan trigger = span("detained");
      return new Event(
          "V1",
          type,
          mode,
          modes,
          null,
          trigger,
          List.of(),
          targets,
          victims,
          List.of(),
          date,
          location,
          fatalities,
          captured,
          null,
          modality,
          null,
          List.of(trigger.span()),
          0.9);
    }
  }

  static EventBuilder event(EventType type) {
    return new EventBuilder(type);
  }
}
