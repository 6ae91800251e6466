package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.ActorRole;
import org.sitrep.model.EntityKind;
import org.sitrep.model.data.TsvResource;

/**
 * The curated actors sitrep knows by name, loaded from {@code actors.tsv}, with the roles people
 * held from {@code actor-roles.tsv} and the types of unnamed actors from {@code
 * generic-actors.tsv}. Immutable and thread-safe.
 */
public final class ActorCatalog {
  private final List<Actor> actors;
  private final Map<String, Actor> byId;
  private final Map<String, String> genericTypes;

  private ActorCatalog(List<Actor> actors, Map<String, String> genericTypes) {
    this.actors = List.copyOf(actors);
    Map<String, Actor> index = new LinkedHashMap<>();
    for (Actor actor : actors) {
      if (index.put(actor.id(), actor) != null) {
        throw new IllegalStateException("duplicate actor id in catalogue: " + actor.id());
      }
    }
    for (Actor actor : actors) {
      if (actor.parent() != null && !index.containsKey(actor.parent())) {
        throw new IllegalStateException(
            "actor " + actor.id() + " names an unknown parent " + actor.parent());
      }
    }
    this.byId = Map.copyOf(index);
    this.genericTypes = Map.copyOf(genericTypes);
  }

  /** The catalogue shipped with sitrep. */
  public static ActorCatalog loadDefault() {
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (TsvResource.Row row : TsvResource.read(ActorCatalog.class, "actors.tsv", 11)) {
      Actor actor = actor(row);
      if (actors.put(actor.id(), actor) != null) {
        throw row.error("duplicate actor id " + actor.id());
      }
    }
    for (TsvResource.Row row : TsvResource.read(ActorCatalog.class, "actor-roles.tsv", 6)) {
      Actor person = actors.get(row.get(0));
      Actor organization = actors.get(row.get(2));
      if (person == null || person.kind() != EntityKind.PERSON) {
        throw row.error("no person " + row.get(0) + " in actors.tsv");
      }
      if (organization == null) {
        throw row.error("no organization " + row.get(2) + " in actors.tsv");
      }
      Period.parse(row.get(3), row.get(4));
      ActorRole role =
          new ActorRole(
              row.get(1),
              organization.id(),
              organization.name(),
              blankToNull(row.get(3)),
              blankToNull(row.get(4)));
      actors.put(person.id(), person.withRole(role));
    }
    Map<String, String> generic = new LinkedHashMap<>();
    for (TsvResource.Row row : TsvResource.read(ActorCatalog.class, "generic-actors.tsv", 3)) {
      if (generic.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1)) != null) {
        throw row.error("duplicate lemma " + row.get(0));
      }
    }
    return new ActorCatalog(new ArrayList<>(actors.values()), generic);
  }

  private static Actor actor(TsvResource.Row row) {
    EntityKind kind;
    try {
      kind = EntityKind.valueOf(row.get(2));
    } catch (IllegalArgumentException e) {
      throw row.error(
          "unknown kind " + row.get(2) + "; known: " + Arrays.toString(EntityKind.values()));
    }
    List<String> aliases = new ArrayList<>(List.of(row.get(1)));
    for (String alias : row.get(9).split("\\|")) {
      if (!alias.isBlank() && !aliases.contains(alias.strip())) {
        aliases.add(alias.strip());
      }
    }
    Period active;
    try {
      active = Period.parse(row.get(7), row.get(8));
    } catch (IllegalArgumentException e) {
      throw row.error(e.getMessage());
    }
    String wikidata = blankToNull(row.get(5));
    if (wikidata != null && !wikidata.matches("Q[1-9][0-9]*")) {
      throw row.error("not a Wikidata QID: " + wikidata);
    }
    String country = row.get(4).isBlank() ? null : row.get(4).toUpperCase(Locale.ROOT);
    return new Actor(
        row.get(0),
        row.get(1),
        kind,
        blankToNull(row.get(3)),
        country,
        wikidata,
        blankToNull(row.get(6)),
        active,
        aliases,
        List.of());
  }

  public List<Actor> actors() {
    return actors;
  }

  public Optional<Actor> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The ACLED actor type an unnamed participant's head noun implies ("gunman": political militia,
   * "police": state forces), if the catalogue knows the noun.
   */
  public Optional<String> genericType(String lemma) {
    String word = lemma.toLowerCase(Locale.ROOT);
    String type = genericTypes.get(word);
    if (type == null && word.endsWith("s")) {
      // the tagger sometimes reads a capitalised plural as a proper noun and leaves it unlemmatised
      type = genericTypes.get(word.substring(0, word.length() - 1));
    }
    return Optional.ofNullable(type);
  }

  private static String blankToNull(String value) {
    return value.isBlank() ? null : value.strip();
  }
}
