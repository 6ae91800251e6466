package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.extract.lexicon.TsvResource;
import org.sitrep.model.EntityKind;

/**
 * The curated actors sitrep knows by name, loaded from {@code actors.tsv}. Immutable and
 * thread-safe.
 */
public final class ActorCatalog {
  private final List<Actor> actors;
  private final Map<String, Actor> byId;

  private ActorCatalog(List<Actor> actors) {
    this.actors = List.copyOf(actors);
    Map<String, Actor> index = new HashMap<>();
    for (Actor actor : actors) {
      if (index.put(actor.id(), actor) != null) {
        throw new IllegalStateException("duplicate actor id in catalogue: " + actor.id());
      }
    }
    this.byId = Map.copyOf(index);
  }

  /** The catalogue shipped with sitrep. */
  public static ActorCatalog loadDefault() {
    List<Actor> actors = new ArrayList<>();
    for (TsvResource.Row row : TsvResource.read(ActorCatalog.class, "actors.tsv", 7)) {
      EntityKind kind;
      try {
        kind = EntityKind.valueOf(row.get(2));
      } catch (IllegalArgumentException e) {
        throw row.error(
            "unknown kind " + row.get(2) + "; known: " + Arrays.toString(EntityKind.values()));
      }
      List<String> aliases = new ArrayList<>(List.of(row.get(1)));
      for (String alias : row.get(5).split("\\|")) {
        if (!alias.isBlank() && !aliases.contains(alias.strip())) {
          aliases.add(alias.strip());
        }
      }
      String country = row.get(4).isBlank() ? null : row.get(4).toUpperCase(Locale.ROOT);
      actors.add(
          new Actor(row.get(0), row.get(1), kind, emptyToNull(row.get(3)), country, aliases));
    }
    return new ActorCatalog(actors);
  }

  public List<Actor> actors() {
    return actors;
  }

  public Optional<Actor> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  private static String emptyToNull(String value) {
    return value.isBlank() ? null : value;
  }
}
