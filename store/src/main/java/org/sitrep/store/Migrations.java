package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations. The scripts are {@code migration/V<n>__<name>.sql} resources, listed
 * in order in {@code migration/index.txt}; table {@code schema_version} records each one applied.
 * Each script runs in one transaction (both engines have transactional DDL), so a ledger is always
 * at a whole version.
 */
final class Migrations {
  private static final String FOLDER = "migration/";

  private Migrations() {}

  /**
   * Brings the schema to the newest version; returns how many scripts it applied. A ledger already
   * at the newest version is only read, so opening it takes no lock; otherwise the migration runs
   * in transactions, and the connection is back in auto-commit mode afterwards.
   */
  static int apply(Connection connection, Engine engine) throws SQLException {
    if (upToDate(connection, engine)) {
      return 0;
    }
    connection.setAutoCommit(false);
    try {
      return migrate(connection, engine);
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** Whether table schema_version exists and holds the newest version; reads only. */
  private static boolean upToDate(Connection connection, Engine engine) throws SQLException {
    String exists =
        engine == Engine.POSTGRESQL
            ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema ="
                + " current_schema() AND table_name = 'schema_version'"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(exists)) {
      if (!rows.next() || rows.getInt(1) == 0) {
        return false;
      }
    }
    return current(connection) >= latest();
  }

  private static int migrate(Connection connection, Engine engine) throws SQLException {
    if (engine == Engine.POSTGRESQL) {
      // Two sessions creating one table at once can both pass IF NOT EXISTS and one then fails on
      // the catalogue's unique index; the lock makes the second wait. (SQLite's BEGIN IMMEDIATE
      // already holds the write lock here.)
      lock(connection, engine);
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
              + "name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    }
    connection.commit();
    int applied = 0;
    List<String> scripts = scripts();
    for (int i = 0; i < scripts.size(); i++) {
      int version = i + 1;
      lock(connection, engine);
      if (current(connection) >= version) {
        connection.commit();
        continue;
      }
      for (String sql : statements(read(scripts.get(i)))) {
        try (Statement statement = connection.createStatement()) {
          statement.execute(sql);
        }
      }
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
        insert.setInt(1, version);
        insert.setString(2, scripts.get(i));
        insert.setString(3, Instant.now().toString());
        insert.executeUpdate();
      }
      connection.commit();
      applied++;
    }
    return applied;
  }

  /** The newest version this build knows. */
  static int latest() {
    return scripts().size();
  }

  static int current(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  /**
   * Serialises concurrent migrators: the second process waits, then finds the version applied.
   * SQLite takes its write lock with a no-op write; PostgreSQL has an advisory lock.
   */
  private static void lock(Connection connection, Engine engine) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      if (engine == Engine.POSTGRESQL) {
        statement.execute("SELECT pg_advisory_xact_lock(7431001)");
      } else {
        statement.execute("DELETE FROM schema_version WHERE version < 0");
      }
    }
  }

  private static List<String> scripts() {
    List<String> names = new ArrayList<>();
    for (String line : read("index.txt").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        names.add(line.strip());
      }
    }
    return names;
  }

  /** Statements are separated by lines holding only ";"; comment lines are dropped. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      if (line.strip().equals(";")) {
        statements.add(current.toString().strip());
        current.setLength(0);
      } else if (!line.strip().startsWith("--")) {
        current.append(line).append('\n');
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  private static String read(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("migration resource missing: " + FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration " + name, e);
    }
  }
}
