package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.store.ingest.IngestOutcome.Status;
import org.sitrep.store.sql.Sql;

/**
 * An ingest killed with SIGKILL part way leaves the ledger at its last whole article, and a rerun
 * of the whole input completes it: every article once, every event once, the same rows as a clean
 * run.
 */
class CrashRecoveryTest {
  private static final int TOTAL = 300;
  private static final int KILL_AFTER = 100;
  private static Map<String, Long> cleanCounts;

  @TempDir Path dir;

  @BeforeAll
  static void ingestOnceWithoutInterruption(@TempDir Path cleanDir) throws SQLException {
    try (Ledger clean = TestLedgers.fresh(Engine.SQLITE, cleanDir, "clean")) {
      ingestAll(clean);
      cleanCounts = TestLedgers.counts(clean);
    }
  }

  private static Map<Status, Integer> ingestAll(Ledger ledger) throws SQLException {
    Map<Status, Integer> outcomes = new EnumMap<>(Status.class);
    for (int n = 0; n < TOTAL; n++) {
      outcomes.merge(ledger.ingest(GeneratedArticles.extraction(n)).status(), 1, Integer::sum);
    }
    return outcomes;
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_rerun_after_a_killed_ingest_stores_every_article_and_event_exactly_once(Engine engine)
      throws IOException, InterruptedException, SQLException {
    String location = TestLedgers.freshLocation(engine, dir, "crash");
    try (ChildIngest child = ChildIngest.start(location, 0, TOTAL)) {
      child.awaitCommits(KILL_AFTER);
      child.kill();
    }

    try (Ledger ledger = Ledger.open(location)) {
      if (engine == Engine.SQLITE) {
        assertThat(Sql.query(ledger.reader(), "PRAGMA integrity_check", row -> row.getString(1)))
            .containsExactly("ok");
      }
      long survived = TestLedgers.count(ledger, "SELECT COUNT(*) FROM article");
      assertThat(survived).isBetween((long) KILL_AFTER, (long) TOTAL - 1);
      assertThat(TestLedgers.count(ledger, "SELECT COUNT(*) FROM ledger_event"))
          .as("each surviving article brought its whole event, and nothing else did")
          .isEqualTo(survived);
      assertThat(
              TestLedgers.count(
                  ledger,
                  "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM event_report r"
                      + " WHERE r.article_id = a.id)"))
          .isZero();

      Map<Status, Integer> rerun = ingestAll(ledger);

      assertThat(rerun)
          .containsEntry(Status.DUPLICATE, (int) survived)
          .containsEntry(Status.ADDED, TOTAL - (int) survived)
          .hasSize(2);
      assertThat(Sql.query(ledger.reader(), "SELECT id FROM article", row -> row.getString(1)))
          .containsExactlyInAnyOrderElementsOf(
              IntStream.range(0, TOTAL).mapToObj(n -> "gen-" + n).toList());
      assertThat(
              Sql.query(
                  ledger.reader(),
                  "SELECT article_id FROM event_report GROUP BY article_id HAVING COUNT(*) > 1",
                  row -> row.getString(1)))
          .isEmpty();
      assertThat(TestLedgers.count(ledger, "SELECT COUNT(*) FROM ledger_event")).isEqualTo(TOTAL);
      assertThat(TestLedgers.counts(ledger)).isEqualTo(cleanCounts);
      assertThat(cleanCounts).containsEntry("event_report", (long) TOTAL);
    }
  }
}
