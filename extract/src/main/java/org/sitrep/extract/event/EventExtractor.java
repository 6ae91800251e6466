package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.extract.entity.ActorCatalog;
import org.sitrep.extract.syntax.DependencyGraph;
import org.sitrep.extract.time.CalendarDate;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.data.TsvResource;
import org.sitrep.model.text.Token;

/**
 * The event stage: finds triggers, fills their participants from the parse, anchors them in time,
 * space and number, merges mentions of one real event, and codes each in PLOVER and ACLED.
 * Immutable after construction; thread-safe.
 */
public final class EventExtractor {
  /** Below this prior weight a trigger needs both an actor and a victim or target to count. */
  private static final double WEAK_TRIGGER = 0.5;

  private final ObjectClasses objects = new ObjectClasses();
  private final PloverModes plover = new PloverModes();
  private final TriggerLexicon triggers = new TriggerLexicon(objects, plover);
  private final RoleFinder roles;
  private final EventAssembler assembler;

  public EventExtractor(ActorCatalog catalog) {
    Map<String, String> participants =
        lowerCaseKeys(TsvResource.readMap(EventExtractor.class, "participants.tsv"));
    this.roles =
        new RoleFinder(
            lowerCaseKeys(TsvResource.readMap(EventExtractor.class, "instruments.tsv")),
            participants);
    this.assembler =
        new EventAssembler(new AcledCoder(objects, participants), objects, plover, catalog);
  }

  /** The events of one article, numbered V1, V2, … in text order. */
  public List<Event> extract(EventContext context) {
    DependencyGraph graph = context.graph();
    List<EventDraft> drafts = new ArrayList<>();
    for (TriggerLexicon.Found found : triggers.find(graph.text())) {
      EventDraft draft = new EventDraft(found);
      roles.fill(draft, graph, context.entities());
      if (keep(draft, graph, objects)) {
        EventAnchors.anchor(draft, context);
        drafts.add(draft);
      }
    }
    List<EventDraft> merged = new ArrayList<>();
    for (EventDraft draft : EventMerger.merge(drafts, graph, context.entities())) {
      merged.addAll(splitDatedVictims(draft, context));
    }
    merged.sort((a, b) -> Integer.compare(a.main().first(), b.main().first()));
    EventAnchors.inheritDates(merged, graph);
    List<Event> events = new ArrayList<>();
    for (EventDraft draft : merged) {
      int sentence = draft.sentence(graph.text());
      List<EventDraft> neighbours =
          merged.stream().filter(d -> d.sentence(graph.text()) == sentence).toList();
      events.add(assembler.assemble("V" + (events.size() + 1), draft, neighbours, context));
    }
    return events;
  }

  private static boolean keep(EventDraft draft, DependencyGraph graph, ObjectClasses objects) {
    Trigger trigger = draft.main().trigger();
    if (trigger.object() != null && !objects.objectIs(draft, graph, trigger.object())) {
      return false;
    }
    if (trigger.weight() >= WEAK_TRIGGER) {
      return true;
    }
    return !draft.actors.isEmpty() && !(draft.victims.isEmpty() && draft.targets.isEmpty());
  }

  /**
   * "had killed both former commanders – Omar Zaid in March 2014, and Ali Rahim in May 2015": named
   * victims, each followed by a date of its own, are separate events.
   */
  private static List<EventDraft> splitDatedVictims(EventDraft draft, EventContext context) {
    DependencyGraph graph = context.graph();
    Map<EventDraft.Participant, TimeExpression> dated = new HashMap<>();
    for (EventDraft.Participant victim : draft.victims) {
      Token head = graph.token(victim.head());
      if (!head.ner().equals("PERSON")) {
        continue;
      }
      TimeExpression date = dateRightAfter(graph, context, victim);
      if (date != null) {
        dated.put(victim, date);
      }
    }
    if (dated.size() < 2) {
      return List.of(draft);
    }
    List<EventDraft> split = new ArrayList<>();
    for (Map.Entry<EventDraft.Participant, TimeExpression> entry : dated.entrySet()) {
      EventDraft copy = new EventDraft(draft.main());
      copy.mentions.clear();
      copy.mentions.addAll(draft.mentions);
      copy.actors.addAll(draft.actors);
      copy.instruments.addAll(draft.instruments);
      copy.modes.addAll(draft.modes);
      copy.victims.add(entry.getKey());
      copy.dateEvidence = entry.getValue();
      copy.date = CalendarDate.of(entry.getValue()).orElseThrow();
      copy.place = draft.place;
      copy.negated = draft.negated;
      copy.future = draft.future;
      copy.hypothetical = draft.hypothetical;
      String source = graph.text().text();
      int start = graph.token(entry.getKey().first()).start();
      int end = graph.token(entry.getKey().end() - 1).end();
      if (draft.fatalities != null) {
        copy.fatalities = new Count(1, 1L, start, end, source.substring(start, end));
      }
      split.add(copy);
    }
    split.sort((a, b) -> Integer.compare(a.victims.get(0).first(), b.victims.get(0).first()));
    return split;
  }

  private static TimeExpression dateRightAfter(
      DependencyGraph graph, EventContext context, EventDraft.Participant victim) {
    int after = graph.token(victim.end() - 1).end();
    for (TimeExpression time : context.times()) {
      if (time.start() >= after && time.start() - after <= 4 && CalendarDate.of(time).isPresent()) {
        return time;
      }
    }
    return null;
  }

  private static Map<String, String> lowerCaseKeys(Map<String, String> map) {
    Map<String, String> lower = new HashMap<>();
    map.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    return Map.copyOf(lower);
  }
}
