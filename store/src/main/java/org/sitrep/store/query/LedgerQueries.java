package org.sitrep.store.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
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
    Driver driver = null;
    if (filter.actor() != null) {
      Set<String> ids = actorIds(filter.actor());
      if (ids.isEmpty()) {
        return List.of();
      }
      driver = Driver.actors(ids);
    }
    Conditions conditions = new Conditions();
    if (filter.place() != null) {
      List<String> keys = placeKeys(filter.place());
      if (driver == null) {
        driver = Driver.places(keys);
      } else {
        conditions.add(
            "e.id IN (SELECT ledger_event_id FROM event_place WHERE place_key IN ("
                + Sql.placeholders(keys.size())
                + "))",
            keys);
      }
    }
    if (filter.type() != null) {
      conditions.add("e.type = ?", List.of(filter.type().toUpperCase(Locale.ROOT)));
    }
    if (filter.minSources() > 1) {
      conditions.add("e.source_count >= ?", List.of(filter.minSources()));
    }
    return ordered(driver, conditions, filter.from(), filter.to(), filter.limit());
  }

  /**
   * The events of an actor, or else (when no actor by that name took part in any) of a place, in
   * date order: what the ledger knows happened to or by it. Undated events come last.
   */
  public Timeline timeline(String actorOrPlace, int limit) throws SQLException {
    Set<String> ids = actorIds(actorOrPlace);
    List<EventRow> actorRows =
        ids.isEmpty()
            ? List.of()
            : ordered(Driver.actors(ids), new Conditions(), null, null, limit);
    if (!actorRows.isEmpty()) {
      return new Timeline("actor", List.copyOf(ids), actorRows);
    }
    // A name that is both (Afghanistan the state, Afghanistan the country) is a place when the
    // actor took part in nothing.
    List<String> keys = placeKeys(actorOrPlace);
    List<EventRow> rows = ordered(Driver.places(keys), new Conditions(), null, null, limit);
    if (rows.isEmpty() && !ids.isEmpty()) {
      return new Timeline("actor", List.copyOf(ids), actorRows);
    }
    return new Timeline("place", keys, rows);
  }

  /**
   * The index a query walks in date order: an actor's or a place's rows, each carrying the event's
   * first day, so that the first page of a popular actor's events is read without sorting them all.
   */
  private record Driver(String table, String condition, List<String> values) {
    static Driver actors(Set<String> ids) {
      return new Driver(
          "event_actor", "a.actor_id IN (" + Sql.placeholders(ids.size()) + ")", List.copyOf(ids));
    }

    static Driver places(List<String> keys) {
      return new Driver(
          "event_place", "a.place_key IN (" + Sql.placeholders(keys.size()) + ")", keys);
    }
  }

  /** Conditions on the ledger event, with their parameters, in order. */
  private static final class Conditions {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    void add(String condition, List<?> values) {
      sql.append(" AND ").append(condition);
      parameters.addAll(values);
    }
  }

  /**
   * Events in date order, dated ones first, then undated ones (none when a date bound is given).
   *
   * <p>Design decision: two queries, not {@code ORDER BY date_start NULLS LAST}: that clause makes
   * SQLite sort every matching row, where an index range in date order stops at the page's end.
   * {@code CROSS JOIN} keeps SQLite's join order (the driving index first); PostgreSQL reads it as
   * a plain join. A lower bound on the first day (a year before {@code from}: no event's date spans
   * more) lets the date index start there rather than at the beginning of time.
   */
  private List<EventRow> ordered(
      Driver driver, Conditions conditions, LocalDate from, LocalDate to, int limit)
      throws SQLException {
    String date = driver == null ? "e.date_start" : "a.date_start";
    Conditions dated = new Conditions();
    dated.sql.append(conditions.sql);
    dated.parameters.addAll(conditions.parameters);
    if (from != null) {
      // An event overlapping [from, …] starts at most 31 days before it (a month), or on the
      // first of January of from's year (a year): two short index ranges, not a year of rows.
      dated.add(
          "(" + date + " >= ? OR " + date + " = ?)",
          List.of(from.minusDays(31).toString(), from.withDayOfYear(1).toString()));
      dated.add("e.date_end >= ?", List.of(from.toString()));
    }
    if (to != null) {
      dated.add(date + " <= ?", List.of(to.toString()));
    }
    String tie = driver == null ? "e.id" : "a.ledger_event_id";
    Map<String, EventRow> rows = new LinkedHashMap<>();
    page(driver, date + " IS NOT NULL", dated, date + ", " + tie, limit, rows);
    if (rows.size() < limit && from == null && to == null) {
      page(driver, date + " IS NULL", conditions, tie, limit, rows);
    }
    return new ArrayList<>(rows.values());
  }

  /** Adds the next events of one query to {@code into}, each once, until it holds {@code limit}. */
  private void page(
      Driver driver,
      String dateCondition,
      Conditions conditions,
      String order,
      int limit,
      Map<String, EventRow> into)
      throws SQLException {
    List<Object> parameters = new ArrayList<>();
    String sql;
    if (driver == null) {
      sql = "SELECT e.id, e.merged FROM ledger_event e WHERE " + dateCondition;
    } else {
      sql =
          "SELECT e.id, e.merged FROM "
              + driver.table()
              + " a CROSS JOIN ledger_event e WHERE "
              + driver.condition()
              + " AND "
              + dateCondition
              + " AND e.id = a.ledger_event_id";
      parameters.addAll(driver.values());
    }
    parameters.addAll(conditions.parameters);
    // One event can stand in the driving index twice (an actor in two roles): fetch a little
    // more than the page needs and keep each event once.
    int fetch = limit - into.size() + (driver == null ? 0 : 16);
    for (EventRow row :
        rows(sql + conditions.sql + " ORDER BY " + order + " LIMIT " + fetch, parameters)) {
      if (into.size() < limit) {
        into.putIfAbsent(row.id(), row);
      }
    }
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

  /**
   * Place index keys for a name: "cc:xx" when it names a country, else the folded name (and "cc:xx"
   * too for a two-letter name, which may be a country code).
   */
  static List<String> placeKeys(String name) {
    String code = COUNTRY_CODES.get(Folding.fold(name));
    if (code != null) {
      // Every event in a country carries its code: one key, so the index gives date order.
      return List.of("cc:" + code);
    }
    List<String> keys = new ArrayList<>(List.of(Folding.fold(name)));
    if (name.length() == 2) {
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
