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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.store.sql.Sql;

/** The schema is applied once, whoever opens the ledger and however often. */
class MigrationTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Engine.class)
  void opening_again_applies_nothing_and_keeps_the_data(Engine engine) throws Exception {
    String location = TestLedgers.freshLocation(engine, dir, "migrate_twice");
    try (Ledger ledger = Ledger.open(location)) {
      ledger.ingest(GeneratedArticles.extraction(1));
    }

    try (Ledger again = Ledger.open(location)) {
      assertThat(Migrations.apply(again.writer(), engine)).isZero();
      assertThat(
              Sql.query(
                  again.reader(),
                  "SELECT version, name FROM schema_version",
                  row -> row.getInt(1) + " " + row.getString(2)))
          .containsExactly("1 V1__ledger.sql", "2 V2__article_listing.sql");
      assertThat(Migrations.current(again.reader())).isEqualTo(Migrations.latest()).isEqualTo(2);
      assertThat(TestLedgers.count(again, "SELECT COUNT(*) FROM article")).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_ledger_made_before_a_migration_gets_it_when_opened(Engine engine) throws Exception {
    String location = TestLedgers.freshLocation(engine, dir, "migrate_upgrade");
    try (Ledger ledger = Ledger.open(location)) {
      ledger.ingest(GeneratedArticles.extraction(1));
      // Back to the schema as version 1 made it: no listing index, no record of version 2.
      Sql.update(ledger.writer(), "DROP INDEX article_ingested");
      Sql.update(ledger.writer(), "DELETE FROM schema_version WHERE version = 2");
    }
    try (Ledger again = Ledger.open(location)) {
      assertThat(Migrations.current(again.reader())).isEqualTo(2);
      assertThat(again.articles().recent(0, 10)).hasSize(1);
      assertThat(TestLedgers.count(again, "SELECT COUNT(*) FROM article")).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void several_threads_opening_a_new_ledger_at_once_apply_the_schema_once(Engine engine)
      throws Exception {
    int threads = 4;
    for (int round = 0; round < 3; round++) {
      String location = TestLedgers.freshLocation(engine, dir, "migrate_race_" + round);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<Ledger>> opened = new ArrayList<>();
      try {
        for (int t = 0; t < threads; t++) {
          Callable<Ledger> open =
              () -> {
                start.await(30, TimeUnit.SECONDS);
                return Ledger.open(location);
              };
          opened.add(pool.submit(open));
        }
        for (Future<Ledger> future : opened) {
          try (Ledger ledger = future.get(60, TimeUnit.SECONDS)) {
            assertThat(TestLedgers.count(ledger, "SELECT COUNT(*) FROM schema_version"))
                .isEqualTo(Migrations.latest());
            assertThat(TestLedgers.tables(ledger))
                .containsExactlyInAnyOrderElementsOf(TestLedgers.TABLES);
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
