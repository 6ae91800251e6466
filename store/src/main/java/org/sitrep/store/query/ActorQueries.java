package org.sitrep.store.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.store.sql.Sql;

/** Actor profiles: identity, aliases, roles over time, and the decision trail. */
public final class ActorQueries {
  private final Connection connection;
  private final LedgerQueries names;

  public ActorQueries(Connection connection) {
    this.connection = connection;
    this.names = new LedgerQueries(connection);
  }

  /** Profiles of every actor a name stands for (usually one). */
  public List<ActorProfile> profiles(String name) throws SQLException {
    List<ActorProfile> profiles = new ArrayList<>();
    for (String id : names.actorIds(name)) {
      profile(id).ifPresent(profiles::add);
    }
    return profiles;
  }

  public Optional<ActorProfile> profile(String id) throws SQLException {
    Optional<String[]> actor =
        Sql.first(
            connection,
            "SELECT id, name, kind, actor_type, country_code, from_catalog, parent FROM actor"
                + " WHERE id = ?",
            row ->
                new String[] {
                  row.getString(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  row.getString(5),
                  row.getString(6),
                  row.getString(7)
                },
            id);
    if (actor.isEmpty()) {
      return Optional.empty();
    }
    String[] a = actor.get();
    List<String> branches =
        Sql.query(
            connection,
            "SELECT id FROM actor WHERE parent = ? AND kind IN ('GROUP', 'ORGANIZATION') ORDER BY id",
            row -> row.getString(1),
            id);
    List<String> organizations = new ArrayList<>(branches);
    organizations.add(0, id);
    return Optional.of(
        new ActorProfile(
            a[0],
            a[1],
            a[2],
            a[3],
            a[4],
            "1".equals(a[5]),
            a[6],
            branches,
            Sql.query(
                connection,
                "SELECT alias FROM actor_alias WHERE actor_id = ? ORDER BY alias",
                row -> row.getString(1),
                id),
            roles("r.actor_id = ?", List.of(id)),
            roles(
                "r.organization IN (" + Sql.placeholders(organizations.size()) + ")",
                organizations),
            decisions(id),
            Sql.first(
                    connection,
                    "SELECT COUNT(DISTINCT ledger_event_id) FROM event_actor WHERE actor_id = ?",
                    row -> row.getInt(1),
                    id)
                .orElse(0)));
  }

  /** Roles matching a condition, one per (actor, role, organisation), ordered by start. */
  private List<ActorProfile.Role> roles(String condition, List<String> parameters)
      throws SQLException {
    Map<String, ActorProfile.Role> roles = new LinkedHashMap<>();
    Map<String, List<String>> articles = new LinkedHashMap<>();
    List<String[]> rows =
        Sql.query(
            connection,
            "SELECT r.actor_id, a.name, r.role, r.organization, r.organization_name, r.valid_from,"
                + " r.valid_until, r.article_id FROM actor_role r JOIN actor a ON a.id = r.actor_id"
                + " WHERE "
                + condition
                + " ORDER BY r.valid_from NULLS LAST, r.valid_until NULLS LAST, r.actor_id,"
                + " r.article_id",
            row -> {
              String[] values = new String[8];
              for (int i = 0; i < 8; i++) {
                values[i] = row.getString(i + 1);
              }
              return values;
            },
            parameters.toArray());
    for (String[] r : rows) {
      String key = r[0] + "/" + r[2] + "/" + r[3];
      articles.computeIfAbsent(key, k -> new ArrayList<>()).add(r[7]);
      roles.putIfAbsent(
          key, new ActorProfile.Role(r[0], r[1], r[2], r[3], r[4], r[5], r[6], List.of()));
    }
    List<ActorProfile.Role> result = new ArrayList<>();
    for (Map.Entry<String, ActorProfile.Role> entry : roles.entrySet()) {
      ActorProfile.Role role = entry.getValue();
      result.add(
          new ActorProfile.Role(
              role.actorId(),
              role.actorName(),
              role.role(),
              role.organization(),
              role.organizationName(),
              role.from(),
              role.until(),
              articles.get(entry.getKey())));
    }
    return result;
  }

  private List<ActorProfile.Decision> decisions(String id) throws SQLException {
    return Sql.query(
        connection,
        "SELECT article_id, entity_id, name, rule, score, detail FROM resolution WHERE actor_id = ?"
            + " ORDER BY article_id, entity_id",
        row ->
            new ActorProfile.Decision(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getDouble(5),
                row.getString(6)),
        id);
  }
}
