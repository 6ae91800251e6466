package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.sitrep.model.Article;
import org.sitrep.model.Extraction;
import org.sitrep.store.ingest.IngestOutcome;
import org.sitrep.store.ingest.Ingestor;
import org.sitrep.store.query.ActorQueries;
import org.sitrep.store.query.ArticleQueries;
import org.sitrep.store.query.ClaimQueries;
import org.sitrep.store.query.LedgerQueries;

/**
 * A ledger: the database, brought to the newest schema on open, with one connection that writes and
 * one that reads. Not thread-safe: one ledger object per thread; several processes may open the
 * same ledger (SQLite serialises writers and lets readers go on during a write).
 *
 * <p>Design decision: SQLite, not DuckDB or H2, is the embedded default. An ingest is many small
 * transactions, one per article, which SQLite's write-ahead log makes durable and atomic: a process
 * killed mid-article leaves the file at the last whole article. Other processes read the ledger
 * during an ingest, which DuckDB's and H2's single-process file locks forbid. Queries are indexed
 * lookups, not scans, so a columnar engine would not help them.
 */
public final class Ledger implements AutoCloseable {
  private final LedgerLocation location;
  private final Connection writer;
  private final Connection reader;

  private Ledger(LedgerLocation location, Connection writer, Connection reader) {
    this.location = location;
    this.writer = writer;
    this.reader = reader;
  }

  /** Opens (creating if need be) the ledger at a {@code --db} location. */
  public static Ledger open(String location) throws SQLException {
    return open(LedgerLocation.parse(location));
  }

  public static Ledger open(LedgerLocation location) throws SQLException {
    if (location.engine() == Engine.SQLITE) {
      createParent(Path.of(location.jdbcUrl().substring("jdbc:sqlite:".length())));
    }
    Connection writer = connect(location, true);
    Connection reader = null;
    try {
      Migrations.apply(writer, location.engine());
      reader = connect(location, false);
      return new Ledger(location, writer, reader);
    } catch (SQLException | RuntimeException e) {
      writer.close();
      if (reader != null) {
        reader.close();
      }
      throw e;
    }
  }

  /**
   * SQLite: write-ahead log (readers never wait for the writer), synchronous=NORMAL (durable across
   * a killed process, which is what the ledger must survive), writers take the lock at BEGIN so
   * that two ingests queue instead of deadlocking, and wait up to a minute for it.
   *
   * <p>Design decision: both connections start in auto-commit mode, and the writer leaves it only
   * for one article's transaction ({@link #ingest}) or a migration. The SQLite driver begins an
   * IMMEDIATE transaction as soon as auto-commit is off, and again after every commit: a writer
   * kept out of auto-commit would hold the write lock for as long as the ledger is open, and every
   * other process opening the ledger, even only to query it, would wait for it and then fail.
   */
  private static Connection connect(LedgerLocation location, boolean writes) throws SQLException {
    Properties properties = new Properties();
    if (location.engine() == Engine.SQLITE) {
      properties.setProperty("synchronous", "NORMAL");
      properties.setProperty("busy_timeout", "60000");
      // 64 MB of page cache and reads through a memory map: SQLite's 2 MB default makes most page
      // reads of a large ledger system calls.
      properties.setProperty("cache_size", "-65536");
      properties.setProperty("mmap_size", "1073741824");
      properties.setProperty("foreign_keys", "false");
      if (writes) {
        properties.setProperty("transaction_mode", "IMMEDIATE");
      }
    }
    // The drivers are named, not looked up: DriverManager's service lookup misses them in some
    // class loaders (test runners, shaded jars).
    java.sql.Driver driver =
        location.engine() == Engine.SQLITE ? new org.sqlite.JDBC() : new org.postgresql.Driver();
    Connection connection = driver.connect(location.jdbcUrl(), properties);
    if (connection == null) {
      throw new SQLException("the driver does not accept " + location.display());
    }
    if (location.engine() == Engine.SQLITE) {
      useWriteAheadLog(connection);
    }
    return connection;
  }

  /**
   * Switches a new ledger file to the write-ahead log (the mode is kept in the file, so later opens
   * find it set). Design decision: the switch is retried here, because SQLite answers it with
   * SQLITE_BUSY at once, without its busy handler, while another process is opening the same new
   * file.
   */
  private static void useWriteAheadLog(Connection connection) throws SQLException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      try (var statement = connection.createStatement();
          var mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
        String got = mode.next() ? mode.getString(1) : "no answer";
        if (got.equalsIgnoreCase("wal")) {
          return;
        }
        throw new SQLException(
            "the ledger file cannot use a write-ahead log (journal mode " + got + ")");
      } catch (SQLException e) {
        if (!e.getMessage().contains("SQLITE_BUSY") || System.nanoTime() > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while opening the ledger", e);
      }
    }
  }

  private static void createParent(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of ledger " + file, e);
    }
  }

  public LedgerLocation location() {
    return location;
  }

  /** Stores one extraction in one transaction; see {@link Ingestor}. */
  public IngestOutcome ingest(Extraction extraction) throws SQLException {
    writer.setAutoCommit(false);
    try {
      if (location.engine() == Engine.POSTGRESQL) {
        // Writers one at a time, as SQLite's BEGIN IMMEDIATE makes them: two ingests reporting
        // the same real event must not both create it. Released at commit or rollback.
        try (var statement = writer.createStatement()) {
          statement.execute("SELECT pg_advisory_xact_lock(7431002)");
        }
      }
      return new Ingestor(writer).ingest(extraction);
    } finally {
      // Ends the transaction the SQLite driver began after the commit, releasing the write lock.
      writer.setAutoCommit(true);
    }
  }

  /** The stored article an incoming one is (same id, URL or text), without extracting it. */
  public Optional<String> known(Article article) throws SQLException {
    return new Ingestor(reader).known(article);
  }

  /** Queries over the ledger, reading through their own connection. */
  public LedgerQueries queries() {
    return new LedgerQueries(reader);
  }

  /** Actor profiles, reading through the queries' connection. */
  public ActorQueries actors() {
    return new ActorQueries(reader);
  }

  /** Claims and their comparisons. */
  public ClaimQueries claims() {
    return new ClaimQueries(reader);
  }

  /** Stored articles with their extractions. */
  public ArticleQueries articles() {
    return new ArticleQueries(reader);
  }

  /** The connection queries and exports read through. */
  public Connection reader() {
    return reader;
  }

  /**
   * A new connection that only reads, for a caller that queries from several threads at once (the
   * server keeps a few); the caller closes it.
   */
  public Connection openReader() throws SQLException {
    return connect(location, false);
  }

  /** The connection that writes, for this package's tests. */
  Connection writer() {
    return writer;
  }

  @Override
  public void close() throws SQLException {
    try {
      reader.close();
    } finally {
      writer.close();
    }
  }
}
