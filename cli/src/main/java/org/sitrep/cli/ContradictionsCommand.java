package org.sitrep.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ledger.claim.ClaimComparison;
import org.sitrep.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep contradictions}: claims that disagree across the ledger, side by side. */
@Command(
    name = "contradictions",
    mixinStandardHelpOptions = true,
    description =
        "Numbers and relations that sources disagree on (or that changed over time), each side"
            + " with its claims, sources and dates.")
final class ContradictionsCommand implements Callable<Integer> {
  @Option(names = "--all", description = "Also list comparisons where the sources agree.")
  boolean all;

  @Option(names = "--format", description = "pretty (default), jsonl or csv.")
  LedgerFormat format = LedgerFormat.pretty;

  @Mixin LedgerOption ledger;

  @Override
  public Integer call() throws SQLException {
    List<ClaimComparison> comparisons;
    try (Ledger store = ledger.openExisting()) {
      comparisons = store.claims().contradictions(all);
    }
    PrintWriter out = Output.stdout();
    ClaimRendering.comparisons(out, format, comparisons);
    out.flush();
    System.err.println("sitrep: " + comparisons.size() + " comparisons");
    return 0;
  }
}
