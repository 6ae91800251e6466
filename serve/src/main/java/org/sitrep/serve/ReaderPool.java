package org.sitrep.serve;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sitrep.serve.api.ReadApi;
import org.sitrep.store.Ledger;

/**
 * A fixed set of read connections to the ledger, each used by one request at a time.
 *
 * <p>Design decision: a handful of connections, not one per request thread. SQLite reads in WAL
 * mode run in parallel across connections, but a connection is one cursor at a time; two cores gain
 * nothing from more connections than a few, and PostgreSQL's connection limit is shared.
 */
final class ReaderPool implements AutoCloseable, ReadApi.Reads {
  /** A request that waits longer than this for a connection is answered 503. */
  private static final long WAIT_SECONDS = 20;

  private final BlockingQueue<Connection> idle;
  private final List<Connection> all;

  ReaderPool(Ledger ledger, int size) throws SQLException {
    this.idle = new ArrayBlockingQueue<>(size);
    this.all = new ArrayList<>();
    try {
      for (int i = 0; i < size; i++) {
        Connection connection = ledger.openReader();
        all.add(connection);
        idle.add(connection);
      }
    } catch (SQLException e) {
      close();
      throw e;
    }
  }

  /** Runs {@code read} on an idle connection, waiting for one if all are busy. */
  @Override
  public <T> T read(ReadApi.Read<T> read) throws SQLException {
    Connection connection;
    try {
      connection = idle.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a ledger connection", e);
    }
    if (connection == null) {
      throw new Busy(
          "every ledger connection stayed busy for " + WAIT_SECONDS + " s; try again later");
    }
    try {
      return read.apply(connection);
    } finally {
      idle.add(connection);
    }
  }

  /** No connection became free in time. */
  static final class Busy extends RuntimeException {
    Busy(String message) {
      super(message);
    }
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (Connection connection : all) {
      try {
        connection.close();
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
