package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.store.ingest.IngestOutcome.Status;
import org.sitrep.store.query.EventFilter;

/** Readers go on while another process writes; two writers queue instead of failing. */
class ConcurrentAccessTest {
  @TempDir Path dir;

  @Test
  void queries_in_one_process_succeed_and_never_go_back_while_another_process_ingests()
      throws Exception {
    String location = TestLedgers.freshLocation(Engine.SQLITE, dir, "readers");
    int total = 200;
    List<Integer> seen = new ArrayList<>();
    try (Ledger reader = Ledger.open(location);
        ChildIngest child = ChildIngest.start(location, 1000, 1000 + total)) {
      child.awaitCommits(1);
      Thread drain = new Thread(() -> drain(child), "drain-ingest-child");
      drain.start();
      while (drain.isAlive()) {
        int events = reader.queries().events(EventFilter.all(10_000)).size();
        assertThat(reader.queries().timeline("Taliban", 10_000).events().size())
            .isGreaterThanOrEqualTo(events);
        assertThat(reader.actors().profiles("Taliban")).hasSize(1);
        seen.add(events);
      }
      drain.join();
      assertThat(child.await()).as(child.errors()).isZero();
      assertThat(reader.queries().events(EventFilter.all(10_000))).hasSize(total);
    }
    assertThat(seen).isSorted();
    assertThat(seen.stream().distinct().count())
        .as("reads saw the ledger grow: %s", seen)
        .isGreaterThan(1);
  }

  private static void drain(ChildIngest child) {
    try {
      while (child.nextLine() != null) {
        // the child ends by itself; reading keeps its pipe from filling
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void two_writers_ingesting_disjoint_articles_at_once_store_them_all(Engine engine)
      throws Exception {
    String location = TestLedgers.freshLocation(engine, dir, "writers");
    try (Ledger first = Ledger.open(location);
        Ledger second = Ledger.open(location)) {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CyclicBarrier start = new CyclicBarrier(2);
      try {
        Future<Integer> a = pool.submit(writer(first, 0, 100, start));
        Future<Integer> b = pool.submit(writer(second, 100, 200, start));
        assertThat(a.get(120, TimeUnit.SECONDS)).isEqualTo(100);
        assertThat(b.get(120, TimeUnit.SECONDS)).isEqualTo(100);
      } finally {
        pool.shutdownNow();
      }
      assertThat(TestLedgers.count(first, "SELECT COUNT(*) FROM article")).isEqualTo(200);
      assertThat(TestLedgers.count(first, "SELECT COUNT(*) FROM ledger_event")).isEqualTo(200);
      assertThat(TestLedgers.count(first, "SELECT COUNT(*) FROM event_report")).isEqualTo(200);
      assertThat(TestLedgers.count(first, "SELECT COUNT(*) FROM actor")).isEqualTo(1);
    }
  }

  /** Ingests articles {@code [from, to)} and counts those added. */
  private static Callable<Integer> writer(Ledger ledger, int from, int to, CyclicBarrier start) {
    return () -> {
      start.await(30, TimeUnit.SECONDS);
      int added = 0;
      for (int n = from; n < to; n++) {
        added += ledger.ingest(GeneratedArticles.extraction(n)).status() == Status.ADDED ? 1 : 0;
      }
      return added;
    };
  }
}
