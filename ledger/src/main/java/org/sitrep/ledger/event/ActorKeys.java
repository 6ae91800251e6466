package org.sitrep.ledger.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Argument;

/** Keys by which event participants of different articles are compared. */
final class ActorKeys {
  /**
   * Design decision: the actor catalogue names a state acting as a whole by its two-letter ISO
   * country code ("us"); such an actor takes part in too many events to identify one.
   */
  private static final Pattern COUNTRY_ID = Pattern.compile("[a-z]{2}");

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

  /**
   * Whether the argument names one specific actor, such as a named person: the article knows it as
   * an entity and it is not a state acting as a whole.
   *
   * <p>Design decision: {@code SourceEvent} does not say whether an actor is a person or a group;
   * an entity with a key that is not a country is the best the record tells.
   */
  static boolean specific(Argument argument) {
    String key = matchKey(argument);
    return key != null && argument.entity() != null && !country(key);
  }

  /** Whether the key names a state acting as a whole. */
  static boolean country(String key) {
    return COUNTRY_ID.matcher(key).matches();
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
