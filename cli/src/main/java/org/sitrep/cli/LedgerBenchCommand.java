package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.store.bench.LedgerBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench-ledger}: ingest rate (extraction excluded) and query latency of a ledger of
 * synthetic events; see {@link LedgerBenchmark}.
 */
@Command(
    name = "bench-ledger",
    mixinStandardHelpOptions = true,
    description =
        "Builds a ledger of synthetic events and measures ingest rate and query latency"
            + " (p50/p95/p99).")
final class LedgerBenchCommand implements Callable<Integer> {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "SQLite file to build or reuse (default: a temporary file, deleted after).")
  Path db;

  @Option(
      names = "--events",
      paramLabel = "N",
      description = "Distinct synthetic events (default: ${DEFAULT-VALUE}).")
  long events = 1_000_000;

  @Option(
      names = "--queries",
      paramLabel = "K",
      description = "Timed queries of each kind (default: ${DEFAULT-VALUE}).")
  int queries = 200;

  @Option(names = "--reuse", description = "Query the ledger at --db if it exists; do not build.")
  boolean reuse;

  @Option(names = "--seed", description = "Seed of the synthetic data (default: ${DEFAULT-VALUE}).")
  long seed = 20_240_601L;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (events < 1 || queries < 1) {
      throw new ParameterException(spec.commandLine(), "--events and --queries must be >= 1");
    }
    if (reuse && (db == null || !Files.exists(db))) {
      throw new ParameterException(spec.commandLine(), "--reuse needs an existing --db file");
    }
    boolean temporary = db == null;
    Path file = temporary ? Files.createTempFile("sitrep-bench-ledger-", ".db") : db;
    try {
      LedgerBenchmark.Result result =
          new LedgerBenchmark(
                  new LedgerBenchmark.Config(file, events, queries, reuse, seed), System.err)
              .run();
      System.out.print(result.table());
      System.out.flush();
      return 0;
    } finally {
      if (temporary) {
        delete(file);
      }
    }
  }

  private static void delete(Path file) {
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      try {
        Files.deleteIfExists(Path.of(file + suffix));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete the temporary ledger " + file, e);
      }
    }
  }
}
