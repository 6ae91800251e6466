package org.sitrep.store.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.ledger.SourceEvent;
import org.sitrep.ledger.event.DayRange;
import org.sitrep.ledger.event.EventMatch;
import org.sitrep.ledger.event.EventMatcher;
import org.sitrep.ledger.event.EventMerger;
import org.sitrep.ledger.event.MergedEvent;
import org.sitrep.ledger.event.Participant;
import org.sitrep.model.Argument;
import org.sitrep.model.Event;
import org.sitrep.model.EventLocation;
import org.sitrep.model.Modality;
import org.sitrep.store.json.ExtractionJson;
import org.sitrep.store.sql.Sql;

/**
 * Links one article's events into the ledger: each event joins the best-matching ledger event
 * ({@link EventMatcher}) or starts a new one; the ledger event's merged values are then recomputed
 * over all its reports ({@link EventMerger}), and its actor and place index rows rewritten.
 *
 * <p>Design decision: only events the article asserts or reports go into the ledger. Denied,
 * hypothetical and future events stay in the stored extraction, where `sitrep article` shows them,
 * but a ledger of things that happened does not count them.
 */
final class EventLinker {
  private static final int MAX_CANDIDATES = 50;
  private final Connection connection;
  private final EventMatcher matcher = new EventMatcher(this::person);
  private final Map<String, Boolean> people = new java.util.HashMap<>();
  private final EventMerger merger = new EventMerger();

  EventLinker(Connection connection) {
    this.connection = connection;
  }

  /** Whether a participant key is a ledger actor who is a person. */
  private boolean person(String key) {
    return people.computeIfAbsent(
        key,
        id -> {
          try {
            return Sql.first(
                    connection,
                    "SELECT 1 FROM actor WHERE id = ? AND kind = 'PERSON'",
                    row -> 1,
                    id)
                .isPresent();
          } catch (SQLException e) {
            throw new IllegalStateException("cannot read actor " + id + ": " + e.getMessage(), e);
          }
        });
  }

  /** How one article's events went into the ledger. */
  record Linked(int added, int joined, int skipped) {}

  Linked link(StoredArticle article, List<Event> events, Map<String, String> actorIds)
      throws SQLException {
    int added = 0;
    int joined = 0;
    int skipped = 0;
    for (Event event : events) {
      if (event.modality() != Modality.ASSERTED && event.modality() != Modality.REPORTED) {
        skipped++;
        continue;
      }
      SourceEvent report =
          new SourceEvent(
              article.id(),
              article.source(),
              article.published(),
              article.copyOf(),
              withLedgerActors(event, actorIds));
      String target = null;
      EventMatch best = null;
      for (String candidate : candidates(report)) {
        EventMatch match = matcher.match(report, reports(candidate));
        if (match.same() && (best == null || match.score() > best.score())) {
          best = match;
          target = candidate;
        }
      }
      if (target == null) {
        target = "ev-" + ArticleKeys.textHash(article.id() + "/" + event.id()).substring(0, 16);
        best = new EventMatch(false, 1.0, "first report");
        added++;
      } else {
        joined++;
      }
      Sql.update(
          connection,
          "INSERT INTO event_report VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          article.id(),
          event.id(),
          target,
          article.published(),
          article.source(),
          best.rule(),
          best.score(),
          ExtractionJson.write(report.event()));
      remerge(target);
    }
    return new Linked(added, joined, skipped);
  }

  /** The event with every argument's actor id replaced by its ledger actor id. */
  static Event withLedgerActors(Event event, Map<String, String> actorIds) {
    return new Event(
        event.id(),
        event.type(),
        event.mode(),
        event.modes(),
        event.acled(),
        event.trigger(),
        ledgerActors(event.actors(), actorIds),
        ledgerActors(event.targets(), actorIds),
        ledgerActors(event.victims(), actorIds),
        event.instruments(),
        event.date(),
        event.location(),
        event.fatalities(),
        event.captured(),
        event.injured(),
        event.modality(),
        event.attribution(),
        event.evidence(),
        event.confidence());
  }

  private static List<Argument> ledgerActors(List<Argument> arguments, Map<String, String> ids) {
    List<Argument> resolved = new ArrayList<>();
    for (Argument a : arguments) {
      String id =
          a.entity() != null && ids.containsKey(a.entity()) ? ids.get(a.entity()) : a.actorId();
      resolved.add(
          new Argument(a.name(), a.entity(), id, a.actorType(), a.start(), a.end(), a.text()));
    }
    return resolved;
  }

