package org.sitrep.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ledger.claim.ClaimComparison;
import org.sitrep.ledger.claim.SourcedClaim;
import org.sitrep.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep claims}: what is claimed about (or by) an actor, compared across sources. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description =
        "Claims about an actor (numbers, relations) or made by it, from every article, followed by"
            + " how they compare.")
final class ClaimsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SUBJECT", description = "An actor name, alias or id.")
  String subject;

  @Option(names = "--format", description = "pretty (default), jsonl or csv.")
  LedgerFormat format = LedgerFormat.pretty;

  @Mixin LedgerOption ledger;

  @Override
  public Integer call() throws SQLException {
    List<SourcedClaim> claims;
    List<ClaimComparison> comparisons;
    try (Ledger store = ledger.openExisting()) {
      claims = store.claims().claims(subject);
      comparisons = store.claims().compare(claims, true);
    }
    PrintWriter out = Output.stdout();
    ClaimRendering.claims(out, format, claims);
    if (format == LedgerFormat.pretty && !comparisons.isEmpty()) {
      out.println();
      out.println("Compared:");
      ClaimRendering.comparisons(out, format, comparisons);
    }
    out.flush();
    System.err.println(
        "sitrep: " + claims.size() + " claims, " + comparisons.size() + " comparisons");
    return claims.isEmpty() ? 1 : 0;
  }
}
