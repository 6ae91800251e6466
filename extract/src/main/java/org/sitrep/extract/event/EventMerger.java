package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.entity.EntityIndex;
import org.sitrep.extract.syntax.DependencyGraph;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.text.Dependency;
import org.sitrep.model.text.Token;

/**
 * Within-article event coreference: mentions of one real event ("killed in a US airstrike", "the
 * raid", "Abu Sayed's death") become one event. Stateless.
 *
 * <p>Design decision: merging is conservative. Two mentions merge only when the syntax links them,
 * or they share a named victim, or a definite noun ("the raid") points back to a recent event, and
 * never when their dates, places or named victims disagree.
 */
final class EventMerger {
  private static final int ANAPHORA_WINDOW = 2;
  private static final Set<String> DISTINCTIVE_MODES =
      Set.of("aerial", "drone", "suicide-attack", "explosives", "heavy-weapons", "abduct");

  private EventMerger() {}

  static List<EventDraft> merge(
      List<EventDraft> drafts, DependencyGraph graph, EntityIndex entities) {
    List<EventDraft> events = new ArrayList<>(drafts);
    mergeWhere(events, (a, b) -> linkedBySyntax(graph, a, b));
    mergeWhere(events, (a, b) -> sameSentence(graph, a, b));
    mergeWhere(events, (a, b) -> shareNamedVictim(graph, entities, a, b));
    mergeWhere(events, (a, b) -> anaphoric(graph, a, b) || samePlace(a, b));
    mergeWhere(events, (a, b) -> victimDescribedAgain(graph, a, b));
    return events;
  }

  private interface Link {
    boolean test(EventDraft earlier, EventDraft later);
  }

  private static void mergeWhere(List<EventDraft> events, Link link) {
    boolean changed = true;
    while (changed) {
      changed = false;
      outer:
      for (int i = 0; i < events.size(); i++) {
        for (int j = i + 1; j < events.size(); j++) {
          EventDraft a = events.get(i);
          EventDraft b = events.get(j);
          if (compatible(a, b) && link.test(a, b)) {
            a.absorb(b);
            events.remove(j);
            changed = true;
            break outer;
          }
        }
      }
    }
  }

  private static boolean compatible(EventDraft a, EventDraft b) {
    if (a.main().trigger().type() != b.main().trigger().type()) {
      return false;
    }
    if (a.negated != b.negated) {
      return false;
    }
    if (a.date != null && b.date != null && !a.date.compatibleWith(b.date)) {
      return false;
    }
    if (a.place != null && b.place != null && a.place.resolved() && b.place.resolved()) {
      boolean nested =
          a.place.name().equals(b.place.name())
              || a.place.name().equals(b.place.admin1())
              || b.place.name().equals(a.place.admin1())
              || PlaceRanking.rank(a.place) == 1
              || PlaceRanking.rank(b.place) == 1;
      if (!nested) {
        return false;
      }
    }
    return true;
  }

