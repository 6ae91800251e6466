package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.ActorRole;
import org.sitrep.model.EntityKind;

/**
 * A known actor of the catalogue.
 *
 * @param id stable catalogue id ("islamic-state")
 * @param actorType ACLED-style actor type ("rebel group", "state forces", …)
 * @param countryCode ISO 3166-1 alpha-2 code, or null for transnational actors
 * @param wikidata Wikidata QID, or null when the catalogue records none
 * @param parent catalogue id of the group or state the actor belongs to, or null
 * @param active when the actor existed under this identity
 * @param aliases every name the actor goes by in news, canonical name included
 * @param roles the roles a person held, in time order; empty for groups
 */
public record Actor(
    String id,
    String name,
    EntityKind kind,
    String actorType,
    String countryCode,
    String wikidata,
    String parent,
    Period active,
    List<String> aliases,
    List<ActorRole> roles) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(active, "active");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }

  /** The same actor with one more role. */
  Actor withRole(ActorRole role) {
    List<ActorRole> more = new ArrayList<>(roles);
    more.add(role);
    return new Actor(
        id, name, kind, actorType, countryCode, wikidata, parent, active, aliases, more);
  }
}
