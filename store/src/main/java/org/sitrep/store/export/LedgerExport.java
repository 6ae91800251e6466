package org.sitrep.store.export;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.ledger.event.MergedEvent;
import org.sitrep.store.json.ExtractionJson;
import org.sitrep.store.query.EventRow;

/**
 * Writes every ledger event, in date order (then id; undated events last), in one of the export
 * {@link Format}s. Streams: one event and its reports are in memory at a time, read through a
 * cursor, so a ledger of a million events exports in constant memory.
 *
 * <p>Design decision: the export reads inside one transaction, so it is a consistent snapshot even
 * while another process ingests (SQLite's write-ahead log and PostgreSQL's MVCC both give this),
 * and PostgreSQL's driver only streams with a fetch size inside a transaction. Dated and undated
 * events are read by two queries rather than one {@code ORDER BY … NULLS LAST}, which SQLite cannot
 * serve from the date index and would sort whole.
 */
public final class LedgerExport {
  private static final int FETCH_SIZE = 500;
  private static final String DATED =
      "SELECT id, merged FROM ledger_event WHERE date_start IS NOT NULL ORDER BY date_start, id";
  private static final String UNDATED =
      "SELECT id, merged FROM ledger_event WHERE date_start IS NULL ORDER BY id";
  private static final String REPORTS =
      "SELECT article_id, source, published, match_rule, event FROM event_report"
          + " WHERE ledger_event_id = ? ORDER BY published, article_id, event_id";

  /** What an export wrote. */
  public record Result(long exported, long skippedWithoutCoordinates) {}

  /** Writes events one at a time; says whether it wrote the event or skipped it. */
  interface EventSink {
    void begin() throws IOException;

    boolean write(EventRow event) throws IOException;

    void end() throws IOException;
  }

  private final Connection reader;

  /**
   * An export reading through {@code reader}. A connection in auto-commit mode is read in a
   * transaction of the export's own and handed back in auto-commit mode; a connection already in a
   * transaction is read inside it, which the export leaves open.
   */
  public LedgerExport(Connection reader) {
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /** Writes every ledger event to {@code out} and returns how many it wrote. */
  public long write(Format format, Writer out) throws SQLException, IOException {
    return export(format, out).exported();
  }

  /** Writes every ledger event to {@code out}; says how many it wrote and skipped. */
  public Result export(Format format, Writer out) throws SQLException, IOException {
    EventSink sink =
        switch (format) {
          case ACLED_CSV -> new AcledCsvSink(out);
          case JSONL -> new JsonlSink(out);
          case GEOJSON -> new GeoJsonSink(out);
        };
    boolean autoCommit = reader.getAutoCommit();
    long[] counts = new long[2];
    sink.begin();
    if (!autoCommit) {
      // The caller's own transaction: read inside it, and leave ending it to the caller.
      streamAll(sink, counts);
    } else {
      try {
        reader.setAutoCommit(false);
        streamAll(sink, counts);
      } finally {
        // Read only: nothing to commit; ending the transaction releases the snapshot.
        reader.rollback();
        reader.setAutoCommit(true);
      }
    }
    sink.end();
    out.flush();
    return new Result(counts[0], counts[1]);
  }

  private void streamAll(EventSink sink, long[] counts) throws SQLException, IOException {
    try (PreparedStatement reports = reader.prepareStatement(REPORTS)) {
      stream(DATED, reports, sink, counts);
      stream(UNDATED, reports, sink, counts);
    }
  }

  private void stream(String sql, PreparedStatement reports, EventSink sink, long[] counts)
      throws SQLException, IOException {
    try (PreparedStatement events = reader.prepareStatement(sql)) {
      events.setFetchSize(FETCH_SIZE);
      try (ResultSet rows = events.executeQuery()) {
        while (rows.next()) {
          String id = rows.getString(1);
          MergedEvent merged = ExtractionJson.read(rows.getString(2), MergedEvent.class);
          EventRow event = new EventRow(id, merged, reports(reports, id));
          counts[sink.write(event) ? 0 : 1]++;
        }
      }
    }
  }

  private static List<EventRow.Report> reports(PreparedStatement statement, String id)
      throws SQLException {
    statement.setString(1, id);
    List<EventRow.Report> reports = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        reports.add(
            new EventRow.Report(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                ExtractionJson.readEvent(rows.getString(5))));
      }
    }
    return reports;
  }
}
