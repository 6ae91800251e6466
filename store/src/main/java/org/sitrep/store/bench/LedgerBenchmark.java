package org.sitrep.store.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.sitrep.model.Extraction;
import org.sitrep.store.Ledger;
import org.sitrep.store.LedgerLocation;
import org.sitrep.store.ingest.IngestOutcome;
import org.sitrep.store.sql.Sql;

/**
 * Measures the ledger without extraction: builds a ledger of synthetic events through {@link
 * Ledger#ingest} (one article per transaction, as the API stores them) and times the queries users
 * run, at percentiles. The synthetic world and articles are deterministic for a seed, so two runs
 * build the same ledger and ask the same queries.
 *
 * <p>Design decision: the figures include everything an ingest does after extraction (keys,
 * MinHash, actor resolution, event matching and merging, index rows, commit), and every query
 * includes decoding its JSON rows: what a user waits for, not the bare SQL.
 */
public final class LedgerBenchmark {
  /**
   * What to run.
   *
   * @param db the SQLite file to build (or reuse)
   * @param events distinct synthetic events to generate (each may be reported twice)
   * @param queries timed queries per kind
   * @param reuse query an existing ledger at {@code db} instead of building one
   * @param seed seed of the synthetic world, articles and queries
   */
  public record Config(Path db, long events, int queries, boolean reuse, long seed) {
    public Config {
      Objects.requireNonNull(db, "db");
      if (events < 1 || queries < 1) {
        throw new IllegalArgumentException(
            "events and queries must be >= 1, got " + events + " and " + queries);
      }
    }
  }

  /**
   * What building the ledger took; counts read from the ledger itself when it was reused.
   *
   * @param built false when an existing ledger was reused (times and rates are then 0)
   */
  public record Build(
      boolean built,
      long articles,
      long reports,
      long ledgerEvents,
      long joinedReports,
      double seconds,
      long fileBytes) {
    public double articlesPerSecond() {
      return seconds == 0 ? 0 : articles / seconds;
    }

    public double eventsPerSecond() {
      return seconds == 0 ? 0 : reports / seconds;
    }
  }

  /** Latency of one kind of query over its runs, in milliseconds, and the mean rows returned. */
  public record Latency(String kind, int runs, double p50, double p95, double p99, double rows) {}

  /** The whole result: the build, the latencies per query kind, peak heap in bytes. */
  public record Result(Build build, List<Latency> latencies, long peakHeapBytes) {
    public Result {
      latencies = List.copyOf(latencies);
    }

    /** The figures as a plain-text table. */
    public String table() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "ledger: %,d articles, %,d reports, %,d ledger events (%,d reports joined"
                  + " another's event), %,.1f MB%n",
              build.articles(),
              build.reports(),
              build.ledgerEvents(),
              build.joinedReports(),
              build.fileBytes() / 1e6));
      if (build.built()) {
        out.append(
            String.format(
                Locale.ROOT,
                "ingest: %.1f s, %,.0f articles/s, %,.0f events/s (extraction excluded)%n",
                build.seconds(),
                build.articlesPerSecond(),
                build.eventsPerSecond()));
      }
      out.append(String.format(Locale.ROOT, "peak heap: %,.0f MB%n", peakHeapBytes / 1e6));
      out.append(
          String.format(
              Locale.ROOT,
              "%-34s %6s %9s %9s %9s %8s%n",
              "query",
              "runs",
              "p50 ms",
              "p95 ms",
              "p99 ms",
              "rows"));
      for (Latency l : latencies) {
        out.append(
            String.format(
                Locale.ROOT,
                "%-34s %6d %9.2f %9.2f %9.2f %8.1f%n",
                l.kind(),
                l.runs(),
                l.p50(),
                l.p95(),
                l.p99(),
                l.rows()));
      }
      return out.toString();
    }
  }

  private final Config config;
  private final PrintStream progress;

  /** A benchmark that reports its progress (every 10% of the build) to {@code progress}. */
  public LedgerBenchmark(Config config, PrintStream progress) {
    this.config = Objects.requireNonNull(config, "config");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Builds (or reuses) the ledger and times the queries. */
  public Result run() throws SQLException {
    SyntheticWorld world = new SyntheticWorld(new Random(config.seed()), 200, 5);
    Build build;
    if (config.reuse() && Files.exists(config.db())) {
      build = counted(false, 0, 0);
    } else {
      build = build(world);
    }
    List<Latency> latencies;
    try (Ledger ledger = Ledger.open(config.db().toString())) {
      latencies = new LedgerQueryTimer(ledger.queries(), world, config).time();
    }
    return new Result(build, latencies, peakHeap());
  }

  private Build build(SyntheticWorld world) throws SQLException {
    deleteLedgerFiles(config.db());
    SyntheticArticles articles =
        new SyntheticArticles(world, new Random(config.seed() + 1), config.events());
    long joined = 0;
    long count = 0;
    long nextReport = Math.max(1, config.events() / 10);
    long started = System.nanoTime();
    try (Ledger ledger = Ledger.open(config.db().toString())) {
      while (articles.hasNext()) {
        Extraction extraction = articles.next();
        IngestOutcome outcome = ledger.ingest(extraction);
        joined += outcome.joinedEvents();
        count++;
        if (articles.freshEvents() >= nextReport) {
          double seconds = (System.nanoTime() - started) / 1e9;
          progress.printf(
              Locale.ROOT,
              "bench-ledger: %,d of %,d events (%,d articles) in %.0f s, %,.0f articles/s%n",
              articles.freshEvents(),
              config.events(),
              count,
              seconds,
              count / seconds);
          nextReport += Math.max(1, config.events() / 10);
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return counted(true, seconds, joined);
  }

  /** The build's figures, counted in the ledger (so a reused ledger reports its own size). */
  private Build counted(boolean built, double seconds, long joined) throws SQLException {
    LedgerLocation location = LedgerLocation.parse(config.db().toString());
    try (Connection connection = DriverManager.getConnection(location.jdbcUrl())) {
      long articles = count(connection, "SELECT COUNT(*) FROM article");
      long reports = count(connection, "SELECT COUNT(*) FROM event_report");
      long events = count(connection, "SELECT COUNT(*) FROM ledger_event");
      return new Build(
          built,
          articles,
          reports,
          events,
          built ? joined : reports - events,
          seconds,
          fileBytes(config.db()));
    }
  }

  private static long count(Connection connection, String sql) throws SQLException {
    return Sql.first(connection, sql, row -> row.getLong(1)).orElse(0L);
  }

  private static long fileBytes(Path db) {
    long bytes = 0;
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Path file = Path.of(db + suffix);
      try {
        bytes += Files.exists(file) ? Files.size(file) : 0;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the size of " + file, e);
      }
    }
    return bytes;
  }

  private static void deleteLedgerFiles(Path db) {
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      try {
        Files.deleteIfExists(Path.of(db + suffix));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete the old benchmark ledger " + db, e);
      }
    }
  }

  /** The sum of the heap pools' peak usage since the JVM started. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** Percentile of sorted values by nearest rank. */
  static double percentile(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  /** Milliseconds and rows of runs of one query kind, summarised. */
  static Latency summarise(String kind, List<Double> millis, long rows) {
    List<Double> sorted = new ArrayList<>(millis);
    sorted.sort(Double::compare);
    return new Latency(
        kind,
        sorted.size(),
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted.isEmpty() ? 0 : (double) rows / sorted.size());
  }
}
