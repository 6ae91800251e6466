package org.sitrep.extract.entity;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.EntityKind;

/**
 * A known actor of the catalogue.
 *
 * @param id stable catalogue id ("islamic-state")
 * @param actorType ACLED-style actor type ("rebel group", "state forces", …)
 * @param countryCode ISO 3166-1 alpha-2 code, or null for transnational actors
 * @param aliases every name the actor goes by in news, canonical name included
 */
public record Actor(
    String id,
    String name,
    EntityKind kind,
    String actorType,
    String countryCode,
    List<String> aliases) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    aliases = List.copyOf(aliases);
  }
}
