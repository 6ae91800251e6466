package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.time.CalendarDate;
import org.sitrep.model.Count;
import org.sitrep.model.Place;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.text.AnnotatedText;

/**
 * An event under construction: one or more trigger mentions (merged when they report the same
 * event) and the participants found for them. Mutable, confined to one extraction call.
 */
final class EventDraft {
  /** A participant: the head token and the token range of its phrase. */
  record Participant(int head, int first, int end, boolean pronoun) {}

  final List<TriggerLexicon.Found> mentions = new ArrayList<>();
  final List<Participant> actors = new ArrayList<>();
  final List<Participant> targets = new ArrayList<>();
  final List<Participant> victims = new ArrayList<>();
  final List<Participant> instruments = new ArrayList<>();
  final Set<String> modes = new LinkedHashSet<>();
  boolean negated;
  boolean future;
  boolean hypothetical;
  TimeExpression dateEvidence;
  CalendarDate date;
  Place place;
  boolean placeAttached;
  Count fatalities;
  Count injured;
  Count captured;

  EventDraft(TriggerLexicon.Found first) {
    mentions.add(first);
    if (first.trigger().mode() != null) {
      modes.add(first.trigger().mode());
    }
  }

  TriggerLexicon.Found main() {
    return mentions.get(0);
  }

  int sentence(AnnotatedText text) {
    return text.tokens().get(main().head()).sentence();
  }

  /** Heads of every trigger mention of this event. */
  List<Integer> heads() {
    List<Integer> heads = new ArrayList<>();
    for (TriggerLexicon.Found found : mentions) {
      heads.add(found.head());
    }
    return heads;
  }

  boolean hasEffect(String effect) {
    for (TriggerLexicon.Found found : mentions) {
      if (found.trigger().effect().equals(effect)) {
        return true;
      }
    }
    return false;
  }

  /** Takes over the other draft's mentions, participants and modes. */
  void absorb(EventDraft other) {
    mentions.addAll(other.mentions);
    addAll(actors, other.actors);
    addAll(targets, other.targets);
    addAll(victims, other.victims);
    addAll(instruments, other.instruments);
    modes.addAll(other.modes);
    if (other.date != null && (date == null || other.date.finerThan(date))) {
      date = other.date;
      dateEvidence = other.dateEvidence;
    }
    if (other.place != null
        && (place == null || PlaceRanking.rank(other.place) > PlaceRanking.rank(place))) {
      place = other.place;
    }
    fatalities = larger(fatalities, other.fatalities);
    injured = larger(injured, other.injured);
    captured = larger(captured, other.captured);
    negated &= other.negated;
    future &= other.future;
    hypothetical &= other.hypothetical;
  }

  private static Count larger(Count a, Count b) {
    if (a == null) {
      return b;
    }
    return b != null && b.min() > a.min() ? b : a;
  }

  private static void addAll(List<Participant> into, List<Participant> from) {
    for (Participant participant : from) {
      if (into.stream().noneMatch(p -> p.head() == participant.head())) {
        into.add(participant);
      }
    }
  }
}
