package org.sitrep.ledger.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.ledger.SourceEvent;
import org.sitrep.model.Argument;
import org.sitrep.model.Event;

/** Merges the participants the sources name, and notes when they disagree on who acted. */
final class ParticipantMerge {
  /** A role and the event's arguments in it. */
  private record Role(String name, Function<Event, List<Argument>> arguments) {}

  private static final List<Role> ROLES =
      List.of(
          new Role("actor", Event::actors),
          new Role("target", Event::targets),
          new Role("victim", Event::victims));

  private ParticipantMerge() {}

  /**
   * Every participant once per role, keyed by ledger actor id or else lower-cased name, with the
   * number of reports naming it in that role and the name the first (earliest-published) gives.
   */
  static List<Participant> merge(List<SourceEvent> ordered) {
    List<Participant> participants = new ArrayList<>();
    for (Role role : ROLES) {
      Map<String, Argument> first = new LinkedHashMap<>();
      Map<String, Integer> sources = new LinkedHashMap<>();
      for (SourceEvent report : ordered) {
        List<Argument> arguments = role.arguments().apply(report.event());
        arguments.forEach(a -> first.putIfAbsent(ActorKeys.mergeKey(a), a));
        ActorKeys.mergeKeys(arguments).forEach(key -> sources.merge(key, 1, Integer::sum));
      }
      first.forEach(
          (key, argument) ->
              participants.add(
                  new Participant(
                      argument.actorId(), argument.name(), role.name(), sources.get(key))));
    }
    return participants;
  }

  /**
   * A disagreement on the perpetrators when two reports that both name actors share none, listing
   * every report's actors ("none named" for a silent one); empty otherwise.
   */
  static List<Disagreement> actorDisagreement(List<SourceEvent> ordered) {
    List<Set<String>> named =
        ordered.stream()
            .map(r -> ActorKeys.mergeKeys(r.event().actors()))
            .filter(keys -> !keys.isEmpty())
            .toList();
    boolean disagree = false;
    for (int i = 0; i < named.size(); i++) {
      for (int j = i + 1; j < named.size(); j++) {
        disagree |= named.get(i).stream().noneMatch(named.get(j)::contains);
      }
    }
    if (!disagree) {
      return List.of();
    }
    List<SourcedValue> values = new ArrayList<>();
    for (SourceEvent report : ordered) {
      List<Argument> actors = report.event().actors();
      values.add(
          new SourcedValue(
              report.articleId(),
              report.event().id(),
              Display.names(actors),
              Display.texts(actors)));
    }
    return List.of(new Disagreement("actors", values));
  }
}
