package org.sitrep.eval.isaf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.eval.TsvTable;
import org.sitrep.model.Argument;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.EventLocation;
import org.sitrep.model.EventType;
import org.sitrep.model.Extraction;
import org.sitrep.model.LocationPrecision;
import org.sitrep.model.Modality;
import org.sitrep.model.PlaceFeature;
import org.sitrep.model.TextSpan;

/**
 * How a sitrep {@link Extraction} becomes the fields the ISAF press-release coding scores.
 * Immutable and thread-safe; build it once.
 *
 * <p>The rules, field by field:
 *
 * <ul>
 *   <li><b>Which events count.</b> Only events whose modality is asserted or reported. Denied,
 *       hypothetical and future events did not happen as far as the text says, and the ISAF coders
 *       code what happened. Events are taken in the extractor's order, which is reading order.
 *   <li><b>Main event.</b> The first ASSAULT or COERCE event with a day-precision date; else the
 *       first event with a day-precision date; else the first ASSAULT or COERCE event; else the
 *       first event. ISAF releases report one operation (a raid, an arrest), which sitrep codes as
 *       ASSAULT or COERCE; the other events of a release are mostly background.
 *   <li><b>date</b>: the main event's date when it has day precision; else the earliest dated
 *       event's value (a month or year, which then scores as wrong: the gold is always a day).
 *   <li><b>event_type</b>: one label, the first that applies of: civiliancasualty (an event with
 *       fatalities whose target or victim is a civilian); airstrike (an ASSAULT with mode aerial or
 *       drone); captureandkill (an ASSAULT with fatalities, and a capture: a COERCE "arrest" event
 *       or a captured count above 0); insurgentskilled (an ASSAULT with fatalities, no capture);
 *       detention (a capture, nobody killed). Design decision: one label by precedence, see below.
 *   <li><b>province</b>: the admin1 of each event location in Afghanistan (or with no country),
 *       main event first, in ISAF spelling ({@code province-names.tsv}); a location coded at
 *       province precision without an admin1 gives its own name. When no event has one: the
 *       provinces among the extraction's places (feature admin1, country AF), outside the dateline.
 *   <li><b>target_group</b>: the ISAF groups named by the actor ids, names and texts of the events'
 *       targets and victims, and of the entities they link to ({@code target-groups.tsv}).
 *   <li><b>killed, captured</b>: the sums of {@code fatalities.min} and {@code captured.min} over
 *       the counted events (0 when absent).
 * </ul>
 */
public final class IsafProjection {
  private static final Set<Modality> HAPPENED = Set.of(Modality.ASSERTED, Modality.REPORTED);
  private static final Set<String> AIR_MODES = Set.of("aerial", "drone");
  private static final String ARREST_MODE = "arrest";
  private static final String AFGHANISTAN = "AF";

  private final ProvinceNames provinceNames;
  private final WordMatcher targetGroups;
  private final WordMatcher civilianTerms;

  /** The projection with the lexicons shipped in this package. */
  public IsafProjection() {
    this.provinceNames = ProvinceNames.load();
    this.targetGroups =
        WordMatcher.of(TsvTable.read(IsafProjection.class, "target-groups.tsv", 3), 1);
    this.civilianTerms =
        WordMatcher.of(TsvTable.read(IsafProjection.class, "civilian-terms.tsv", 2), 0);
  }

  /** The ISAF fields {@code extraction} predicts; a rejected extraction predicts nothing. */
  public IsafFields project(Extraction extraction) {
    Objects.requireNonNull(extraction, "extraction");
    List<Event> events =
        extraction.events().stream().filter(e -> HAPPENED.contains(e.modality())).toList();
    Optional<Event> main = mainEvent(events);
    Map<String, Entity> entities =
        extraction.entities().stream()
            .collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
    return new IsafFields(
        date(main, events),
        List.copyOf(eventTypes(events, entities)),
        provinces(main, events, extraction),
        List.copyOf(targetGroups(events, entities)),
        sum(events, Event::fatalities),
        sum(events, Event::captured));
  }

  private static Optional<Event> mainEvent(List<Event> events) {
    return events.stream()
        .filter(e -> isOperation(e) && hasDay(e))
        .findFirst()
        .or(() -> events.stream().filter(IsafProjection::hasDay).findFirst())
        .or(() -> events.stream().filter(IsafProjection::isOperation).findFirst())
        .or(() -> events.stream().findFirst());
  }

