package org.sitrep.store.query;

import java.util.List;
import java.util.Objects;
import org.sitrep.ledger.event.MergedEvent;

/**
 * One ledger event as queries return it: its id, its merged values (with precision and
 * disagreements) and the reports it was merged from.
 */
public record EventRow(String id, MergedEvent merged, List<Report> reports) {
  public EventRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(merged, "merged");
    reports = List.copyOf(reports);
  }

  /** One source's report of the event, with its own values and evidence. */
  public record Report(
      String articleId,
      String source,
      String published,
      String matchRule,
      org.sitrep.model.Event event) {}
}