  /** Ledger events of the same type sharing an actor or the finest place, at compatible dates. */
  private List<String> candidates(SourceEvent report) throws SQLException {
    Event event = report.event();
    DayRange range = DayRange.of(event.date()).orElse(null);
    String dates =
        range == null
            ? ""
            : " AND (e.date_start IS NULL OR (e.date_end >= ? AND e.date_start <= ?))";
    Set<String> found = new LinkedHashSet<>();
    List<String> actors = new ArrayList<>();
    for (Argument a : participants(event)) {
      if (a.actorId() != null) {
        actors.add(a.actorId());
      }
    }
    if (!actors.isEmpty() && range != null) {
      // Design decision: the actor's rows are read in three bounded index ranges, never all of
      // them: a day- or month-precise event that can overlap the report starts at most 32 days
      // before it; a year-precise one starts on 1 January of a year the report touches; and the
      // undated ones. A popular actor has thousands of events; this keeps an ingest's cost flat as
      // the ledger grows. CROSS JOIN keeps SQLite's join order; PostgreSQL reads a plain join.
      String in = "actor_id IN (" + Sql.placeholders(actors.size()) + ")";
      List<Object> parameters = new ArrayList<>(actors);
      parameters.add(range.first().minusDays(32).toString());
      parameters.add(range.last().plusDays(1).toString());
      parameters.addAll(actors);
      parameters.add(LocalDate.of(range.first().minusDays(1).getYear(), 1, 1).toString());
      parameters.add(LocalDate.of(range.last().plusDays(1).getYear(), 1, 1).toString());
      parameters.addAll(actors);
      parameters.add(event.type().name());
      addRange(parameters, range);
      found.addAll(
          Sql.query(
              connection,
              "SELECT e.id FROM (SELECT ledger_event_id FROM event_actor WHERE "
                  + in
                  + " AND date_start BETWEEN ? AND ? UNION SELECT ledger_event_id FROM event_actor"
                  + " WHERE "
                  + in
                  + " AND date_start IN (?, ?) UNION SELECT ledger_event_id FROM event_actor WHERE "
                  + in
                  + " AND date_start IS NULL) c CROSS JOIN ledger_event e"
                  + " WHERE e.id = c.ledger_event_id AND e.type = ?"
                  + dates
                  + " LIMIT "
                  + MAX_CANDIDATES,
              row -> row.getString(1),
              parameters.toArray()));
    } else if (!actors.isEmpty()) {
      List<Object> parameters = new ArrayList<>(actors);
      parameters.add(event.type().name());
      addRange(parameters, range);
      found.addAll(
          Sql.query(
              connection,
              "SELECT DISTINCT e.id FROM event_actor a JOIN ledger_event e ON e.id ="
                  + " a.ledger_event_id WHERE a.actor_id IN ("
                  + Sql.placeholders(actors.size())
                  + ") AND e.type = ?"
                  + dates
                  + " LIMIT "
                  + MAX_CANDIDATES,
              row -> row.getString(1),
              parameters.toArray()));
    }
    List<String> places = placeKeys(event.location());
    if (!places.isEmpty() && range != null) {
      List<Object> parameters = new ArrayList<>(List.of(places.get(0), event.type().name()));
      addRange(parameters, range);
      found.addAll(
          Sql.query(
              connection,
              "SELECT e.id FROM event_place p JOIN ledger_event e ON e.id = p.ledger_event_id"
                  + " WHERE p.place_key = ? AND e.type = ?"
                  + dates
                  + " LIMIT "
                  + MAX_CANDIDATES,
              row -> row.getString(1),
              parameters.toArray()));
    }
    return new ArrayList<>(found);
  }

  private static void addRange(List<Object> parameters, DayRange range) {
    if (range != null) {
      parameters.add(range.first().minusDays(1).toString());
      parameters.add(range.last().plusDays(1).toString());
    }
  }

  private List<SourceEvent> reports(String ledgerEventId) throws SQLException {
    return Sql.query(
        connection,
        "SELECT r.article_id, r.source, r.published, a.copy_of, r.event FROM event_report r"
            + " JOIN article a ON a.id = r.article_id WHERE r.ledger_event_id = ?"
            + " ORDER BY r.published, r.article_id, r.event_id",
        row ->
            new SourceEvent(
                row.getString(1),
                row.getString(2),
                row.getString(3) == null ? null : LocalDate.parse(row.getString(3)),
                row.getString(4),
                ExtractionJson.readEvent(row.getString(5))),
        ledgerEventId);
  }

  /** Recomputes a ledger event's merged values and index rows from all its reports. */
  private void remerge(String id) throws SQLException {
    List<SourceEvent> reports = reports(id);
    MergedEvent merged = merger.merge(reports);
    LedgerEventRows.write(connection, id, merged);
    Sql.update(connection, "DELETE FROM event_actor WHERE ledger_event_id = ?", id);
    Sql.update(connection, "DELETE FROM event_place WHERE ledger_event_id = ?", id);
    String start = merged.dateStart() == null ? null : merged.dateStart().toString();
    Set<String> seen = new LinkedHashSet<>();
    for (Participant p : merged.participants()) {
      if (p.actorId() != null && seen.add(p.actorId() + "/" + p.role())) {
        Sql.update(
            connection,
            "INSERT INTO event_actor VALUES (?, ?, ?, ?)",
            p.actorId(),
            p.role(),
            id,
            start);
      }
    }
    for (String key : placeKeys(merged.location())) {
      Sql.update(
          connection,
          "INSERT INTO event_place VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
          key,
          id,
          start);
    }
  }

  private static List<Argument> participants(Event event) {
    List<Argument> all = new ArrayList<>(event.actors());
    all.addAll(event.targets());
    all.addAll(event.victims());
    return all;
  }

  /**
   * Every name a place query may use for a location, finest first: the place, its district, its
   * province and its country code ("cc:af"), folded to lower case without accents.
   */
  static List<String> placeKeys(EventLocation location) {
    if (location == null) {
      return List.of();
    }
    Set<String> keys = new LinkedHashSet<>();
    for (String name : new String[] {location.name(), location.admin2(), location.admin1()}) {
      if (name != null && !name.isBlank()) {
        keys.add(Folding.fold(name));
      }
    }
    if (location.countryCode() != null) {
      keys.add("cc:" + location.countryCode().toLowerCase(Locale.ROOT));
    }
    return new ArrayList<>(keys);
  }
}
