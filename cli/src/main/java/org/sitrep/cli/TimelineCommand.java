package org.sitrep.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.sitrep.store.Ledger;
import org.sitrep.store.query.LedgerQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep timeline}: an actor's or a place's events in date order. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = "The events of an actor, or else of a place, in date order (undated last).")
final class TimelineCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ACTOR|PLACE", description = "An actor name or alias, or a place.")
  String subject;

  @Option(names = "--limit", description = "At most N events (default: ${DEFAULT-VALUE}).")
  int limit = 1000;

  @Option(names = "--format", description = "pretty (default), jsonl or csv.")
  LedgerFormat format = LedgerFormat.pretty;

  @Mixin LedgerOption ledger;

  @Override
  public Integer call() throws SQLException {
    LedgerQueries.Timeline timeline;
    try (Ledger store = ledger.openExisting()) {
      timeline = store.queries().timeline(subject, limit);
    }
    PrintWriter out = Output.stdout();
    EventRendering.write(out, format, timeline.events());
    out.flush();
    System.err.println(
        "sitrep: "
            + timeline.events().size()
            + " events of "
            + timeline.kind()
            + " "
            + String.join(", ", timeline.keys()));
    return timeline.events().isEmpty() ? 1 : 0;
  }
}
