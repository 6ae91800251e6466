package org.sitrep.store;

import java.sql.SQLException;

/**
 * A separate JVM that ingests generated articles {@code [from, to)} into a ledger and prints
 * "committed N STATUS" after each article's transaction commits, so that a test can kill it between
 * (or during) commits or read the ledger while it writes.
 *
 * <p>Arguments: ledger location, first article number, end article number (exclusive).
 */
public final class IngestChild {
  private IngestChild() {}

  public static void main(String[] args) throws SQLException {
    String location = args[0];
    int from = Integer.parseInt(args[1]);
    int to = Integer.parseInt(args[2]);
    try (Ledger ledger = Ledger.open(location)) {
      System.out.println("opened");
      System.out.flush();
      for (int n = from; n < to; n++) {
        var outcome = ledger.ingest(GeneratedArticles.extraction(n));
        System.out.println("committed " + n + " " + outcome.status());
        System.out.flush();
      }
    }
    System.out.println("done");
  }
}
