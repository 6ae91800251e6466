package org.sitrep.store.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;
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
import org.sitrep.model.Span;
import org.sitrep.model.TextSpan;

/**
 * Synthetic extractions in publication order, as if sitrep had read ten years of conflict news: 3
 * to 7 events per article (5 on average), dated up to three days before publication, and 30% of
 * events reported again by a second outlet one to four days later, with the same date, place and
 * participants but sometimes another death toll, so that the ledger must deduplicate them.
 * Deterministic for a seed. Not thread-safe.
 */
final class SyntheticArticles implements Iterator<Extraction> {
  static final double RE_REPORTED = 0.3;
  private static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);
  private static final int DAYS = 3652;
  private static final String[] OUTLETS = {
    "Daily Courier",
    "Frontline Wire",
    "Evening Ledger",
    "Region Today",
    "Morning Post",
    "Field Desk"
  };

  /** A fresh event to report again from article {@code due} on. */
  private record Pending(long due, Event event) {}

  private final SyntheticWorld world;
  private final Random random;
  private final long events;
  private final double articlesPerDay;
  private final PriorityQueue<Pending> pending =
      new PriorityQueue<>((a, b) -> Long.compare(a.due(), b.due()));
  private long fresh;
  private long reports;
  private long article;

  /** Articles reporting {@code events} distinct synthetic events (plus their second reports). */
  SyntheticArticles(SyntheticWorld world, Random random, long events) {
    this.world = world;
    this.random = random;
    this.events = events;
    this.articlesPerDay = Math.max(1.0 / 3, events * (1 + RE_REPORTED) / 5.0 / DAYS);
  }

  long freshEvents() {
    return fresh;
  }

  long reports() {
    return reports;
  }

  @Override
  public boolean hasNext() {
    return fresh < events || !pending.isEmpty();
  }

  @Override
  public Extraction next() {
    if (!hasNext()) {
      throw new NoSuchElementException("all " + events + " synthetic events are reported");
    }
    LocalDate published = FIRST_DAY.plusDays(Math.min(DAYS - 1, (long) (article / articlesPerDay)));
    String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
    ArticleText text = new ArticleText(random);
    text.sentence(outlet + " reports from the field on " + published + ".");
    List<Event> planned = plan(published);
    Map<String, Entity> entities = new LinkedHashMap<>();
    List<Event> written = new ArrayList<>();
    for (Event event : planned) {
      written.add(text.write(event, "V" + (written.size() + 1), entities));
    }
    reports += written.size();
    String id = String.format(Locale.ROOT, "bench-a%08d", article++);
    Article read =
        new Article(
            id,
            null,
            text.toString(),
            published,
            DateSource.METADATA,
            null,
            outlet,
            null,
            "bench",
            Map.of(),
            List.of());
    return new Extraction(
        read,
        List.copyOf(entities.values()),
        List.of(),
        List.of(),
        List.of(),
        written,
        List.of(),
        null);
  }

  /** Due second reports first, then fresh events, 3 to 7 in all. */
  private List<Event> plan(LocalDate published) {
    int wanted = 3 + random.nextInt(5);
    List<Event> planned = new ArrayList<>();
    // Once every fresh event is out, the last second reports come at once: no empty articles.
    while (planned.size() < wanted
        && !pending.isEmpty()
        && (pending.peek().due() <= article || fresh >= events)) {
      planned.add(pending.poll().event());
    }
    while (planned.size() < wanted && fresh < events) {
      Event event = freshEvent(published);
      fresh++;
      if (random.nextDouble() < RE_REPORTED) {
        long later = article + (long) Math.ceil((1 + random.nextInt(4)) * articlesPerDay);
        pending.add(new Pending(later, event));
      }
      planned.add(event);
    }
    return planned;
  }

  /** A new event, before it is written into an article (offsets are placeholders). */
  private Event freshEvent(LocalDate published) {
    LocalDate day = published.minusDays(random.nextInt(4));
    double p = random.nextDouble();
    EventDate date =
        p < 0.85
            ? new EventDate(day.toString(), DatePrecision.DAY, null, null, null)
            : p < 0.97
                ? new EventDate(
                    day.toString().substring(0, 7), DatePrecision.MONTH, null, null, null)
                : new EventDate(
                    day.toString().substring(0, 4), DatePrecision.YEAR, null, null, null);
    SyntheticWorld.Town town = world.town(random);
    boolean point = random.nextDouble() < 0.8;
    EventLocation location =
        new EventLocation(
            point ? town.name() : town.admin2(),
            point ? town.geonamesId() : null,
            town.countryCode(),
            town.admin1(),
            town.admin2(),
            point ? town.lat() : null,
            point ? town.lon() : null,
            point ? LocationPrecision.POINT : LocationPrecision.ADMIN2,
            0,
            0,
            "");
    double t = random.nextDouble();
    EventType type =
        t < 0.6
            ? EventType.ASSAULT
            : t < 0.8 ? EventType.PROTEST : t < 0.93 ? EventType.COERCE : EventType.MOBILIZE;
    SyntheticWorld.Actor actor = world.popularActor(random);
    List<Argument> actors = List.of(placeholder(actor));
    List<Argument> targets =
        type == EventType.ASSAULT && random.nextDouble() < 0.6
            ? List.of(placeholder(world.popularActor(random)))
            : List.of();
    Count fatalities =
        type == EventType.ASSAULT ? new Count(random.nextInt(12), null, 0, 0, "") : null;
    return new Event(
        "V0",
        type,
        null,
        List.of(),
        acled(type, targets.isEmpty()),
        new TextSpan(0, 0, ""),
        actors,
        targets,
        List.of(),
        List.of(),
        date,
        location,
        fatalities,
        null,
        null,
        random.nextDouble() < 0.8 ? Modality.ASSERTED : Modality.REPORTED,
        null,
        List.of(new Span(0, 0)),
        0.8);
  }

  private static Argument placeholder(SyntheticWorld.Actor actor) {
    return new Argument(actor.name(), null, actor.id(), actor.type(), 0, 0, "");
  }

  private static AcledType acled(EventType type, boolean noTarget) {
    return switch (type) {
      case ASSAULT ->
          noTarget
              ? new AcledType("Explosions/Remote violence", "Shelling/artillery/missile attack")
              : new AcledType("Battles", "Armed clash");
      case PROTEST -> new AcledType("Protests", "Peaceful protest");
      case COERCE -> new AcledType("Strategic developments", "Arrests");
      default -> new AcledType("Strategic developments", "Other");
    };
  }

  /** Builds an article's text and re-anchors each event's evidence in it. */
  private static final class ArticleText {
    private final StringBuilder text = new StringBuilder();
    private final Random random;

    ArticleText(Random random) {
      this.random = random;
    }

    void sentence(String sentence) {
      text.append(sentence).append(' ');
    }

    /** Writes one sentence for the event and returns the event with offsets into it. */
    Event write(Event event, String id, Map<String, Entity> entities) {
      List<Argument> actors = new ArrayList<>();
      for (Argument a : event.actors()) {
        actors.add(mention(a, entities));
      }
      TextSpan trigger = append(verb(event.type()));
      List<Argument> targets = new ArrayList<>();
      for (Argument a : event.targets()) {
        targets.add(mention(a, entities));
      }
      append("in");
      EventLocation l = event.location();
      TextSpan place = append(l.name());
      EventLocation location =
          new EventLocation(
              l.name(),
              l.geonamesId(),
              l.countryCode(),
              l.admin1(),
              l.admin2(),
              l.lat(),
              l.lon(),
              l.precision(),
              place.start(),
              place.end(),
              place.text());
      append("on");
      TextSpan day = append(event.date().value());
      EventDate date =
          new EventDate(
              event.date().value(), event.date().precision(), day.start(), day.end(), day.text());
      Count fatalities = null;
      if (event.fatalities() != null) {
        // A second outlet gives another toll one time in four: a disagreement to keep.
        long toll = event.fatalities().min() + (random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0);
        TextSpan number = append(Long.toString(toll));
        append("killed");
        fatalities = new Count(toll, toll, number.start(), number.end(), number.text());
      }
      text.append(noise()).append(". ");
      return new Event(
          id,
          event.type(),
          event.mode(),
          event.modes(),
          event.acled(),
          trigger,
          actors,
          targets,
          List.of(),
          List.of(),
          date,
          location,
          fatalities,
          null,
          null,
          event.modality(),
          null,
          List.of(trigger.span()),
          event.confidence());
    }

    private Argument mention(Argument argument, Map<String, Entity> entities) {
      TextSpan span = append(argument.name());
      Entity known = entities.get(argument.actorId());
      String entityId = known == null ? "E" + (entities.size() + 1) : known.id();
      List<TextSpan> mentions = new ArrayList<>(known == null ? List.of() : known.mentions());
      mentions.add(span);
      entities.put(
          argument.actorId(),
          new Entity(
              entityId,
              EntityKind.GROUP,
              argument.name(),
              argument.actorId(),
              argument.actorType(),
              null,
              null,
              null,
              List.of(),
              mentions));
      return new Argument(
          argument.name(),
          entityId,
          argument.actorId(),
          argument.actorType(),
          span.start(),
          span.end(),
          span.text());
    }

    private TextSpan append(String words) {
      int start = text.length();
      text.append(words);
      TextSpan span = new TextSpan(start, text.length(), words);
      text.append(' ');
      return span;
    }

    /** Words that keep every article's text its own, so no two are taken for wire copies. */
    private String noise() {
      StringBuilder words = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        words.append(" w").append(Integer.toString(random.nextInt(1 << 20), 36));
      }
      return words.toString();
    }

    private static String verb(EventType type) {
      return switch (type) {
        case ASSAULT -> "attacked";
        case PROTEST -> "protested";
        case COERCE -> "detained people";
        default -> "mobilised";
      };
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
