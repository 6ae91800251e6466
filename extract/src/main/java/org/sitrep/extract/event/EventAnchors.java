package org.sitrep.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.syntax.DependencyGraph;
import org.sitrep.extract.time.CalendarDate;
import org.sitrep.model.Claim;
import org.sitrep.model.Place;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.text.Dependency;
import org.sitrep.model.text.Token;

/**
 * Anchors one event mention in time, space and number: the date and place the text attaches to its
 * trigger, and the counts its object carries. Stateless.
 */
final class EventAnchors {
  private static final Set<String> NOUN_MODIFIERS =
      Set.of("compound", "amod", "nmod:poss", "nsubj", "conj", "dep", "appos");

  private static final int ATTACHED = 4;

  /** "since 2001", "until 2014": bounds of a period, not the event's date. */
  private static final Set<String> PERIOD_MARKERS =
      Set.of("since", "until", "till", "for", "through");

  private static final Set<String> DIRECTIONS =
      Set.of("beyond", "into", "from", "to", "toward", "towards");

  private EventAnchors() {}

  static void anchor(EventDraft draft, EventContext context) {
    DependencyGraph graph = context.graph();
    dateOf(draft, context, graph);
    placeOf(draft, context, graph);
    CasualtyCounts.count(draft, context, graph);
  }

  private static void dateOf(EventDraft draft, EventContext context, DependencyGraph graph) {
    int head = draft.main().head();
    int sentence = graph.token(head).sentence();
    TimeExpression best = null;
    int bestScore = Integer.MAX_VALUE;
    for (TimeExpression time : context.times()) {
      // "last night" is a TIME with a date ("2010-02-16TNI"): its day is the event's date.
      if (CalendarDate.of(time).isEmpty()) {
        continue;
      }
      int timeHead = headToken(graph, time.start(), time.end());
      if (timeHead < 0 || graph.token(timeHead).sentence() != sentence) {
        continue;
      }
      if (marksPeriod(graph, timeHead)
          || attachedToCue(graph, context.claims(), timeHead)
          || context.inDateline(time.span())) {
        // A dateline's date is when the story was filed ("KABUL (Aug. 20) - … yesterday").
        continue;
      }
      // Attached to the trigger is best, then the same clause, then (news sentences hang a date
      // at their end: "detained X while searching for Y in Z district yesterday") anywhere in it.
      int distance = graph.distanceUp(timeHead, head, ATTACHED);
      int score =
          distance >= 0
              ? distance
              : (sameClause(graph, timeHead, head) ? 100 : 1000) + Math.abs(timeHead - head);
      if (score < bestScore) {
        best = time;
        bestScore = score;
      }
    }
    if (best != null) {
      draft.dateEvidence = best;
      draft.date = CalendarDate.of(best).orElseThrow();
    }
  }

