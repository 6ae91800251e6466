package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world entity of an article with all its mentions.
 *
 * @param id article-local id, {@code "E1"}, {@code "E2"}, …
 * @param name canonical name (from the actor catalogue when known, else the longest mention)
 * @param actorId catalogue id when the entity is a known actor, else null
 * @param actorType ACLED-style actor type when known ("state forces", "rebel group", …), else null
 * @param countryCode ISO 3166-1 alpha-2 country the entity belongs to, when known
 * @param wikidata the actor's Wikidata QID ("Q42834") when the catalogue records one, else null
 * @param parent catalogue id of the organisation a known actor belongs to (a branch's group, a
 *     force's state), else null
 * @param roles the roles the catalogue records for a known person, in time order; empty otherwise
 */
public record Entity(
    String id,
    EntityKind kind,
    String name,
    String actorId,
    String actorType,
    String countryCode,
    String wikidata,
    String parent,
    List<ActorRole> roles,
    List<TextSpan> mentions) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " needs at least one mention");
    }
  }
}
