package org.sitrep.ledger.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Argument;

/** Keys by which event participants of different articles are compared. */
final class ActorKeys {
  /**
   * Design decision: the actor catalogue names a state acting as a whole by its two-letter ISO
   * country code ("us"); such an actor takes part in too many events to identify one.
   */
  private ActorKeys() {}

  /**
   * The key for deciding identity: the ledger actor id, else the lower-cased name of a specific
   * multi-word name ("name:abdul rahman"), else null (a bare "gunmen" identifies nothing).
   */
  static String matchKey(Argument argument) {
    if (argument.actorId() != null) {
      return argument.actorId();
    }
    if (argument.entity() != null && argument.name().trim().contains(" ")) {
      return "name:" + lower(argument.name());
    }
    return null;
  }

  /** The key for merging participants: the ledger actor id, else the lower-cased name. */
  static String mergeKey(Argument argument) {
    return argument.actorId() != null ? argument.actorId() : "name:" + lower(argument.name());
  }

  /** The match keys of the arguments, in order, without repeats. */
  static Set<String> matchKeys(List<Argument> arguments) {
    Set<String> keys = new LinkedHashSet<>();
    for (Argument argument : arguments) {
      String key = matchKey(argument);
      if (key != null) {
        keys.add(key);
      }
    }
    return keys;
  }

  /** The merge keys of the arguments, in order, without repeats. */
  static Set<String> mergeKeys(List<Argument> arguments) {
    Set<String> keys = new LinkedHashSet<>();
    arguments.forEach(argument -> keys.add(mergeKey(argument)));
    return keys;
  }

  private static String lower(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