  /** "killed in an airstrike", "the raid killed": one trigger is a direct argument of the other. */
  private static boolean linkedBySyntax(DependencyGraph graph, EventDraft a, EventDraft b) {
    for (int headA : a.heads()) {
      for (int headB : b.heads()) {
        if (directlyLinked(graph, headA, headB) || directlyLinked(graph, headB, headA)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean directlyLinked(DependencyGraph graph, int governor, int dependent) {
    for (Dependency edge : graph.children(governor)) {
      if (edge.dependent() == dependent) {
        String base = edge.baseRelation();
        return base.equals("obl")
            || base.equals("nmod")
            || base.equals("nsubj")
            || base.equals("obj")
            || edge.relation().equals("compound");
      }
    }
    return false;
  }

  /** Two mentions of one type in a sentence whose named victims do not clash. */
  private static boolean sameSentence(DependencyGraph graph, EventDraft a, EventDraft b) {
    if (a.sentence(graph.text()) != b.sentence(graph.text())) {
      return false;
    }
    Set<String> victimsA = namedVictims(graph, a);
    Set<String> victimsB = namedVictims(graph, b);
    return victimsA.isEmpty() || victimsB.isEmpty() || !disjoint(victimsA, victimsB);
  }

  private static boolean shareNamedVictim(
      DependencyGraph graph, EntityIndex entities, EventDraft a, EventDraft b) {
    Set<String> victimsA = victimEntities(graph, entities, a);
    Set<String> victimsB = victimEntities(graph, entities, b);
    return !victimsA.isEmpty() && !disjoint(victimsA, victimsB);
  }

  /** "The raid killed other fighters too": a definite noun trigger with no date of its own. */
  private static boolean anaphoric(DependencyGraph graph, EventDraft earlier, EventDraft later) {
    int distance = later.sentence(graph.text()) - lastSentence(graph, earlier);
    if (distance < 0 || distance > ANAPHORA_WINDOW || later.date != null) {
      return false;
    }
    for (TriggerLexicon.Found found : later.mentions) {
      Token trigger = graph.token(found.head());
      if (!trigger.isNoun()) {
        continue;
      }
      for (int determiner : graph.children(found.head(), "det")) {
        String word = graph.token(determiner).text().toLowerCase(Locale.ROOT);
        if (word.equals("the") || word.equals("this") || word.equals("that")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "captured a Taliban commander … The commander was detained with two associates": a later
   * mention whose victim is a definite description ("the commander") of an earlier event's victim,
   * a sentence or two later, with no date of its own.
   */
  private static boolean victimDescribedAgain(
      DependencyGraph graph, EventDraft earlier, EventDraft later) {
    int distance = later.sentence(graph.text()) - lastSentence(graph, earlier);
    if (distance < 1 || distance > ANAPHORA_WINDOW || later.date != null) {
      return false;
    }
    Set<String> described = new HashSet<>();
    for (EventDraft.Participant victim : earlier.victims) {
      described.add(graph.token(victim.head()).lemma().toLowerCase(Locale.ROOT));
    }
    for (EventDraft.Participant victim : later.victims) {
      Token head = graph.token(victim.head());
      String determiner = graph.token(victim.first()).text().toLowerCase(Locale.ROOT);
      if ((determiner.equals("the") || determiner.equals("this"))
          && head.isNoun()
          && !head.ner().equals("PERSON")
          && described.contains(head.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The same town or district and the same kind of event in one article; or the same province and
   * the same distinctive mode (two airstrikes in Kunar reported in one article are one).
   */
  private static boolean samePlace(EventDraft a, EventDraft b) {
    if (a.place == null
        || b.place == null
        || !a.place.resolved()
        || !a.place.name().equals(b.place.name())
        || a.place.feature() != b.place.feature()) {
      return false;
    }
    int rank = PlaceRanking.rank(a.place);
    if (rank >= 3) {
      return true;
    }
    if (rank == 2) {
      for (String mode : a.modes) {
        if (DISTINCTIVE_MODES.contains(mode) && b.modes.contains(mode)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int lastSentence(DependencyGraph graph, EventDraft draft) {
    int last = 0;
    for (int head : draft.heads()) {
      last = Math.max(last, graph.token(head).sentence());
    }
    return last;
  }

  private static Set<String> namedVictims(DependencyGraph graph, EventDraft draft) {
    Set<String> names = new HashSet<>();
    for (EventDraft.Participant victim : draft.victims) {
      Token head = graph.token(victim.head());
      if (head.ner().equals("PERSON")) {
        names.add(head.text().toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  private static Set<String> victimEntities(
      DependencyGraph graph, EntityIndex entities, EventDraft draft) {
    Set<String> ids = new HashSet<>();
    for (EventDraft.Participant victim : draft.victims) {
      Token head = graph.token(victim.head());
      Entity entity = entities.covering(head.start(), head.end()).orElse(null);
      if (entity != null && entity.kind() == EntityKind.PERSON) {
        ids.add(entity.id());
      }
    }
    return ids;
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String value : a) {
      if (b.contains(value)) {
        return false;
      }
    }
    return true;
  }
}
