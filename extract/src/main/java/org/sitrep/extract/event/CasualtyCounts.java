package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.syntax.DependencyGraph;
import org.sitrep.model.Count;
import org.sitrep.model.Quantity;
import org.sitrep.model.TextSpan;
import org.sitrep.model.text.Token;

/**
 * How many people an event killed, injured or took, from its victims, as intervals with evidence.
 * The conventions follow ACLED's conservative coding (see docs/events.md):
 *
 * <ul>
 *   <li>a number counts as the interval it states ("at least 37": 37 or more; "dozens": 12 or more,
 *       from {@code vague-numbers.tsv});
 *   <li>one person described in the singular ("a Taliban commander", "the facilitator") or by name
 *       counts one;
 *   <li>victims joined by "and" or "along with" are different people and add up ("a commander and
 *       several associates": 1 + 3); other victims of one mention describe the same people again
 *       ("four fighters, among them Abu X") and the largest description counts;
 *   <li>people of unknown number ("insurgents") add nothing to the floor and leave no ceiling.
 * </ul>
 *
 * Stateless.
 */
final class CasualtyCounts {
  private static final Set<String> SINGLE_DETERMINERS = Set.of("a", "an", "the", "this", "that");

  private CasualtyCounts() {}

  /** Sets the draft's count that its trigger's effect names (kill, injure, capture). */
  static void count(EventDraft draft, EventContext context, DependencyGraph graph) {
    Count count = null;
    for (List<EventDraft.Participant> group : additiveGroups(draft.victims, graph)) {
      Count found = sum(context, graph, group);
      if (found != null && (count == null || found.min() > count.min())) {
        count = found;
      }
    }
    switch (draft.main().trigger().effect()) {
      case "kill" -> draft.fatalities = count;
      case "injure" -> draft.injured = count;
      case "capture" -> draft.captured = count;
      default -> {
        // harm/none: the object's number says nothing about casualties
      }
    }
  }

  /**
   * Victims grouped so that each group's members are different people: a victim joins the group of
   * the victim it is a conjunct of ("X and Y") or that it accompanies ("X along with Y").
   */
  static List<List<EventDraft.Participant>> additiveGroups(
      List<EventDraft.Participant> victims, DependencyGraph graph) {
    List<List<EventDraft.Participant>> groups = new ArrayList<>();
    for (EventDraft.Participant victim : victims) {
      List<EventDraft.Participant> joined = null;
      for (List<EventDraft.Participant> group : groups) {
        for (EventDraft.Participant member : group) {
          if (additive(graph, member.head(), victim.head())) {
            joined = group;
          }
        }
      }
      if (joined == null) {
        groups.add(new ArrayList<>(List.of(victim)));
      } else {
        joined.add(victim);
      }
    }
    return groups;
  }

  private static boolean additive(DependencyGraph graph, int earlier, int later) {
    boolean conjunct =
        graph.children(earlier).stream()
            .anyMatch(e -> e.dependent() == later && e.baseRelation().equals("conj"));
    return conjunct
        || (graph.relationToHead(later).endsWith(":with") && RoleFinder.accompanies(graph, later));
  }

  private static Count sum(
      EventContext context, DependencyGraph graph, List<EventDraft.Participant> group) {
    long min = 0;
    Long max = 0L;
    Count first = null;
    int start = Integer.MAX_VALUE;
    int end = -1;
    for (EventDraft.Participant victim : group) {
      Count one = countIn(context, graph, victim);
      if (one == null) {
        max = null;
        continue;
      }
      first = first == null ? one : first;
      min += one.min();
      max = max == null || one.max() == null ? null : max + one.max();
      start = Math.min(start, one.start());
      end = Math.max(end, one.end());
    }
    if (first == null) {
      return null;
    }
    if (group.size() == 1 || start == first.start() && end == first.end()) {
      return new Count(min, max, first.start(), first.end(), first.text());
    }
    TextSpan span = TextSpan.of(graph.text().text(), start, end);
    return new Count(min, max, span.start(), span.end(), span.text());
  }

  private static Count countIn(
      EventContext context, DependencyGraph graph, EventDraft.Participant victim) {
    String source = graph.text().text();
    int start = graph.token(victim.first()).start();
    int end = graph.token(victim.end() - 1).end();
    for (Quantity quantity : context.quantities()) {
      if (quantity.start() >= start && quantity.end() <= end) {
        long min = quantity.min() == null ? 0 : quantity.min() + (quantity.minExclusive() ? 1 : 0);
        Long max =
            quantity.max() == null ? null : quantity.max() - (quantity.maxExclusive() ? 1 : 0);
        if (max != null && max < min) {
          max = min;
        }
        return new Count(min, max, quantity.start(), quantity.end(), quantity.text());
      }
    }
    Token head = graph.token(victim.head());
    String determiner = graph.token(victim.first()).text().toLowerCase(Locale.ROOT);
    boolean single =
        head.pos().equals("NN") && SINGLE_DETERMINERS.contains(determiner)
            || head.ner().equals("PERSON");
    if (single) {
      TextSpan span = TextSpan.of(source, start, end);
      return new Count(1, 1L, span.start(), span.end(), span.text());
    }
    return null;
  }
}
