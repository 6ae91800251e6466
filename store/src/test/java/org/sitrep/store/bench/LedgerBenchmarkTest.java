package org.sitrep.store.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerBenchmarkTest {
  @TempDir Path folder;

  @Test
  void a_small_build_deduplicates_re_reported_events_and_times_every_query_kind() throws Exception {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    LedgerBenchmark.Config config =
        new LedgerBenchmark.Config(folder.resolve("bench.db"), 2_000, 5, false, 7L);
    LedgerBenchmark.Result result =
        new LedgerBenchmark(config, new PrintStream(progress, true, StandardCharsets.UTF_8)).run();

    LedgerBenchmark.Build build = result.build();
    assertThat(build.reports()).isGreaterThan(2_000);
    assertThat(build.ledgerEvents()).isLessThan(build.reports());
    assertThat(build.joinedReports()).isEqualTo(build.reports() - build.ledgerEvents());
    // About 30% of 2,000 events are reported twice; a few distinct events may merge too.
    assertThat(build.joinedReports()).isBetween(450L, 900L);
    assertThat(build.articlesPerSecond()).isPositive();
    assertThat(result.latencies())
        .extracting(LedgerBenchmark.Latency::kind)
        .containsExactly(
            "events by actor",
            "events by province",
            "events by type + month",
            "events by country, >= 2 sources",
            "timeline of an actor",
            "timeline of a district");
    assertThat(result.latencies()).allSatisfy(l -> assertThat(l.rows()).isPositive());
    assertThat(result.table()).contains("p95 ms", "events/s", "timeline of a district");
    assertThat(progress.toString(StandardCharsets.UTF_8)).contains("2,000 of 2,000 events");
  }

  @Test
  void a_reused_ledger_is_queried_without_rebuilding() throws Exception {
    Path db = folder.resolve("reuse.db");
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    new LedgerBenchmark(new LedgerBenchmark.Config(db, 300, 2, false, 3L), quiet).run();
    LedgerBenchmark.Result again =
        new LedgerBenchmark(new LedgerBenchmark.Config(db, 300, 2, true, 3L), quiet).run();
    assertThat(again.build().built()).isFalse();
    assertThat(again.build().ledgerEvents()).isPositive();
    assertThat(again.table()).doesNotContain("ingest:");
  }

  @Test
  void percentiles_use_the_nearest_rank() {
    List<Double> sorted = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
    assertThat(LedgerBenchmark.percentile(sorted, 50)).isEqualTo(5.0);
    assertThat(LedgerBenchmark.percentile(sorted, 95)).isEqualTo(10.0);
    assertThat(LedgerBenchmark.percentile(List.of(), 99)).isZero();
  }
}