  private static void placeOf(EventDraft draft, EventContext context, DependencyGraph graph) {
    int head = draft.main().head();
    int sentence = graph.token(head).sentence();
    Place best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Place place : context.places()) {
      if (place.adjectival()) {
        // "Russian troops shelled Gori": the adjective names who, not where.
        continue;
      }
      int placeHead = headToken(graph, place.start(), place.end());
      if (placeHead < 0 || graph.token(placeHead).sentence() != sentence) {
        continue;
      }
      if (isModifierOf(graph, placeHead, draft)
          || namesAnActor(context, graph, place, placeHead)
          || insideParticipant(draft, placeHead)
          || context.inDateline(place.span())) {
        continue;
      }
      boolean attached = graph.distanceUp(placeHead, head, ATTACHED) >= 0;
      if (!attached && (directional(graph, placeHead) || !sameClause(graph, placeHead, head))) {
        continue;
      }
      // The place the syntax attaches to the trigger wins; among equals, the most specific.
      int score = PlaceRanking.rank(place) + (attached ? 10 : 0);
      if (score > bestScore) {
        best = place;
        bestScore = score;
      }
    }
    draft.place = best;
    draft.placeAttached =
        best != null
            && graph.distanceUp(headToken(graph, best.start(), best.end()), head, ATTACHED) >= 0;
  }

  /**
   * "beyond Syria", "into Afghanistan": where someone goes or comes from, not where it happened.
   */
  private static boolean directional(DependencyGraph graph, int token) {
    int current = token;
    for (int step = 0; step < 3 && current >= 0; step++) {
      for (int marker : graph.children(current, "case")) {
        if (DIRECTIONS.contains(graph.token(marker).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      current = graph.head(current);
    }
    return false;
  }

  /**
   * True when the nearest verb above {@code token} also governs the trigger: "Bombs launched last
   * month … killed 80" shares a clause; "death would help … destroying them in 2017" does not.
   */
  private static boolean sameClause(DependencyGraph graph, int token, int trigger) {
    int verb = graph.head(token);
    int steps = 0;
    while (verb >= 0 && !graph.token(verb).isVerb() && steps++ < 8) {
      verb = graph.head(verb);
    }
    if (verb < 0 || verb == trigger) {
      return true;
    }
    for (Dependency edge : graph.parents(trigger)) {
      if (edge.governor() == verb) {
        return true;
      }
    }
    for (Dependency edge : graph.parents(verb)) {
      if (edge.governor() == trigger) {
        return true;
      }
    }
    return graph.distanceUp(trigger, verb, 8) >= 0;
  }

  /** "US airstrike": a place that modifies the trigger names who acted, not where. */
  private static boolean isModifierOf(DependencyGraph graph, int placeHead, EventDraft draft) {
    String relation = graph.relationToHead(placeHead);
    return draft.heads().contains(graph.head(placeHead))
        && (relation.equals("compound") || relation.equals("amod") || relation.equals("nsubj"));
  }

  /**
   * An event whose sentence names no date takes the date of an event in the sentence just before
   * it, in the same paragraph, when that one's date comes from its own sentence: "A US airstrike
   * killed him on July 11. Officials described the strike as precise." Runs after merging, so a
   * mention that only refers back ("the raid") has already joined its event. The evidence stays the
   * expression the date was read from. {@code events} are in text order.
   */
  static void inheritDates(List<EventDraft> events, DependencyGraph graph) {
    for (int i = 1; i < events.size(); i++) {
      EventDraft event = events.get(i);
      int sentence = graph.token(event.main().head()).sentence();
      if (event.date != null || sentence == 0 || !sameParagraph(graph, sentence - 1)) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        EventDraft earlier = events.get(j);
        int earlierSentence = graph.token(earlier.main().head()).sentence();
        if (earlierSentence == sentence - 1 && datedInItsOwnSentence(earlier, graph)) {
          event.date = earlier.date;
          event.dateEvidence = earlier.dateEvidence;
          break;
        }
        if (earlierSentence < sentence - 1) {
          break;
        }
      }
    }
  }

  private static boolean datedInItsOwnSentence(EventDraft event, DependencyGraph graph) {
    if (event.date == null || event.dateEvidence == null) {
      return false;
    }
    int evidence = headToken(graph, event.dateEvidence.start(), event.dateEvidence.end());
    return evidence >= 0
        && graph.token(evidence).sentence() == graph.token(event.main().head()).sentence();
  }

  /** Whether sentence {@code first} and the one after it share a paragraph (no blank line). */
  private static boolean sameParagraph(DependencyGraph graph, int first) {
    var sentences = graph.text().sentences();
    String gap =
        graph.text().text().substring(sentences.get(first).end(), sentences.get(first + 1).start());
    return gap.chars().filter(EventAnchors::isLineBreak).count() < 2;
  }

  private static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  /**
   * "US Defense Secretary", "US and Afghan forces": a country named as part of a noun phrase, where
   * it stands for the state that acts, not for where the event happened ("in the US" stays).
   */
  private static boolean namesAnActor(
      EventContext context, DependencyGraph graph, Place place, int placeHead) {
    boolean actor =
        context
            .entities()
            .covering(place.start(), place.end())
            .map(entity -> entity.actorId() != null)
            .orElse(false);
    return actor && NOUN_MODIFIERS.contains(graph.relationToHead(placeHead));
  }

  private static boolean insideParticipant(EventDraft draft, int token) {
    for (EventDraft.Participant actor : draft.actors) {
      if (actor.first() <= token && token < actor.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean marksPeriod(DependencyGraph graph, int timeHead) {
    for (int marker : graph.children(timeHead, "case")) {
      if (PERIOD_MARKERS.contains(graph.token(marker).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "said on Friday": the date of the report, not of the event. */
  private static boolean attachedToCue(DependencyGraph graph, List<Claim> claims, int timeHead) {
    int governor = graph.head(timeHead);
    if (governor < 0) {
      return false;
    }
    Token token = graph.token(governor);
    for (Claim claim : claims) {
      if (claim.cue() != null
          && claim.cue().start() <= token.start()
          && token.end() <= claim.cue().end()) {
        return true;
      }
    }
    return false;
  }

  /** The syntactic head among the tokens of {@code [start, end)}: the one whose head is outside. */
  static int headToken(DependencyGraph graph, int start, int end) {
    int fallback = -1;
    for (Token token : graph.text().tokens()) {
      if (token.end() <= start || token.start() >= end) {
        continue;
      }
      if (fallback < 0) {
        fallback = token.index();
      }
      int governor = graph.head(token.index());
      if (governor < 0) {
        return token.index();
      }
      Token up = graph.token(governor);
      if (up.start() < start || up.end() > end) {
        return token.index();
      }
    }
    return fallback;
  }
}
