package org.sitrep.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.store.server.PostgresServer;
import org.sitrep.store.sql.Sql;

/**
 * Fresh ledgers on either engine, and the row count of every table, so that a test can show one
 * behaviour on both.
 */
final class TestLedgers {
  /** Every table of schema version 1, the migration's bookkeeping included. */
  static final List<String> TABLES =
      List.of(
          "schema_version",
          "article",
          "article_key",
          "article_band",
          "actor",
          "actor_alias",
          "actor_token",
          "actor_role",
          "resolution",
          "ledger_event",
          "event_report",
          "event_actor",
          "event_place",
          "claim",
          "quantity_claim",
          "relation_claim");

  private TestLedgers() {}

  /**
   * A location no ledger lives at yet: a file in {@code dir} for SQLite, a database dropped and
   * created empty for PostgreSQL ({@code name} becomes part of the database name).
   */
  static String freshLocation(Engine engine, Path dir, String name) {
    return switch (engine) {
      case SQLITE -> dir.resolve(name + ".db").toString();
      case POSTGRESQL -> PostgresServer.freshDatabase("store_" + name.toLowerCase(Locale.ROOT));
    };
  }

  static Ledger fresh(Engine engine, Path dir, String name) throws SQLException {
    return Ledger.open(freshLocation(engine, dir, name));
  }

  /** Rows per table, in the order of {@link #TABLES}. */
  static Map<String, Long> counts(Ledger ledger) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, count(ledger, "SELECT COUNT(*) FROM " + table));
    }
    return counts;
  }

  static long count(Ledger ledger, String sql, Object... parameters) throws SQLException {
    return Sql.first(ledger.reader(), sql, row -> row.getLong(1), parameters).orElseThrow();
  }

  /** The tables the database holds, sorted: {@link #TABLES} must name them all. */
  static List<String> tables(Ledger ledger) throws SQLException {
    String sql =
        ledger.location().engine() == Engine.SQLITE
            ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                + " ORDER BY table_name";
    return new ArrayList<>(Sql.query(ledger.reader(), sql, row -> row.getString(1)));
  }
}
