package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.entity.ActorCatalog;
import org.sitrep.extract.entity.EntityIndex;
import org.sitrep.extract.syntax.DependencyGraph;
import org.sitrep.model.Argument;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventLocation;
import org.sitrep.model.EventType;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.TextSpan;
import org.sitrep.model.text.Token;

/** Turns a merged draft into the output {@link Event}, with ACLED coding and modality. */
final class EventAssembler {
  /** When an event has several modes, the most telling one is its main mode. */
  private static final List<String> MODE_PRIORITY =
      List.of(
          "unconventional",
          "crowd-control",
          "suicide-attack",
          "drone",
          "aerial",
          "heavy-weapons",
          "explosives",
          "abduct",
          "sexual",
          "targeted",
          "torture",
          "beat",
          "firearms",
          "primitive",
          "destroy",
          "arrest",
          "seize");

  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "this", "that", "these", "those");

  private final AcledCoder acled;
  private final ObjectClasses objects;
  private final PloverModes plover;
  private final ActorCatalog catalog;

  EventAssembler(
      AcledCoder acled, ObjectClasses objects, PloverModes plover, ActorCatalog catalog) {
    this.acled = acled;
    this.plover = plover;
    this.objects = objects;
    this.catalog = catalog;
  }

  /**
   * The output event of a draft.
   *
   * @param sentence every draft of the article whose main trigger shares the draft's sentence,
   *     itself included: the ACLED coding reads what else the sentence reports
   */
  Event assemble(String id, EventDraft draft, List<EventDraft> sentence, EventContext context) {
    DependencyGraph graph = context.graph();
    String source = graph.text().text();
    TriggerLexicon.Found main = draft.main();
    TextSpan trigger =
        TextSpan.of(source, graph.token(main.first()).start(), graph.token(main.end() - 1).end());
    EventType type = main.trigger().type();
    // "captured the town", "seized control of the district": taking a place by force is an
    // assault on territory (ACLED Battles), not an arrest or a seizure of goods.
    boolean territorial =
        (type == EventType.COERCE || type == EventType.ASSAULT)
            && objects.takesTerritory(draft, graph, context.entities());
    if (territorial && type == EventType.COERCE) {
      type = EventType.ASSAULT;
      draft.modes.removeAll(List.of("arrest", "seize"));
      draft.captured = null;
    }
    // "defused a bomb": the bomb's explosives mode is an ASSAULT mode, not one of COERCE's
    EventType coded = type;
    draft.modes.removeIf(m -> !plover.allows(coded, m));
    List<String> modes = orderedModes(draft);
    String mode = modes.isEmpty() ? null : modes.get(0);
    List<Argument> victims =
        arguments(withoutTriggers(draft, draft.victims), graph, context.entities(), true);
    List<Argument> actors =
        arguments(withoutTriggers(draft, draft.actors), graph, context.entities(), false);
    Claim claim = claimAround(draft, graph, context.claims());
    return new Event(
        id,
        type,
        mode,
        modes,
        acled.code(type, new AcledCoder.Subject(draft, mode, territorial, actors, sentence, graph)),
        trigger,
        actors,
        arguments(withoutTriggers(draft, draft.targets), graph, context.entities(), false),
        victims,
        arguments(withoutTriggers(draft, draft.instruments), graph, context.entities(), false),
        date(draft),
        location(draft.place),
        draft.fatalities,
        draft.captured,
        draft.injured,
        modality(draft, claim),
        claim == null || claim.speaker() == null ? null : attribution(claim),
        evidence(draft, graph),
        confidence(draft));
  }

  /** "The raid killed …": a merged mention of the event itself is not one of its participants. */
  private static List<EventDraft.Participant> withoutTriggers(
      EventDraft draft, List<EventDraft.Participant> participants) {
    List<Integer> heads = draft.heads();
    return participants.stream().filter(p -> !heads.contains(p.head())).toList();
  }

  private static List<String> orderedModes(EventDraft draft) {
    List<String> modes = new ArrayList<>(draft.modes);
    modes.sort((a, b) -> Integer.compare(priority(a), priority(b)));
    return modes;
  }

  private static int priority(String mode) {
    int index = MODE_PRIORITY.indexOf(mode);
    return index < 0 ? MODE_PRIORITY.size() : index;
  }

  private List<Argument> arguments(
      List<EventDraft.Participant> participants,
      DependencyGraph graph,
      EntityIndex entities,
      boolean dropPronounsWhenNamed) {
    boolean anyNamed = participants.stream().anyMatch(p -> !p.pronoun());
    List<Argument> arguments = new ArrayList<>();
    Set<String> seenEntities = new HashSet<>();
    String source = graph.text().text();
    for (EventDraft.Participant participant : participants) {
      if (participant.pronoun() && dropPronounsWhenNamed && anyNamed) {
        continue;
      }
      Token head = graph.token(participant.head());
      int start = graph.token(participant.first()).start();
      int end = graph.token(participant.end() - 1).end();
      Entity entity = entities.covering(head.start(), head.end()).orElse(null);
      if (entity != null && !seenEntities.add(entity.id())) {
        continue;
      }
      arguments.addAll(coordinatedModifiers(participant, graph, entities, seenEntities));
      String name = entity != null ? entity.name() : nameOf(source, graph, participant);
      String actorType = entity != null ? entity.actorType() : null;
      if (actorType == null && !participant.pronoun()) {
        actorType = catalog.genericType(head.lemma()).orElse(null);
      }
      arguments.add(
          new Argument(
              name,
              entity == null ? null : entity.id(),
              entity == null ? null : entity.actorId(),
              actorType,
              start,
              end,
              source.substring(start, end)));
    }
    return arguments;
  }

  /**
   * Actors named by coordinated modifiers of the participant's head: in "US and Afghan forces" the
   * head "forces" is Afghan, and "US" before the "and" is a participant of its own.
   */
  private static List<Argument> coordinatedModifiers(
      EventDraft.Participant participant,
      DependencyGraph graph,
      EntityIndex entities,
      Set<String> seenEntities) {
    int and = -1;
    for (int i = participant.first(); i < participant.head(); i++) {
      String word = graph.token(i).text();
      if (word.equals("and") || word.equals("&")) {
        and = i;
      }
    }
    List<Argument> modifiers = new ArrayList<>();
    Entity head =
        entities
            .covering(
                graph.token(participant.head()).start(), graph.token(participant.head()).end())
            .orElse(null);
    for (int i = participant.first(); i < and; i++) {
      Token token = graph.token(i);
      Optional<Entity> modifier = entities.covering(token.start(), token.end());
      if (modifier.isEmpty()
          || modifier.get() == head
          || modifier.get().actorId() == null
          || !seenEntities.add(modifier.get().id())) {
        continue;
      }
      Entity e = modifier.get();
      modifiers.add(
          new Argument(
              e.name(),
              e.id(),
              e.actorId(),
              e.actorType(),
              token.start(),
              token.end(),
              graph.text().text().substring(token.start(), token.end())));
    }
    return modifiers;
  }

  private static String nameOf(
      String source, DependencyGraph graph, EventDraft.Participant participant) {
    int first = participant.first();
    while (first < participant.head()
        && DETERMINERS.contains(graph.token(first).text().toLowerCase(Locale.ROOT))) {
      first++;
    }
    return source.substring(graph.token(first).start(), graph.token(participant.end() - 1).end());
  }

  private static EventDate date(EventDraft draft) {
    if (draft.date == null) {
      return EventDate.unknown();
    }
    return draft.date.toEventDate(draft.dateEvidence);
  }

  private static EventLocation location(Place place) {
    if (place == null) {
      return null;
    }
    return new EventLocation(
        place.name(),
        place.geonamesId(),
        place.countryCode(),
        place.admin1(),
        place.admin2(),
        place.lat(),
        place.lon(),
        PlaceRanking.precision(place),
        place.start(),
        place.end(),
        place.text());
  }

  private static Modality modality(EventDraft draft, Claim claim) {
    if (draft.negated || (claim != null && claim.stance().equals("deny"))) {
      return Modality.DENIED;
    }
    if (draft.future) {
      return Modality.FUTURE;
    }
    if (draft.hypothetical) {
      return Modality.HYPOTHETICAL;
    }
    return claim != null ? Modality.REPORTED : Modality.ASSERTED;
  }

  /**
   * The claim whose content holds the event's first trigger: the source that reports it. A relation
   * the article states in its own voice reports nothing.
   */
  private static Claim claimAround(EventDraft draft, DependencyGraph graph, List<Claim> claims) {
    Token trigger = graph.token(draft.main().head());
    for (Claim claim : claims) {
      if (!claim.articleVoice()
          && claim.content().start() <= trigger.start()
          && trigger.end() <= claim.content().end()) {
        return claim;
      }
    }
    return null;
  }

  private static Attribution attribution(Claim claim) {
    return new Attribution(
        claim.speaker().name(),
        claim.speaker().start(),
        claim.speaker().end(),
        claim.speaker().text());
  }

  private static List<Span> evidence(EventDraft draft, DependencyGraph graph) {
    List<Span> spans = new ArrayList<>();
    for (TriggerLexicon.Found found : draft.mentions) {
      Token token = graph.token(found.head());
      Span sentence =
          new Span(graph.text().sentenceOf(token).start(), graph.text().sentenceOf(token).end());
      if (!spans.contains(sentence)) {
        spans.add(sentence);
      }
    }
    spans.sort(null);
    return spans;
  }

  /**
   * Design decision: a plain score, not a probability. The best trigger's prior weight, raised a
   * little for each field the text fills (participants, date, place), capped below certainty.
   */
  private static double confidence(EventDraft draft) {
    double weight = 0;
    for (TriggerLexicon.Found found : draft.mentions) {
      weight = Math.max(weight, found.trigger().weight());
    }
    double bonus = 0;
    bonus += draft.actors.isEmpty() ? 0 : 0.03;
    bonus += draft.victims.isEmpty() && draft.targets.isEmpty() ? 0 : 0.03;
    bonus += draft.date == null ? 0 : 0.02;
    bonus += draft.place == null ? 0 : 0.02;
    return Math.min(0.99, Math.round((weight + bonus) * 100) / 100.0);
  }
}