  private static String date(Optional<Event> main, List<Event> events) {
    if (main.isPresent() && hasDay(main.get())) {
      return main.get().date().value();
    }
    // Design decision: ISO values of mixed precision sort by their start ("2010-12" before
    // "2010-12-27"), which is what "earliest" should mean here.
    return events.stream()
        .map(e -> e.date().value())
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  /**
   * The event type labels. Design decision: one label, by precedence, not one per rule that fires.
   * The ISAF coders give a release one type (223 of the 224 dev records have one), and they code an
   * airstrike that killed insurgents as "airstrike", not also "insurgentskilled".
   */
  private Set<String> eventTypes(List<Event> events, Map<String, Entity> entities) {
    boolean killed = events.stream().anyMatch(e -> isAssault(e) && count(e.fatalities()) > 0);
    boolean capture = events.stream().anyMatch(e -> isArrest(e) || count(e.captured()) > 0);
    if (events.stream().anyMatch(e -> count(e.fatalities()) > 0 && hitsCivilians(e, entities))) {
      return Set.of("civiliancasualty");
    }
    if (events.stream()
        .anyMatch(e -> isAssault(e) && AIR_MODES.stream().anyMatch(m -> hasMode(e, m)))) {
      return Set.of("airstrike");
    }
    if (killed) {
      return Set.of(capture ? "captureandkill" : "insurgentskilled");
    }
    return capture ? Set.of("detention") : Set.of();
  }

  private List<String> provinces(Optional<Event> main, List<Event> events, Extraction extraction) {
    Set<String> provinces = new LinkedHashSet<>();
    Stream.concat(main.stream(), events.stream())
        .map(Event::location)
        .filter(Objects::nonNull)
        .map(IsafProjection::provinceOf)
        .flatMap(Optional::stream)
        .map(provinceNames::isafName)
        .forEach(provinces::add);
    if (provinces.isEmpty()) {
      TextSpan dateline = extraction.article().publishedEvidence();
      extraction.places().stream()
          .filter(p -> p.feature() == PlaceFeature.ADMIN1 && AFGHANISTAN.equals(p.countryCode()))
          .filter(
              p -> dateline == null || p.end() <= dateline.start() || p.start() >= dateline.end())
          .map(p -> p.admin1() != null ? p.admin1() : p.name())
          .map(provinceNames::isafName)
          .forEach(provinces::add);
    }
    return List.copyOf(provinces);
  }

  private static Optional<String> provinceOf(EventLocation location) {
    if (location.countryCode() != null && !AFGHANISTAN.equals(location.countryCode())) {
      return Optional.empty();
    }
    if (location.admin1() != null && !location.admin1().isBlank()) {
      return Optional.of(location.admin1());
    }
    return location.precision() == LocationPrecision.ADMIN1
        ? Optional.of(location.name())
        : Optional.empty();
  }

  private Set<String> targetGroups(List<Event> events, Map<String, Entity> entities) {
    Set<String> groups = new TreeSet<>();
    events.stream()
        .flatMap(IsafProjection::recipients)
        .flatMap(argument -> names(argument, entities))
        .forEach(name -> groups.addAll(targetGroups.labels(name)));
    return groups;
  }

  private boolean hitsCivilians(Event event, Map<String, Entity> entities) {
    return recipients(event)
        .anyMatch(
            argument ->
                isCivilianEntity(entities.get(argument.entity()))
                    || names(argument, entities).anyMatch(n -> !civilianTerms.labels(n).isEmpty()));
  }

  private static boolean isCivilianEntity(Entity entity) {
    return entity != null
        && entity.actorType() != null
        && entity.actorType().toLowerCase(Locale.ROOT).contains("civilian");
  }

  private static Stream<Argument> recipients(Event event) {
    return Stream.concat(event.targets().stream(), event.victims().stream());
  }

  /** Every string that says who an argument is: its actor id, name, text, and its entity's. */
  private static Stream<String> names(Argument argument, Map<String, Entity> entities) {
    List<String> names = new ArrayList<>();
    names.add(argument.name());
    names.add(argument.text());
    names.add(argument.actorId());
    Entity entity = argument.entity() == null ? null : entities.get(argument.entity());
    if (entity != null) {
      names.add(entity.name());
      names.add(entity.actorId());
    }
    return names.stream().filter(Objects::nonNull);
  }

  private static long sum(List<Event> events, Function<Event, Count> count) {
    return events.stream().mapToLong(e -> count(count.apply(e))).sum();
  }

  private static long count(Count count) {
    return count == null ? 0 : count.min();
  }

  private static boolean isOperation(Event event) {
    return event.type() == EventType.ASSAULT || event.type() == EventType.COERCE;
  }

  private static boolean isAssault(Event event) {
    return event.type() == EventType.ASSAULT;
  }

  private static boolean isArrest(Event event) {
    return event.type() == EventType.COERCE && hasMode(event, ARREST_MODE);
  }

  private static boolean hasDay(Event event) {
    return event.date().precision() == DatePrecision.DAY;
  }

  private static boolean hasMode(Event event, String mode) {
    return mode.equals(event.mode()) || event.modes().contains(mode);
  }
}
