package org.sitrep.store.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.ledger.name.NameMatch;
import org.sitrep.ledger.name.PersonNames;
import org.sitrep.model.ActorRole;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.TextSpan;
import org.sitrep.store.sql.Sql;

/**
 * Resolves one article's entities to ledger actors and writes the decision trail. A catalog actor
 * keeps its catalog id; a person outside the catalog is matched by name across spellings and
 * transliterations ({@link PersonNames}) against every alias the ledger holds, catalog people
 * included; other groups match only by the same normalised name. Each decision is a row of table
 * {@code resolution}: the rule, its score and the alternatives.
 */
final class ActorResolver {
  private static final int MAX_CANDIDATES = 64;
  private final Connection connection;

  ActorResolver(Connection connection) {
    this.connection = connection;
  }

  /** Entity id to ledger actor id, for every entity that is an actor (not a place). */
  Map<String, String> resolve(String articleId, List<Entity> entities) throws SQLException {
    Map<String, String> actorIds = new HashMap<>();
    for (Entity entity : entities) {
      if (entity.kind() == EntityKind.PLACE || entity.kind() == EntityKind.OTHER) {
        continue;
      }
      Decision decision = decide(entity);
      actorIds.put(entity.id(), decision.actorId());
      record(articleId, entity, decision);
    }
    return actorIds;
  }

  private record Decision(
      String actorId, String rule, double score, String detail, boolean isNew) {}

  private Decision decide(Entity entity) throws SQLException {
    if (entity.actorId() != null) {
      boolean known = exists(entity.actorId());
      return new Decision(entity.actorId(), "catalog", 1.0, null, !known);
    }
    String key = nameKey(entity.kind(), entity.name());
    List<String> same =
        Sql.query(
            connection,
            "SELECT DISTINCT a.actor_id FROM actor_alias a JOIN actor r ON r.id = a.actor_id"
                + " WHERE a.name_key = ? AND r.kind = ?",
            row -> row.getString(1),
            key,
            entity.kind().name());
    if (same.size() == 1) {
      String rule =
          entity.kind() == EntityKind.PERSON
              ? "same name after transliteration folding"
              : "same name";
      return new Decision(same.get(0), rule, 1.0, "name key '" + key + "'", false);
    }
    if (same.size() > 1) {
      return newActor(entity, "ambiguous: " + String.join(", ", same));
    }
    if (entity.kind() == EntityKind.PERSON) {
      Optional<Decision> similar = similarPerson(entity.name(), key);
      if (similar.isPresent()) {
        return similar.get();
      }
    }
    return newActor(entity, null);
  }

  /** The best alias match among people sharing a folded name token, when it is unambiguous. */
  private Optional<Decision> similarPerson(String name, String key) throws SQLException {
    List<String> tokens = List.of(key.split(" "));
    List<String[]> aliases =
        Sql.query(
            connection,
            "SELECT DISTINCT a.actor_id, a.alias FROM actor_token t"
                + " JOIN actor_alias a ON a.actor_id = t.actor_id"
                + " JOIN actor r ON r.id = t.actor_id"
                + " WHERE r.kind = 'PERSON' AND t.token IN ("
                + Sql.placeholders(tokens.size())
                + ") ORDER BY a.actor_id, a.alias LIMIT "
                + MAX_CANDIDATES,
            row -> new String[] {row.getString(1), row.getString(2)},
            tokens.toArray());
    String best = null;
    NameMatch bestMatch = null;
    Set<String> tied = new LinkedHashSet<>();
    String bestAlias = null;
    for (String[] alias : aliases) {
      Optional<NameMatch> match = PersonNames.match(name, alias[1]);
      if (match.isEmpty()) {
        continue;
      }
      double score = match.get().score();
      if (bestMatch == null || score > bestMatch.score()) {
        best = alias[0];
        bestMatch = match.get();
        bestAlias = alias[1];
        tied.clear();
        tied.add(alias[0]);
      } else if (score == bestMatch.score()) {
        tied.add(alias[0]);
      }
    }
    if (bestMatch == null) {
      return Optional.empty();
    }
    if (tied.size() > 1) {
      return Optional.of(newActorDecision(name, "ambiguous between " + String.join(", ", tied)));
    }
    return Optional.of(
        new Decision(
            best, bestMatch.rule(), bestMatch.score(), "matched alias '" + bestAlias + "'", false));
  }

  private Decision newActor(Entity entity, String detail) throws SQLException {
    return newActorDecision(entity.name(), detail);
  }

  private Decision newActorDecision(String name, String detail) throws SQLException {
    String base = slug(name);
    String id = base;
    for (int n = 2; exists(id); n++) {
      id = base + "-" + n;
    }
    return new Decision(id, "new", 1.0, detail, true);
  }

  private void record(String articleId, Entity entity, Decision decision) throws SQLException {
    if (decision.isNew()) {
      Sql.update(
          connection,
          "INSERT INTO actor (id, name, kind, actor_type, country_code, wikidata, parent,"
              + " from_catalog) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
          decision.actorId(),
          entity.name(),
          entity.kind().name(),
          entity.actorType(),
          entity.countryCode(),
          entity.wikidata(),
          entity.parent(),
          entity.actorId() != null);
    }
    Set<String> aliases = new LinkedHashSet<>();
    aliases.add(entity.name());
    for (TextSpan mention : entity.mentions()) {
      aliases.add(mention.text().strip());
    }
    for (String alias : aliases) {
      addAlias(decision.actorId(), entity.kind(), alias);
    }
    for (ActorRole role : entity.roles()) {
      Sql.update(
          connection,
          "INSERT INTO actor_role VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
          decision.actorId(),
          role.role(),
          role.organization(),
          role.organizationName(),
          role.from(),
          role.until(),
          articleId);
    }
    Sql.update(
        connection,
        "INSERT INTO resolution VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        articleId,
        entity.id(),
        entity.name(),
        entity.kind().name(),
        decision.actorId(),
        decision.rule(),
        decision.score(),
        decision.detail());
  }

  private void addAlias(String actorId, EntityKind kind, String alias) throws SQLException {
    if (alias.isEmpty()) {
      return;
    }
    String key = nameKey(kind, alias);
    Sql.update(
        connection,
        "INSERT INTO actor_alias VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        actorId,
        alias,
        key);
    if (kind == EntityKind.PERSON) {
      for (String token : key.split(" ")) {
        Sql.update(
            connection,
            "INSERT INTO actor_token VALUES (?, ?) ON CONFLICT DO NOTHING",
            token,
            actorId);
      }
    }
  }

  private boolean exists(String actorId) throws SQLException {
    return Sql.first(connection, "SELECT 1 FROM actor WHERE id = ?", row -> 1, actorId).isPresent();
  }

  /** People by their transliteration-insensitive key; everything else by its folded name. */
  static String nameKey(EntityKind kind, String name) {
    return kind == EntityKind.PERSON ? PersonNames.key(name) : Folding.fold(name);
  }

  /** A readable id from a name: "Malek Haseeb" → "malek-haseeb". */
  static String slug(String name) {
    String slug = Folding.fold(name).replace(' ', '-');
    return slug.isEmpty() ? "actor" : slug;
  }
}
