package org.sitrep.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Ledger;
import org.sitrep.store.query.EventFilter;
import org.sitrep.store.query.EventRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep events}: ledger events, filtered, in date order. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "Lists ledger events: one per real event, with every source and disagreement.")
final class EventsCommand implements Callable<Integer> {
  @Option(names = "--actor", description = "Events this actor takes part in (any name or alias).")
  String actor;

  @Option(names = "--place", description = "Events at this place, district, province or country.")
  String place;

  @Option(names = "--type", description = "PLOVER event type, e.g. ASSAULT.")
  String type;

  @Option(names = "--from", paramLabel = "DATE", description = "Events on or after (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Events on or before (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--min-sources", description = "Events reported by at least N articles.")
  int minSources;

  @Option(names = "--limit", description = "At most N events (default: ${DEFAULT-VALUE}).")
  int limit = 100;

  @Option(names = "--format", description = "pretty (default), jsonl or csv.")
  LedgerFormat format = LedgerFormat.pretty;

  @Mixin LedgerOption ledger;

  @Override
  public Integer call() throws SQLException {
    List<EventRow> events;
    try (Ledger store = ledger.openExisting()) {
      events =
          store.queries().events(new EventFilter(actor, place, type, from, to, minSources, limit));
    }
    PrintWriter out = Output.stdout();
    EventRendering.write(out, format, events);
    out.flush();
    System.err.println("sitrep: " + events.size() + " events");
    return 0;
  }
}
