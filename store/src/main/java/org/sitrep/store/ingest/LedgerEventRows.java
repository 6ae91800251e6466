package org.sitrep.store.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import org.sitrep.ledger.event.Interval;
import org.sitrep.ledger.event.MergedEvent;
import org.sitrep.model.EventLocation;
import org.sitrep.store.json.ExtractionJson;
import org.sitrep.store.sql.Sql;

/** Writes a merged ledger event as its row of table {@code ledger_event}. */
public final class LedgerEventRows {
  private LedgerEventRows() {}

  /** Inserts or replaces the row of ledger event {@code id}. */
  public static void write(Connection connection, String id, MergedEvent merged)
      throws SQLException {
    EventLocation place = merged.location();
    Sql.update(connection, "DELETE FROM ledger_event WHERE id = ?", id);
    Sql.update(
        connection,
        "INSERT INTO ledger_event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        merged.type().name(),
        merged.mode(),
        merged.acled() == null ? null : merged.acled().eventType(),
        merged.acled() == null ? null : merged.acled().subEventType(),
        merged.date().value(),
        merged.date().precision(),
        merged.dateStart(),
        merged.dateEnd(),
        place == null ? null : place.name(),
        place == null ? null : place.geonamesId(),
        place == null ? null : place.countryCode(),
        place == null ? null : place.admin1(),
        place == null ? null : place.admin2(),
        place == null ? null : place.lat(),
        place == null ? null : place.lon(),
        place == null ? null : place.precision(),
        min(merged.fatalities()),
        max(merged.fatalities()),
        min(merged.captured()),
        max(merged.captured()),
        min(merged.injured()),
        max(merged.injured()),
        merged.modality(),
        merged.sources(),
        merged.independentSources(),
        merged.firstReported(),
        merged.lastReported(),
        merged.disagreements().size(),
        ExtractionJson.write(merged));
  }

  private static Long min(Interval interval) {
    return interval == null ? null : interval.min();
  }

  private static Long max(Interval interval) {
    return interval == null ? null : interval.max();
  }
}
