package org.sitrep.store.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.ledger.event.MergedEvent;
import org.sitrep.ledger.name.PersonNames;
import org.sitrep.store.ingest.Folding;
import org.sitrep.store.json.ExtractionJson;
import org.sitrep.store.sql.Sql;

/**
 * Events and timelines: indexed lookups that stay fast on a million events. Actor and place queries
 * take any name the ledger knows (alias, transliteration, id); places also match by district,
 * province or country.
 */
public final class LedgerQueries {
  private static final Map<String, String> COUNTRY_CODES = countryCodes();
  private final Connection connection;

  public LedgerQueries(Connection connection) {
    this.connection = connection;
  }

  /** Events matching the filter, in date order (undated last). */
  public List<EventRow> events(EventFilter filter) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT e.id, e.merged FROM ledger_event e WHERE 1 = 1");
    List<Object> parameters = new ArrayList<>();
    if (filter.actor() != null) {
      Set<String> ids = actorIds(filter.actor());
      if (ids.isEmpty()) {
        return List.of();
      }
      sql.append(" AND e.id IN (SELECT ledger_event_id FROM event_actor WHERE actor_id IN (")
          .append(Sql.placeholders(ids.size()))
          .append("))");
      parameters.addAll(ids);
    }
    if (filter.place() != null) {
      List<String> keys = placeKeys(filter.place());
      sql.append(" AND e.id IN (SELECT ledger_event_id FROM event_place WHERE place_key IN (")
          .append(Sql.placeholders(keys.size()))
          .append("))");
      parameters.addAll(keys);
    }
    if (filter.type() != null) {
      sql.append(" AND e.type = ?");
      parameters.add(filter.type().toUpperCase(Locale.ROOT));
    }
    if (filter.from() != null) {
      sql.append(" AND e.date_end >= ?");
      parameters.add(filter.from().toString());
    }
    if (filter.to() != null) {
      sql.append(" AND e.date_start <= ?");
      parameters.add(filter.to().toString());
    }
    if (filter.minSources() > 1) {
      sql.append(" AND e.source_count >= ?");
      parameters.add(filter.minSources());
    }
    sql.append(" ORDER BY e.date_start NULLS LAST, e.id LIMIT ").append(filter.limit());
    return rows(sql.toString(), parameters);
  }

  /**
   * The events of an actor, or else of a place, in date order: what the ledger knows happened to or
   * by it. Undated events come last.
   */
  public Timeline timeline(String actorOrPlace, int limit) throws SQLException {
    Set<String> ids = actorIds(actorOrPlace);
    if (!ids.isEmpty()) {
      String sql =
          "SELECT DISTINCT e.id, e.merged, e.date_start FROM event_actor a JOIN ledger_event e"
              + " ON e.id = a.ledger_event_id WHERE a.actor_id IN ("
              + Sql.placeholders(ids.size())
              + ") ORDER BY e.date_start NULLS LAST, e.id LIMIT "
              + limit;
      return new Timeline("actor", List.copyOf(ids), rows(sql, new ArrayList<>(ids)));
    }
    List<String> keys = placeKeys(actorOrPlace);
    String sql =
        "SELECT DISTINCT e.id, e.merged, e.date_start FROM event_place p JOIN ledger_event e"
            + " ON e.id = p.ledger_event_id WHERE p.place_key IN ("
            + Sql.placeholders(keys.size())
            + ") ORDER BY e.date_start NULLS LAST, e.id LIMIT "
            + limit;
    return new Timeline("place", keys, rows(sql, new ArrayList<>(keys)));
  }

  /** An actor's or place's events in date order. */
  public record Timeline(String kind, List<String> keys, List<EventRow> events) {}

  /** One ledger event with all its reports, if it exists. */
  public java.util.Optional<EventRow> event(String id) throws SQLException {
    List<EventRow> rows =
        rows("SELECT e.id, e.merged FROM ledger_event e WHERE e.id = ?", List.of(id));
    return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(rows.get(0));
  }

  /**
   * Ledger actor ids a name stands for: an id as given, else actors with that alias (folded), else
   * people whose name is the same after transliteration folding.
   */
  public Set<String> actorIds(String name) throws SQLException {
    Set<String> ids = new LinkedHashSet<>();
    ids.addAll(
        Sql.query(connection, "SELECT id FROM actor WHERE id = ?", row -> row.getString(1), name));
    if (ids.isEmpty()) {
      ids.addAll(
          Sql.query(
              connection,
              "SELECT DISTINCT actor_id FROM actor_alias WHERE name_key IN (?, ?)",
              row -> row.getString(1),
              Folding.fold(name),
              PersonNames.key(name)));
    }
    return ids;
  }

  /** Place index keys for a name: the folded name, and "cc:xx" when it names a country. */
  static List<String> placeKeys(String name) {
    List<String> keys = new ArrayList<>(List.of(Folding.fold(name)));
    String code = COUNTRY_CODES.get(Folding.fold(name));
    if (code != null) {
      keys.add("cc:" + code);
    } else if (name.length() == 2) {
      keys.add("cc:" + name.toLowerCase(Locale.ROOT));
    }
    return keys;
  }

  private List<EventRow> rows(String sql, List<?> parameters) throws SQLException {
    Map<String, MergedEvent> merged = new LinkedHashMap<>();
    for (String[] row :
        Sql.query(
            connection,
            sql,
            r -> new String[] {r.getString(1), r.getString(2)},
            parameters.toArray())) {
      merged.put(row[0], ExtractionJson.read(row[1], MergedEvent.class));
    }
    List<EventRow> rows = new ArrayList<>();
    for (Map.Entry<String, MergedEvent> entry : merged.entrySet()) {
      rows.add(new EventRow(entry.getKey(), entry.getValue(), reports(entry.getKey())));
    }
    return rows;
  }

  private List<EventRow.Report> reports(String id) throws SQLException {
    return Sql.query(
        connection,
        "SELECT article_id, source, published, match_rule, event FROM event_report"
            + " WHERE ledger_event_id = ? ORDER BY published, article_id",
        row ->
            new EventRow.Report(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                ExtractionJson.readEvent(row.getString(5))),
        id);
  }

  /** English country names (folded) to ISO codes, from the Java runtime's own country list. */
  private static Map<String, String> countryCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      codes.put(Folding.fold(name), code.toLowerCase(Locale.ROOT));
    }
    return codes;
  }
}
